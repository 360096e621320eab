import type { Finding } from '../core/finding';
import type { InputPath, Locale, Severity } from '../core/types';
import { getRule, type RuleId } from '../rules/catalog';
import { formatMessage, type MessageParams } from './format-message';

/**
 * Builds a finding for a rule: its catalog severity (unless overridden) and
 * its message in `locale`.
 *
 * @internal
 * @example
 * ```ts
 * makeFinding('language.interpreter', 'en').severity; // 'info'
 * ```
 */
export function makeFinding(
  ruleId: RuleId,
  locale: Locale,
  options: { readonly params?: MessageParams; readonly path?: InputPath; readonly severity?: Severity } = {},
): Finding {
  const severity = options.severity ?? (getRule(ruleId) as { readonly severity: Severity }).severity;
  const message = formatMessage(ruleId, locale, options.params);
  return options.path === undefined ? { ruleId, severity, message } : { ruleId, severity, message, path: options.path };
}
