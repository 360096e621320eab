import { ENGLISH, isLocale, localeTexts, type Locale } from '../core/locale';
import { fill } from '../core/fill';
import type { RuleId } from './catalog';
import { MESSAGES } from './messages';

/**
 * Values a message may interpolate. Never patient data: carriers, counts,
 * item numbers, directory numbers and addresses only.
 *
 * @category Catalog
 * @example
 * ```ts
 * import type { MessageParams } from 'duke-records-rules/catalog';
 * const p: MessageParams = { carrier: 'USPS', item: 2 };
 * ```
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The text of a rule in a locale, with its `{placeholders}` filled. A
 * placeholder with no value is left as written, so a missing value shows.
 *
 * @param ruleId - the rule
 * @param locale - a locale value (English when omitted or not a locale)
 * @param params - values for the placeholders
 * @returns the message; `''` for an id the catalog does not have (an
 *   untyped caller's), never a throw
 *
 * @category Catalog
 * @example
 * ```ts
 * import { formatMessage } from 'duke-records-rules/catalog';
 * import { es } from 'duke-records-rules/locales/es';
 * formatMessage('language.interpreter', es);
 * ```
 */
export function formatMessage(ruleId: RuleId, locale: Locale = ENGLISH, params: MessageParams = {}): string {
  const templates = localeTexts(isLocale(locale) ? locale : ENGLISH, 'rules', MESSAGES);
  if (typeof ruleId !== 'string' || !Object.hasOwn(templates, ruleId)) return '';
  const template = templates[ruleId];
  try {
    return fill(template, params);
  } catch {
    return template; // params an untyped caller gave that cannot be read: the placeholders stay as written
  }
}
