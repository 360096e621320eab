import { inputIssue } from '../core/parse-input';
import type { ParseFailure, SourceRef } from '../core/types';
import { cite as sourceRef } from '../directory/sources';

/**
 * A source reference: a page of {@link SOURCES} and the section read. Any
 * value is accepted: a page without a string `url` and `title`, or a section
 * that is not a string, gives an input issue (`invalid_input`, or
 * `unreadable_input` for a value whose properties cannot be read), never a
 * throw.
 *
 * @param page - one of {@link SOURCES} (any `{ url, title }` of strings)
 * @param section - the heading or paragraph the fact comes from
 * @returns the source reference, or the input issue
 *
 * @category Directory
 * @example
 * ```ts
 * import { SOURCES, cite } from 'duke-records-rules/catalog';
 * cite(SOURCES.sendToDuke, 'Use a Trackable Carrier if Mailing');
 * // { url: 'https://www.dukehealth.org/medical-records/send-your-medical-records-duke',
 * //   title: 'Send Your Medical Records to Duke Health', section: 'Use a Trackable Carrier if Mailing' }
 * cite(undefined, 'Contact Us'); // { success: false, issues: [{ path: ['page'], code: 'invalid_input', … }] }
 * ```
 */
export function cite(page: unknown, section: unknown): SourceRef | ParseFailure {
  let url: unknown;
  let title: unknown;
  try {
    ({ url, title } = (page ?? {}) as Record<string, unknown>);
  } catch {
    return { success: false, issues: [inputIssue(['page'], 'unreadable_input')] };
  }
  if (typeof url !== 'string' || typeof title !== 'string') return { success: false, issues: [inputIssue(['page'], 'invalid_input')] };
  if (typeof section !== 'string') return { success: false, issues: [inputIssue(['section'], 'invalid_input')] };
  return sourceRef({ url, title }, section);
}
