import type { Locale } from '../core/types';
import type { RuleId } from './catalog';
import { MESSAGES } from './messages';

/**
 * Values a message may interpolate. Never patient data: carriers, counts,
 * item numbers, directory numbers and addresses only.
 *
 * @example
 * ```ts
 * import type { MessageParams } from 'duke-records-rules';
 * const p: MessageParams = { carrier: 'USPS', item: 2 };
 * ```
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The text of a rule in a locale, with its `{placeholders}` filled. A
 * placeholder with no value is left as written, so a missing value shows.
 *
 * @param ruleId - the rule
 * @param locale - `en` or `es`
 * @param params - values for the placeholders
 * @returns the message
 *
 * @example
 * ```ts
 * import { formatMessage } from 'duke-records-rules';
 * formatMessage('language.interpreter', 'es');
 * ```
 */
export function formatMessage(ruleId: RuleId, locale: Locale, params: MessageParams = {}): string {
  return MESSAGES[locale][ruleId].replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}
