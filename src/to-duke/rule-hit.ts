import type { InputPath, Severity } from '../core/types';
import type { Carrier, ChannelKind } from './schemas/channel';
import type { LabelField } from './schemas/label';
import type { Medium } from './schemas/record-item';

/**
 * A gap in an item's marking: a required field not marked, or (paper) marks
 * that do not cover every page.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { LabelGap } from 'duke-records-rules';
 * const g: LabelGap = 'every-page';
 * ```
 */
export type LabelGap = LabelField | 'every-page';

/**
 * What a rule function of the to-Duke areas reports, before it is turned
 * into a localized {@link Finding}: the rule, the severity, where in the
 * input, and the facts its message needs (item number, channel, medium,
 * label fields). Never patient data.
 *
 * @internal
 * @example
 * ```ts
 * const hit: RuleHit<'originals.never'> = {
 *   ruleId: 'originals.never', severity: 'error', path: ['items', 0, 'original'], item: 1,
 * };
 * ```
 */
export interface RuleHit<Id extends string = string> {
  readonly ruleId: Id;
  readonly severity: Severity;
  readonly path?: InputPath;
  /** The 1-based number of the item concerned; `medium`, `fields` and `missing` only come with it. */
  readonly item?: number;
  readonly channel?: ChannelKind;
  /** The carrier named for mailed records; `detectedCarrier` only comes with it. */
  readonly carrier?: Carrier;
  /** The carrier a tracking number really belongs to. */
  readonly detectedCarrier?: Carrier;
  readonly medium?: Medium;
  /** Label fields required on the item. */
  readonly fields?: readonly LabelField[];
  /** What the item's marking lacks. */
  readonly missing?: readonly LabelGap[];
}
