import type { Finding } from '../../core/finding';
import type { EntryOptions } from '../../core/parse-options';
import type { EditionId, ParseFailure } from '../../core/types';
import type { ToDukeRuleId } from '../rule-id';
import type { RankedChannel } from '../channels/channels';
import type { Carrier, Channel } from '../schemas/channel';
import type { Submission } from '../schemas/submission';

/**
 * Options of {@link evaluateSubmission}: `locale` and `asOf` (see
 * {@link EntryOptions}; without `asOf` a date of birth is not checked
 * against "today"), and the Document Management e-mail address when the
 * integrator knows it (the page does not publish it; the library never
 * invents one).
 *
 * @category Evaluate
 * @example
 * ```ts
 * import type { EvaluateSubmissionOptions } from 'duke-records-rules';
 * import { es } from 'duke-records-rules/locales/es';
 * const o: EvaluateSubmissionOptions = { locale: es, asOf: '2026-11-25' };
 * ```
 */
export interface EvaluateSubmissionOptions extends EntryOptions {
  /**
   * The Document Management e-mail address to put in the e-mail and
   * follow-up steps. Must be a valid address (issue `invalid_format` at
   * `['options', 'documentManagementEmail']` otherwise). Omitted: the steps
   * say the address is not published and to call customer service.
   */
  readonly documentManagementEmail?: string;
}

/**
 * The overall answer:
 * - `not-accepted`: at least one `error` finding (the page refuses it);
 * - `accepted-with-warnings`: no error, at least one `warning`;
 * - `accepted`: only `info` findings, or none.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import type { Verdict } from 'duke-records-rules';
 * const v: Verdict = 'accepted-with-warnings';
 * ```
 */
export type Verdict = 'accepted' | 'accepted-with-warnings' | 'not-accepted';

/**
 * What a step of the checklist is about, in checklist order:
 * `notify-first` (external clinics), `label`, `copies-only`,
 * `choose-channel`, `keep-password-apart` (password-protected media),
 * `send` (when a channel is chosen), `follow-up` (mail or fax),
 * `when-to-call`.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import type { StepId } from 'duke-records-rules';
 * const id: StepId = 'follow-up';
 * ```
 */
export type StepId =
  | 'notify-first'
  | 'label'
  | 'copies-only'
  | 'choose-channel'
  | 'keep-password-apart'
  | 'send'
  | 'follow-up'
  | 'when-to-call';

/**
 * One step of the checklist: what to do, in the caller's locale, and the
 * rules behind it. Never patient data; directory numbers and addresses only.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import type { Step } from 'duke-records-rules';
 * const s: Step = { id: 'copies-only', ruleIds: ['originals.never'], text: 'Send copies, never originals.' };
 * ```
 */
export interface Step {
  readonly id: StepId;
  readonly ruleIds: readonly ToDukeRuleId[];
  readonly text: string;
}

/**
 * The channel of a submission summary: as parsed, except that a mailed
 * submission says whether a tracking number was given, not the number.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import type { ChannelSummary } from 'duke-records-rules';
 * const c: ChannelSummary = { kind: 'mail', carrier: 'ups', hasTrackingNumber: true };
 * ```
 */
export type ChannelSummary =
  | Exclude<Channel, { kind: 'mail' }>
  | { readonly kind: 'mail'; readonly carrier: Carrier; readonly hasTrackingNumber: boolean };

/**
 * The parsed submission without the patient's identity, safe to log: the
 * patient is reduced to whether a record number was given, and a tracking
 * number to whether one was given. {@link submissionSchema} gives the full
 * parsed input.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import type { SubmissionSummary } from 'duke-records-rules';
 * const hasMedia = (s: SubmissionSummary) => s.items.some((i) => i.kind === 'media');
 * ```
 */
export interface SubmissionSummary {
  readonly sender: Submission['sender'];
  readonly patient: { readonly hasRecordNumber: boolean };
  readonly items: Submission['items'];
  readonly channel?: ChannelSummary;
  readonly actions: Submission['actions'];
  readonly preferredLanguage?: string;
}

/**
 * A successful evaluation: the edition of the rules applied, the summary,
 * the verdict, the findings (errors first, then warnings, then notices),
 * the channels ranked for this submission, and the checklist of steps.
 * Safe to log: it holds no name, date of birth, record number, password or
 * tracking number.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import { evaluateSubmission } from 'duke-records-rules';
 * const r = evaluateSubmission({
 *   sender: 'patient',
 *   patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29' },
 *   items: [{ kind: 'paper', pages: 1, label: { name: true, dateOfBirth: true } }],
 *   channel: { kind: 'appointment-copies' },
 * });
 * if (r.success) r.verdict; // 'accepted'
 * ```
 */
export interface SubmissionEvaluation {
  readonly success: true;
  readonly edition: EditionId;
  readonly submission: SubmissionSummary;
  readonly verdict: Verdict;
  readonly findings: readonly Finding<ToDukeRuleId>[];
  readonly channels: readonly RankedChannel[];
  readonly steps: readonly Step[];
}

/**
 * What {@link evaluateSubmission} returns.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import { evaluateSubmission, type SubmissionResult } from 'duke-records-rules';
 * const r: SubmissionResult = evaluateSubmission({});
 * r.success; // false
 * ```
 */
export type SubmissionResult = SubmissionEvaluation | ParseFailure;
