/**
 * HIPAA checks: whether an authorization is complete (the core elements and
 * required statements of 45 CFR 164.508(c)) and valid on a given day
 * (164.508(b)(2): expired, revoked, compound, conditioned, known false; the
 * special authorizations of (a)(2)–(a)(4)), who signed it, and the deadline to act
 * on a request for access (45 CFR 164.524(b)(2)). Findings come in the
 * locale asked for (English by default;
 * `import { es } from 'duke-records-rules/locales/es'`).
 *
 * @module hipaa
 * @categoryDescription Check
 * The entry functions and their results.
 * @categoryDescription Rules
 * The decisions behind them, usable alone.
 * @categoryDescription Schemas
 * zod schemas (Standard Schema) of the input.
 */
// Barrel of `duke-records-rules/hipaa`: re-exports only.
export type { Finding } from '../core/finding';
export type { EntryOptions } from '../core/parse-options';
export type { Locale } from '../core/locale';
export type { AsOf, CalendarDate, InputExpected, InputIssue, InputIssueCode, InputLimit, InputPath, ParseFailure, Severity } from '../core/types';
export { authorizationSchema, type AuthorizationInput, type Authorization } from './authorization/authorization-schema';
export { accessExtensionSchema, type AccessExtension, type ParsedAccessExtension } from './access-deadline/access-schema';
export { authorizationDefects, type HipaaAuthorizationRuleId, type AuthorizationDefect } from './authorization/authorization';
export {
  ACCESS_DAYS,
  ACCESS_EXTENSION_DAYS,
  computeAccessDeadline,
  type HipaaAccessRuleId,
  type AccessDeadlineComputation,
} from './access-deadline/access-rules';
export { accessDeadline, type AccessDeadline, type AccessDeadlineOptions } from './access-deadline/access-deadline';
export { checkAuthorization, type AuthorizationCheck } from './check-authorization/check-authorization';
export type { AuthorizationCheckRuleId } from './rule-id';
export type { HipaaSpecialRuleId } from './special/special';
export type { HipaaValidityRuleId } from './validity/validity';
export type { HipaaCompoundRuleId } from './compound/compound';
export type { HipaaRequestRuleId, RequestComparison } from './request-match/request-match';
