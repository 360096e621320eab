// Public barrel of `duke-records-rules`: re-exports only.
export type * from './core/types';
export type { Finding } from './core/finding';
export type { EntryOptions } from './core/parse-options';
export { RULES, getRule, type RuleId } from './rules/catalog';
export { MESSAGES } from './messages/messages';
export { formatMessage, type MessageParams } from './messages/format-message';
export { SOURCES, cite, type SourcePage } from './directory/sources';
export type * from './directory/types';
export { DIRECTORY_EDITIONS } from './directory/editions';
export { editionFor } from './directory/edition-for';
export { getDestination, type DestinationLookup, type DirectoryOptions } from './directory/get-destination';
export { listDestinations } from './directory/list-destinations';
export { LANGUAGE_RULES, interpreterNotice } from './rules/language';
// --- to-duke ---
// --- end to-duke ---
// --- lake-norman ---
// --- end lake-norman ---
// --- hipaa ---
// --- end hipaa ---
