import { match } from 'ts-pattern';
import * as z from 'zod';
import { parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import type { ParseFailure, RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { channelSchema, type Channel } from '../schemas/channel';
import { recordItemSchema, type RecordItem } from '../schemas/record-item';
import type { SenderActions } from '../schemas/sender-actions';
import { hasProtectedMedia } from '../passwords/passwords';
import type { RuleHit } from '../rule-hit';
import { deepFreeze } from '../../core/deep-freeze';

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
  deepFreeze([
    {
      id: 'followup.mail-or-fax',
      area: 'follow-up',
      severity: 'warning',
      summary:
        'After sending by mail or fax, follow up with a phone call or e-mail to the Medical Records department to verify that the records were received and to give any passwords the removable media need.',
      source: cite(SOURCES.sendToDuke, 'Sending Records Via Mail or Fax'),
      editions: ['seed', '2025-10-18'],
    },
  ] as const satisfies readonly RuleDefinition[]))();

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
 * if (r.success) r.required; // true
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
 * What the follow-up must cover, on values already parsed (see
 * {@link followUpRequirements}). Frozen and shared between calls.
 *
 * @param submission - the items and the channel, if chosen
 * @returns what the follow-up must cover
 *
 * @internal
 * @example
 * ```ts
 * followUpOf({ items: [], channel: { kind: 'email' } }).required; // false
 * ```
 */
export function followUpOf(submission: { readonly items: readonly RecordItem[]; readonly channel?: Channel | undefined }): FollowUpRequirements {
  const { channel } = submission;
  if (channel === undefined) return NONE;
  // A switch, not ts-pattern: this runs on every evaluation, and a match()
  // builder per call costs a tenth of the evaluateSubmission budget. It stays
  // exhaustive: a new kind leaves the function without a return, a type error.
  switch (channel.kind) {
    case 'mail':
    case 'fax':
      return hasProtectedMedia(submission.items) ? CONFIRM_AND_PASSWORDS : CONFIRM;
    case 'appointment-copies':
    case 'clinic-upload':
    case 'email':
      return NONE;
  }
}

/**
 * What {@link followUpRequirements} returns: the requirements, or the
 * issues of a bad input or option.
 *
 * @category Rules
 * @example
 * ```ts
 * import { followUpRequirements, type FollowUpRequirementsResult } from 'duke-records-rules';
 * const r: FollowUpRequirementsResult = followUpRequirements({ channel: { kind: 'pigeon' } });
 * r.success; // false
 * ```
 */
export type FollowUpRequirementsResult = ({ readonly success: true } & FollowUpRequirements) | ParseFailure;

const followUpInputSchema = /* @__PURE__ */ (() =>
  z.object({ items: z.array(recordItemSchema).max(100).default([]), channel: channelSchema.optional() }))();

/**
 * Whether the page asks the sender to follow up: after mail or fax, by a
 * phone call or an e-mail, to verify receipt and to give the passwords of
 * any password-protected media. Other channels (or none chosen) need no
 * follow-up. Never throws: items or a channel that the submission schemas
 * refuse give issues (at `['items', …]`, `['channel', …]`), a bad option
 * issues at `['options', …]`.
 *
 * @param input - `{ items, channel }` as a submission gives them (items default to none; a whole submission works too)
 * @param options - `locale` (of the issues); `asOf` is accepted (both editions ask alike)
 * @returns what the follow-up must cover, or the issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { followUpRequirements } from 'duke-records-rules';
 * followUpRequirements({ channel: { kind: 'mail', carrier: 'ups' } });
 * // { success: true, required: true, confirmReceipt: true, givePasswords: false,
 * //   methods: ['phone', 'email'], ruleIds: ['followup.mail-or-fax'] }
 * const r = followUpRequirements({ items: [], channel: { kind: 'email' } });
 * if (r.success) r.required; // false
 * ```
 */
export function followUpRequirements(input: unknown, options?: EntryOptions): FollowUpRequirementsResult {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const parsed = parseInput(followUpInputSchema, input, opts.locale);
  if (!parsed.success) return parsed;
  return { success: true, ...followUpOf(parsed.data) };
}

/**
 * The follow-up finding of a submission: a warning at
 * `['actions', 'followUp']` when a follow-up is required and none is
 * planned.
 *
 * @param submission - the items, the channel and the sender's actions
 * @param requirements - the submission's follow-up requirements, when already computed
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
