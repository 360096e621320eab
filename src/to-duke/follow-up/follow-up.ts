import { match } from 'ts-pattern';
import * as z from 'zod';
import { parseInput } from '../../core/parse-input';
import type { ParseFailure, RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { channelSchema, type Channel } from '../schemas/channel';
import { recordItemSchema, type RecordItem } from '../schemas/record-item';
import type { SenderActions } from '../schemas/sender-actions';
import { hasProtectedMedia } from '../passwords/passwords';
import type { RuleHit } from '../rule-hit';

/**
 * Catalog entries of the follow-up area.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { FOLLOW_UP_RULES } from 'duke-records-rules/catalog';
 * FOLLOW_UP_RULES[0].id; // 'followup.mail-or-fax'
 * ```
 */
export const FOLLOW_UP_RULES = /* @__PURE__ */ (() =>
  [
    {
      id: 'followup.mail-or-fax',
      area: 'follow-up',
      severity: 'warning',
      summary:
        'After sending by mail or fax, follow up with a phone call or e-mail to the Medical Records department to verify that the records were received and to give any passwords the removable media need.',
      source: cite(SOURCES.sendToDuke, 'Sending Records Via Mail or Fax'),
      editions: ['seed', '2025-10-18'],
    },
  ] as const satisfies readonly RuleDefinition[])();

/**
 * The id of a rule of the follow-up area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { FollowUpRuleId } from 'duke-records-rules';
 * const id: FollowUpRuleId = 'followup.mail-or-fax';
 * ```
 */
export type FollowUpRuleId = (typeof FOLLOW_UP_RULES)[number]['id'];

/**
 * What the sender must do after sending, per {@link followUpRequirements}.
 *
 * @category Rules
 * @example
 * ```ts
 * import { followUpRequirements } from 'duke-records-rules';
 * const r = followUpRequirements({ items: [], channel: { kind: 'fax' } });
 * r.success && r.required; // true
 * ```
 */
export interface FollowUpRequirements {
  /** A follow-up is asked for (mail or fax). */
  readonly required: boolean;
  /** Verify that the records were received. */
  readonly confirmReceipt: boolean;
  /** Give the passwords of password-protected media. */
  readonly givePasswords: boolean;
  /** How: the page says a phone call or an e-mail (empty when not required). */
  readonly methods: readonly ('phone' | 'email')[];
  readonly ruleIds: readonly FollowUpRuleId[];
}

const NONE: FollowUpRequirements = /* @__PURE__ */ (() =>
  Object.freeze({ required: false, confirmReceipt: false, givePasswords: false, methods: Object.freeze([]), ruleIds: Object.freeze([]) }))();
const METHODS = /* @__PURE__ */ (() =>
  Object.freeze(['phone', 'email'] as const))();
const RULE_IDS = /* @__PURE__ */ (() =>
  Object.freeze(['followup.mail-or-fax'] as const))();
const CONFIRM: FollowUpRequirements = /* @__PURE__ */ (() =>
  Object.freeze({
  required: true,
  confirmReceipt: true,
  givePasswords: false,
  methods: METHODS,
  ruleIds: RULE_IDS,
}))();
const CONFIRM_AND_PASSWORDS: FollowUpRequirements = /* @__PURE__ */ (() =>
  Object.freeze({
  required: true,
  confirmReceipt: true,
  givePasswords: true,
  methods: METHODS,
  ruleIds: RULE_IDS,
}))();

/**
 * Whether the page asks the sender to follow up: after mail or fax, by a
 * phone call or an e-mail, to verify receipt and to give the passwords of
 * any password-protected media. Other channels (or none chosen) need no
 * follow-up. Any value is accepted: the items and the channel are parsed
 * ({@link recordItemSchema}, {@link channelSchema}); anything else gives
 * input issues, never a throw.
 *
 * @param submission - the items and the channel, if chosen
 * @returns what the follow-up must cover; or the input issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { followUpRequirements } from 'duke-records-rules';
 * followUpRequirements({ items: [], channel: { kind: 'mail', carrier: 'ups' } });
 * // { success: true, required: true, confirmReceipt: true, givePasswords: false,
 * //   methods: ['phone', 'email'], ruleIds: ['followup.mail-or-fax'] }
 * const r = followUpRequirements({ items: [], channel: { kind: 'email' } });
 * r.success && r.required; // false
 * followUpRequirements({ channel: { kind: 'email' } }).success; // false: no items
 * ```
 */
export function followUpRequirements(submission: unknown): (FollowUpRequirements & { readonly success: true }) | ParseFailure {
  const parsed = parseInput(InputSchema, submission);
  return parsed.success ? { success: true, ...followUpOf(parsed.data) } : parsed;
}

const InputSchema = /* @__PURE__ */ (() => z.object({ items: z.array(recordItemSchema).max(500), channel: channelSchema.optional() }))();

/**
 * `followUpRequirements` of parsed items and channel (frozen results shared between calls).
 *
 * @internal
 * @example
 * ```ts
 * followUpOf({ items: [], channel: { kind: 'fax' } }).required; // true
 * ```
 */
export function followUpOf(submission: {
  readonly items: readonly RecordItem[];
  readonly channel?: Channel | undefined;
}): FollowUpRequirements {
  const { channel } = submission;
  if (channel === undefined) return NONE;
  return match(channel.kind)
    .with('mail', 'fax', () => (hasProtectedMedia(submission.items) ? CONFIRM_AND_PASSWORDS : CONFIRM))
    .with('appointment-copies', 'clinic-upload', 'email', () => NONE)
    .exhaustive();
}

/**
 * The follow-up finding of a submission: a warning at
 * `['actions', 'followUp']` when a follow-up is required and none is
 * planned.
 *
 * @param submission - the items, the channel and the sender's actions
 * @param requirements - the submission's {@link followUpRequirements}, when already computed
 * @returns the hits (none or one)
 *
 * @internal
 * @example
 * ```ts
 * followUpHits({ items: [], channel: { kind: 'fax' }, actions: { notifiedMedicalRecords: false } })[0]?.ruleId;
 * // 'followup.mail-or-fax'
 * ```
 */
export function followUpHits(
  submission: { readonly items: readonly RecordItem[]; readonly channel?: Channel | undefined; readonly actions: SenderActions },
  requirements: FollowUpRequirements = followUpOf(submission),
): RuleHit<FollowUpRuleId>[] {
  const { channel } = submission;
  if (channel === undefined || !requirements.required || submission.actions.followUp !== undefined) return [];
  return [{ ruleId: 'followup.mail-or-fax', severity: 'warning', path: ['actions', 'followUp'], channel: channel.kind }];
}
