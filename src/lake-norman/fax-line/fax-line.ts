import { deepFreeze } from '../../core/deep-freeze';
import { inputIssue, parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import type { EditionId, InputIssue, ParseFailure } from '../../core/types';
import type { DestinationId, DirectoryEdition, PhoneNumber, PostalAddress } from '../../directory/types';
import { faxRequestSchema, type Purpose } from '../schemas/records-request';
import type { LakeNormanRuleId } from '../rules';
import { editionOn } from '../../directory/edition-for';
import { formsDestination } from '../destinations';

/**
 * The fax lines a records request could be sent to, by purpose (not by
 * number: Document Management and Release of Information share
 * 919-620-5165):
 * - `lake-norman-fax`: the Lake Norman Medical Records fax (seed edition);
 * - `document-management-fax`: Duke Document Management, which receives
 *   records sent to Duke (never a request line);
 * - `release-of-information-fax`: Duke Release of Information, which takes
 *   completed request forms (2025-10-18 edition).
 *
 * @category Rules
 * @example
 * ```ts
 * import { FAX_LINE_IDS } from 'duke-records-rules';
 * FAX_LINE_IDS.includes('lake-norman-fax'); // true
 * ```
 */
export const FAX_LINE_IDS = /* @__PURE__ */ (() => Object.freeze(['lake-norman-fax', 'document-management-fax', 'release-of-information-fax'] as const))();

/**
 * One of {@link FAX_LINE_IDS}.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { FaxLineId } from 'duke-records-rules';
 * const id: FaxLineId = 'release-of-information-fax';
 * ```
 */
export type FaxLineId = (typeof FAX_LINE_IDS)[number];

const LINE_DESTINATION: Readonly<Record<FaxLineId, DestinationId>> = {
  'lake-norman-fax': 'lake-norman-medical-records',
  'document-management-fax': 'duke-document-management',
  'release-of-information-fax': 'duke-release-of-information',
};

/**
 * The lines that can take a request form, in the order they are offered.
 *
 * @internal
 * @example
 * ```ts
 * REQUEST_LINES; // ['lake-norman-fax', 'release-of-information-fax']
 * ```
 */
export const REQUEST_LINES = ['lake-norman-fax', 'release-of-information-fax'] as const satisfies readonly FaxLineId[];

/**
 * Where a completed request form can go instead: an accepting fax line, or
 * the mailing address of the department that takes forms.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { FormDelivery } from 'duke-records-rules';
 * const d: FormDelivery = {
 *   channel: 'mail',
 *   destinationId: 'lake-norman-medical-records',
 *   mailingAddress: {
 *     lines: ['Attn: Medical Records Department', 'Duke Health Lake Norman Hospital', 'P.O. Box 3250', 'Mooresville, NC 28117'],
 *     attention: 'Medical Records Department',
 *     recipient: null,
 *     organization: 'Duke Health Lake Norman Hospital',
 *     street: [],
 *     poBox: 'P.O. Box 3250',
 *     city: 'Mooresville',
 *     state: 'NC',
 *     zip: '28117',
 *     country: 'US',
 *   },
 * };
 * ```
 */
export type FormDelivery =
  | { readonly channel: 'fax'; readonly lineId: FaxLineId; readonly destinationId: DestinationId; readonly fax: PhoneNumber }
  | { readonly channel: 'mail'; readonly destinationId: DestinationId; readonly mailingAddress: PostalAddress };

/**
 * What a fax line does with a request in one edition.
 *
 * @category Rules
 * @example
 * ```ts
 * import { faxLineAccepts } from 'duke-records-rules';
 * const v = faxLineAccepts({ lineId: 'lake-norman-fax', request: { purpose: 'other' } }, { asOf: '2025-06-01' });
 * if (v.success) v.alternative?.channel; // 'mail'
 * ```
 */
export interface FaxLineDecision {
  readonly lineId: FaxLineId;
  /** The line's number in the edition, or `null` when the edition does not publish it. */
  readonly fax: PhoneNumber | null;
  readonly accepted: boolean;
  /** Where to send the form instead (`null` when accepted). */
  readonly alternative: FormDelivery | null;
  /** The rules that decide. */
  readonly ruleIds: readonly LakeNormanRuleId[];
}

/**
 * Result of {@link faxLineAccepts}: the decision and the edition it was
 * taken in, or the input issues.
 *
 * @category Rules
 * @example
 * ```ts
 * import { faxLineAccepts } from 'duke-records-rules';
 * faxLineAccepts({ lineId: 'lake-norman-fax', request: null }).success; // false
 * ```
 */
export type FaxLineVerdict = ({ readonly success: true; readonly edition: EditionId } & FaxLineDecision) | ParseFailure;

function publishedFax(lineId: FaxLineId, edition: DirectoryEdition): PhoneNumber | null {
  return edition.destinations.find((d) => d.id === LINE_DESTINATION[lineId])?.fax ?? null;
}

interface LineRule {
  readonly accepted: boolean;
  readonly ruleIds: readonly LakeNormanRuleId[];
}

const R = /* @__PURE__ */ (() =>
  deepFreeze({
  notPublished: { accepted: false, ruleIds: ['ln.fax-not-published'] },
  dmRefused: { accepted: false, ruleIds: ['ln.dm-fax-not-for-requests'] },
  lnCare: { accepted: true, ruleIds: ['ln.fax-patient-care-only'] },
  lnOther: { accepted: false, ruleIds: ['ln.fax-patient-care-only', 'ln.mail-all-others'] },
  roi: { accepted: true, ruleIds: ['ln.roi-forms'] },
} as const satisfies Record<string, LineRule>))();

/** What each line does with a request (a `Record` over the union: a new line is a type error until it is added). */
const LINE_RULE: Readonly<Record<FaxLineId, (fax: PhoneNumber | null, purpose: Purpose) => LineRule>> = {
  'document-management-fax': () => R.dmRefused,
  'lake-norman-fax': (fax, purpose) => (fax === null ? R.notPublished : purpose === 'patient-care' ? R.lnCare : R.lnOther),
  'release-of-information-fax': (fax) => (fax === null ? R.notPublished : R.roi),
};

/**
 * A request line of an edition, with its number (or `null`) and what it
 * does with a request of the given purpose.
 *
 * @internal
 * @example
 * ```ts
 * requestLines(DIRECTORY_EDITIONS[0], 'other')[0].accepted; // false
 * ```
 */
export interface RequestLine extends LineRule {
  readonly lineId: FaxLineId;
  readonly destinationId: DestinationId;
  readonly fax: PhoneNumber | null;
}

/**
 * The request lines of an edition ({@link REQUEST_LINES}, in order) and
 * what each does with a request of this purpose.
 *
 * @internal
 * @example
 * ```ts
 * requestLines(DIRECTORY_EDITIONS[0], 'patient-care').map((l) => l.accepted); // [true, false]
 * ```
 */
export function requestLines(edition: DirectoryEdition, purpose: Purpose): RequestLine[] {
  return REQUEST_LINES.map((lineId) => {
    const fax = publishedFax(lineId, edition);
    const { accepted, ruleIds } = LINE_RULE[lineId](fax, purpose);
    return { lineId, destinationId: LINE_DESTINATION[lineId], fax, accepted, ruleIds };
  });
}

/**
 * Decides whether a fax line takes a request of this purpose in an
 * edition, without parsing (see {@link faxLineAccepts} for the rules).
 *
 * @internal
 * @example
 * ```ts
 * faxLineDecision('lake-norman-fax', 'patient-care', DIRECTORY_EDITIONS[0]).accepted; // true
 * ```
 */
export function faxLineDecision(lineId: FaxLineId, purpose: Purpose, edition: DirectoryEdition): FaxLineDecision {
  const fax = publishedFax(lineId, edition);
  const { accepted, ruleIds } = LINE_RULE[lineId](fax, purpose);
  if (accepted) return { lineId, fax, accepted, alternative: null, ruleIds };
  const line = requestLines(edition, purpose).find((l) => l.accepted);
  const forms = formsDestination(edition);
  const alternative: FormDelivery =
    line === undefined
      ? { channel: 'mail', destinationId: forms.id, mailingAddress: forms.mailingAddress as PostalAddress }
      : { channel: 'fax', lineId: line.lineId, destinationId: line.destinationId, fax: line.fax as PhoneNumber };
  return { lineId, fax, accepted, alternative, ruleIds };
}

const isLineId = (value: unknown): value is FaxLineId => (FAX_LINE_IDS as readonly unknown[]).includes(value);

/**
 * Whether a fax line takes a records request, in the edition in force on
 * `options.asOf` (default: the newest edition).
 *
 * - Seed edition: the Lake Norman fax (704) 660-4038 takes patient-care
 *   requests only (purpose `patient-care`); every other request must be
 *   mailed to the Lake Norman Medical Records Department.
 * - 2025-10-18 edition: the Lake Norman fax is not published; completed
 *   forms go to the Release of Information fax 919-620-5165, which takes
 *   them whatever the purpose.
 * - Both editions: the Document Management fax receives records sent to
 *   Duke, never requests (even though, from 2025-10-18, Release of
 *   Information uses the same number).
 *
 * A refused request gets the `alternative`: an accepting fax line of the
 * edition, else the mailing address. Never throws; a bad input, line id,
 * request or option gives issues (`[]`, `['lineId']`, `['request', …]`,
 * `['options', …]`) that never repeat the input: a line id that is not a
 * string is `invalid_type`, a string that names no fax line (a typo)
 * `unknown_id`, an absent one `missing`.
 *
 * @param input - `{ lineId, request }`: the fax line asked about, and the
 *   request, at least `{ purpose }`; `requester` is checked when given (a
 *   patient-care purpose only from the patient, a legal representative or
 *   a provider); a whole records request works too
 * @param options - `asOf` (selects the edition) and `locale` (of issues)
 * @returns the decision, or the issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { faxLineAccepts } from 'duke-records-rules';
 * const seed = { asOf: '2025-06-01' };
 * faxLineAccepts({ lineId: 'lake-norman-fax', request: { purpose: 'patient-care', requester: 'provider' } }, seed);
 * // { success: true, edition: 'seed', accepted: true, alternative: null, ruleIds: ['ln.fax-patient-care-only'], … }
 * const v = faxLineAccepts({ lineId: 'lake-norman-fax', request: { purpose: 'other', requester: 'attorney' } }, seed);
 * if (v.success) v.alternative; // { channel: 'mail', destinationId: 'lake-norman-medical-records', mailingAddress: … }
 * ```
 */
export function faxLineAccepts(input: unknown, options?: EntryOptions): FaxLineVerdict {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  if (input === undefined) return { success: false, issues: [inputIssue([], 'missing', opts.locale)] };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { success: false, issues: [inputIssue([], 'invalid_type', opts.locale)] };
  let lineId: unknown;
  let request: unknown;
  try {
    ({ lineId, request } = input as { lineId?: unknown; request?: unknown });
  } catch {
    return { success: false, issues: [inputIssue([], 'unreadable_input', opts.locale)] };
  }
  const issues: InputIssue[] = [];
  if (!isLineId(lineId)) {
    issues.push(inputIssue(['lineId'], lineId === undefined ? 'missing' : typeof lineId === 'string' ? 'unknown_id' : 'invalid_type', opts.locale));
  }
  const parsed = parseInput(faxRequestSchema, request, opts.locale);
  if (!parsed.success) issues.push(...parsed.issues.map((issue) => ({ ...issue, path: ['request', ...issue.path] })));
  if (!parsed.success || issues.length > 0) return { success: false, issues };
  const edition = editionOn(opts.asOf);
  const line = lineId as FaxLineId; // a known line: no issue above
  const d = faxLineDecision(line, parsed.data.purpose, edition);
  return { success: true, edition: edition.id, lineId: line, fax: d.fax, accepted: d.accepted, alternative: d.alternative, ruleIds: d.ruleIds };
}
