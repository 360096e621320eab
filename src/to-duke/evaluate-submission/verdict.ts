import type { Finding } from '../../core/finding';
import type { Severity } from '../../core/types';
import type { Verdict } from './types';

const RANK: Readonly<Record<Severity, 0 | 1 | 2>> = { error: 0, warning: 1, info: 2 };

/**
 * Sorts findings errors first, then warnings, then notices, keeping the
 * order of findings of the same severity (a new array).
 *
 * @param findings - the findings
 * @returns a new array, errors first
 * @internal
 * @example
 * ```ts
 * sortFindings([info, error]); // [error, info]
 * ```
 */
export function sortFindings<F extends Finding>(findings: readonly F[]): F[] {
  const buckets: [F[], F[], F[]] = [[], [], []];
  for (const finding of findings) buckets[RANK[finding.severity]].push(finding);
  return buckets[0].concat(buckets[1], buckets[2]);
}

/**
 * The verdict of a list of findings: `not-accepted` with any error,
 * `accepted-with-warnings` with any warning, `accepted` otherwise.
 *
 * @param findings - the findings
 * @returns the verdict
 * @internal
 * @example
 * ```ts
 * verdictOf([]); // 'accepted'
 * ```
 */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'not-accepted';
  return findings.some((f) => f.severity === 'warning') ? 'accepted-with-warnings' : 'accepted';
}
