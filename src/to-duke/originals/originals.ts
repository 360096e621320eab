import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { RecordItem } from '../schemas/record-item';
import type { RuleHit } from '../rule-hit';
import { deepFreeze } from '../../core/deep-freeze';

const MARK = 'Clearly Mark Patient Name on Each Page';

/**
 * Catalog entries of the originals area.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { ORIGINALS_RULES } from 'duke-records-rules/catalog';
 * ORIGINALS_RULES.map((r) => r.id); // ['originals.never', 'originals.not-returned']
 * ```
 */
export const ORIGINALS_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'originals.never',
      area: 'originals',
      severity: 'error',
      summary: 'Never send original documents or media: send copies.',
      source: cite(SOURCES.sendToDuke, MARK),
      editions: ['seed', '2025-10-18'],
      ambiguity: {
        note: 'The page says "Do not send the originals" in the paragraph on fax, e-mail and mail, and recommends bringing "copies … not the originals" to the appointment; faxing or e-mailing an original does not part with it.',
        reading: 'An item marked as the original is refused on every channel, so no original is ever handed over or relied on.',
      },
    },
    {
      id: 'originals.not-returned',
      area: 'originals',
      severity: 'info',
      summary: 'Documents and removable media sent to Duke are not returned.',
      source: cite(SOURCES.sendToDuke, MARK),
      editions: ['seed', '2025-10-18'],
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of the originals area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { OriginalsRuleId } from 'duke-records-rules';
 * const id: OriginalsRuleId = 'originals.never';
 * ```
 */
export type OriginalsRuleId = (typeof ORIGINALS_RULES)[number]['id'];

/**
 * The originals findings of a submission: an error for each item marked as
 * the original (at `['items', i, 'original']`), then the notice that nothing
 * sent is returned (always: the page says it without condition).
 *
 * @param items - the parsed items
 * @returns the hits
 *
 * @internal
 * @example
 * ```ts
 * originalsHits([{ original: true }]).map((h) => h.ruleId);
 * // ['originals.never', 'originals.not-returned']
 * ```
 */
export function originalsHits(items: readonly Pick<RecordItem, 'original'>[]): RuleHit<OriginalsRuleId>[] {
  const hits: RuleHit<OriginalsRuleId>[] = [];
  items.forEach((item, index) => {
    if (item.original) hits.push({ ruleId: 'originals.never', severity: 'error', path: ['items', index, 'original'], item: index + 1 });
  });
  hits.push({ ruleId: 'originals.not-returned', severity: 'info', path: ['items'] });
  return hits;
}
