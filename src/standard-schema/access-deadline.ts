import { accessDeadline } from '../hipaa';
import type { AccessDeadline, AccessExtension, InputPath, ParseFailure } from '../hipaa';
import { inputIssue } from '../core/parse-input';
import { makeEvaluator, type Evaluator, type EvaluatorOptions } from './evaluator';

/**
 * The value {@link deadlineEvaluator} validates: the day a request for
 * access was received and the extension notices given for it (the first
 * argument and the `extensions` option of `accessDeadline`, in one object).
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import type { AccessDeadlineRequest } from 'duke-records-rules/standard-schema';
 * const r: AccessDeadlineRequest = {
 *   receivedOn: '2026-01-05',
 *   extensions: [{ writtenNoticeOn: '2026-02-03', reasonStated: true, expectedOn: '2026-03-20' }],
 * };
 * ```
 */
export interface AccessDeadlineRequest {
  readonly receivedOn: string;
  readonly extensions?: readonly AccessExtension[];
}

/** Moves a path `['options', 'extensions', …]` of `accessDeadline` to `['extensions', …]`, where the request holds them. */
const relocate = <T extends { readonly path?: InputPath }>(item: T): T =>
  item.path?.[0] === 'options' && item.path[1] === 'extensions' ? { ...item, path: item.path.slice(1) } : item;

/**
 * A Standard Schema v1 object that runs `accessDeadline` (45 CFR
 * 164.524(b)(2)) on an {@link AccessDeadlineRequest}. `validate(value)`
 * returns:
 * - `{ issues }` with the library's PHI-safe, localized input issues when
 *   the request or an option is invalid (`['receivedOn']`,
 *   `['extensions', i, …]`);
 * - `{ value }` with the `AccessDeadline` otherwise, its finding paths
 *   relative to the request too. A late, incomplete, too long or second
 *   extension notice is a finding of severity `error` in it; with
 *   `errorsAsIssues: true` those findings are the issues instead.
 *
 * @param options - `locale`, `asOf` (or a function giving it; it sets `daysRemaining`), `errorsAsIssues`
 * @returns the Standard Schema object (vendor `duke-records-rules`)
 *
 * @category Standard Schema
 * @example
 * ```ts
 * import { deadlineEvaluator } from 'duke-records-rules/standard-schema';
 * const r = deadlineEvaluator({ asOf: '2026-01-25' })['~standard'].validate({ receivedOn: '2026-01-05' });
 * if (!r.issues) r.value.daysRemaining; // 10
 * ```
 */
export function deadlineEvaluator(options: EvaluatorOptions = {}): Evaluator<AccessDeadlineRequest, AccessDeadline> {
  return makeEvaluator((value, o): AccessDeadline | ParseFailure => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { success: false, issues: [inputIssue([], 'invalid_type', o.locale)] };
    let receivedOn: unknown;
    let extensions: unknown;
    try {
      ({ receivedOn, extensions } = value as { receivedOn?: unknown; extensions?: unknown });
    } catch {
      return { success: false, issues: [inputIssue([], 'unreadable_input', o.locale)] };
    }
    const r = accessDeadline(receivedOn, { ...o, ...(extensions === undefined ? {} : { extensions: extensions as AccessExtension[] }) });
    return r.success ? { ...r, findings: r.findings.map(relocate) } : { success: false, issues: r.issues.map(relocate) };
  }, options);
}
