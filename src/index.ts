/**
 * Everything of the three domains in one import, in English: sending
 * records to Duke (`duke-records-rules/to-duke`), requesting records from
 * Lake Norman (`duke-records-rules/lake-norman`) and the HIPAA checks
 * (`duke-records-rules/hipaa`), with the directory of destinations. The
 * rule catalog is `duke-records-rules/catalog`; Spanish is
 * `duke-records-rules/locales/es`.
 *
 * @module duke-records-rules
 * @categoryDescription Directory
 * Destinations, editions and source pages.
 */
// Public barrel of `duke-records-rules`: re-exports only.
export type * from './core/types';
export * from './to-duke';
export * from './lake-norman';
export * from './hipaa';
export { SOURCES, type SourcePage } from './directory/sources';
export type * from './directory/types';
export { DIRECTORY_EDITIONS } from './directory/editions';
export { editionFor } from './directory/edition-for';
export { getDestination, type DestinationLookup, type DirectoryOptions } from './directory/get-destination';
export { listDestinations } from './directory/list-destinations';
export { interpreterNotice } from './directory/interpreter/interpreter';
