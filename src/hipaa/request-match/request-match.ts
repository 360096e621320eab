import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { Authorization } from '../authorization/authorization-schema';
import type { DefectSink } from '../defect';
import { deepFreeze } from '../../core/deep-freeze';

const BOTH = ['seed', '2025-10-18'] as const;

const FREE_TEXT = {
  note: 'Whether a recipient or a description of information falls within what an authorization names is a reading of two free texts (a class of persons, "all records of 2025"); the data cannot settle it.',
  reading:
    'Two texts that are the same (ignoring case, spaces and punctuation) are within; any other pair is reported as undecided (info), for a person to compare, never guessed either way.',
} as const;

/**
 * Catalog entries for checking a request for disclosure against the
 * authorization it relies on: the recipient must be among the persons the
 * authorization names ((c)(1)(iii)) and the information within what it
 * describes ((c)(1)(i)). The data are free texts, so the library decides
 * only when they are the same; otherwise it says, as `info`, that a person
 * must compare them.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { HIPAA_REQUEST_RULES } from 'duke-records-rules/catalog';
 * HIPAA_REQUEST_RULES.map((r) => r.severity); // ['info', 'info']
 * ```
 */
export const HIPAA_REQUEST_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'hipaa.508c1i-request-information',
      area: 'hipaa-authorization',
      severity: 'info',
      summary: 'The information a request asks for must be within the information the authorization describes; where the texts differ, a person compares them.',
      source: cite(SOURCES.cfr164_508, '(c)(1)(i)'),
      editions: BOTH,
      ambiguity: FREE_TEXT,
    },
    {
      id: 'hipaa.508c1iii-request-recipient',
      area: 'hipaa-authorization',
      severity: 'info',
      summary: 'The recipient of a request must be among the persons or class of persons the authorization names; where the texts differ, a person compares them.',
      source: cite(SOURCES.cfr164_508, '(c)(1)(iii)'),
      editions: BOTH,
      ambiguity: FREE_TEXT,
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule that checks a request against its authorization.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { HipaaRequestRuleId } from 'duke-records-rules';
 * const id: HipaaRequestRuleId = 'hipaa.508c1iii-request-recipient';
 * ```
 */
export type HipaaRequestRuleId = (typeof HIPAA_REQUEST_RULES)[number]['id'];

/**
 * How a request's part compares with the authorization: `same` (the same
 * text, ignoring case, spaces and punctuation), `undecided` (different texts:
 * a person compares them), or `not-given` (the request or the authorization
 * does not give it; a missing authorization element is its own finding).
 *
 * @category Check
 * @example
 * ```ts
 * import type { RequestComparison } from 'duke-records-rules';
 * const c: RequestComparison = 'undecided';
 * ```
 */
export type RequestComparison = 'same' | 'undecided' | 'not-given';

/** Letters and digits only, lower case: what "the same text" compares. */
const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function compare(named: string | undefined, asked: string | undefined): RequestComparison {
  if (named === undefined || asked === undefined || named === '' || asked === '') return 'not-given';
  const k = key(named);
  return k !== '' && k === key(asked) ? 'same' : 'undecided';
}

/**
 * Compares the request of a parsed authorization with what it names, and
 * appends an `info` finding for each part a person must compare.
 *
 * @returns the comparison of the recipient and of the information, or `null` without a request (or with one that names neither)
 *
 * @internal
 * @example
 * ```ts
 * const out: Defect<HipaaRequestRuleId>[] = [];
 * requestMatch({ disclosedTo: 'Example Clinic', request: { recipient: 'example clinic' } }, out);
 * // { recipient: 'same', information: 'not-given' }
 * ```
 */
export function requestMatch(
  a: Authorization,
  out: DefectSink<HipaaRequestRuleId>,
): { readonly recipient: RequestComparison; readonly information: RequestComparison } | null {
  const { request } = a;
  // A request that names neither part (absent, or blank texts) compares nothing.
  if (request === undefined || ((request.recipient ?? '') === '' && (request.information ?? '') === '')) return null;
  const information = compare(a.information, request.information);
  const recipient = compare(a.disclosedTo, request.recipient);
  if (information === 'undecided') out.push({ ruleId: 'hipaa.508c1i-request-information', path: ['request', 'information'] });
  if (recipient === 'undecided') out.push({ ruleId: 'hipaa.508c1iii-request-recipient', path: ['request', 'recipient'] });
  return { recipient, information };
}
