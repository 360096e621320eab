import { cite, SOURCES } from '../sources';
import type { RuleDefinition } from '../../core/types';
import { deepFreeze } from '../../core/deep-freeze';

/**
 * Catalog entries of the language area.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { LANGUAGE_RULES } from 'duke-records-rules/catalog';
 * LANGUAGE_RULES[0].id; // 'language.interpreter'
 * ```
 */
export const LANGUAGE_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
  {
    id: 'language.interpreter',
    area: 'language',
    severity: 'info',
    summary:
      'Duke Health offers free language assistance (interpreters in person, by phone or video, 24/7; phone interpreting in over 150 languages) to patients who prefer a language other than English.',
    source: cite(SOURCES.sendToDuke, 'Interpreter Services'),
    editions: ['seed', '2025-10-18'],
  },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * Whether the interpreter-services notice applies: the person prefers a
 * language other than English. The language is a BCP 47 tag or a plain
 * name; only its primary subtag is read (`en`, `en-US` and `English` mean
 * English). An unknown or empty preference gives no notice.
 *
 * @param preferredLanguage - the person's preferred language, if known
 * @returns the rule ids that apply (empty when none)
 *
 * @category Directory
 * @example
 * ```ts
 * import { interpreterNotice } from 'duke-records-rules';
 * interpreterNotice('es-MX'); // ['language.interpreter']
 * interpreterNotice('en-US'); // []
 * ```
 */
export function interpreterNotice(preferredLanguage: string | null | undefined): readonly 'language.interpreter'[] {
  if (typeof preferredLanguage !== 'string') return [];
  const primary = preferredLanguage.trim().toLowerCase().split(/[-_\s]/)[0] as string;
  if (primary === '' || primary === 'en' || primary === 'eng' || primary === 'english') return [];
  return ['language.interpreter'];
}
