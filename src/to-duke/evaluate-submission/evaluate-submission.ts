import * as z from 'zod';
import { isCalendarDate } from '../../core/calendar-date';
import { inputIssue, parseInput } from '../../core/parse-input';
import type { Locale } from '../../core/locale';
import type { CalendarDate, ParseFailure } from '../../core/types';
import { contactFor } from './contact';
import { toFinding } from './localize';
import { parseEvaluateOptions } from './options';
import { buildSteps } from './steps';
import { summarize } from './summary';
import type { EvaluateSubmissionOptions, SubmissionResult } from './types';
import { sortFindings, verdictOf } from './verdict';
import { carrierHits } from '../carriers/carriers';
import type { ToDukeRuleId } from '../rule-id';
import { channelHits, hasRadiology, recommendChannels } from '../channels/channels';
import { followUpHits, followUpOf } from '../follow-up/follow-up';
import { labelHits } from '../labeling/labeling';
import { interpreterNotice } from '../../directory/interpreter/interpreter';
import { notifyHits } from '../notify/notify';
import { originalsHits } from '../originals/originals';
import { hasProtectedMedia, passwordHits } from '../passwords/passwords';
import type { RuleHit } from '../rule-hit';
import { trackingHits } from '../tracking-number/tracking-number';
import { hasRecordNumber } from '../schemas/patient';
import { submissionSchema } from '../schemas/submission';

/** Reads only the date of birth, to report a future one even when other parts of the input fail. */
const DOB_PROBE = /* @__PURE__ */ (() =>
  z.object({ patient: z.object({ dateOfBirth: z.string().max(10, { abort: true }).refine(isCalendarDate) }) }))();

const futureDob = (locale: Locale) => inputIssue(['patient', 'dateOfBirth'], 'date_in_future', locale);

function failure(parsed: ParseFailure, input: unknown, asOf: CalendarDate | null, locale: Locale): ParseFailure {
  if (asOf === null) return parsed;
  const probe = parseInput(DOB_PROBE, input, locale);
  if (!probe.success || probe.data.patient.dateOfBirth <= asOf) return parsed;
  return { success: false, issues: [...parsed.issues, futureDob(locale)] };
}

/**
 * Evaluates a submission of records to Duke against every rule of the page
 * "Send Your Medical Records to Duke Health".
 *
 * Parses `input` with {@link submissionSchema} (never throws; bad input,
 * including a date of birth after `options.asOf`, gives
 * `{ success: false, issues }` with paths and stable codes and no input
 * value), then runs every rule and returns:
 * - `verdict`: `not-accepted` with any error finding (originals, a password
 *   packed with its media, radiology images by fax, e-mail or mail),
 *   `accepted-with-warnings` with any warning (labels, last-resort channels,
 *   USPS or an unknown carrier, no follow-up planned, an external clinic
 *   that has not notified), `accepted` otherwise;
 * - `findings`: errors, then warnings, then notices, each citing a rule id
 *   of the catalog with its message in `options.locale`;
 * - `channels`: every channel ranked for this submission
 *   ({@link recommendChannels});
 * - `steps`: the checklist, in order;
 * - `submission`: the parsed input without the patient's identity
 *   ({@link SubmissionSummary}), and `edition`: the directory edition in
 *   force on `asOf` (the newest without it).
 *
 * The result is safe to log: it never contains the patient's name, date of
 * birth, record number, a password or the tracking number. Without
 * `options.asOf` the date of birth is only checked to be a real date: the
 * library never reads the clock.
 *
 * @param input - anything at all
 * @param options - `locale`, `asOf`, and `documentManagementEmail` when you know the address
 * @returns the evaluation, or the input issues
 *
 * @category Evaluate
 * @example
 * ```ts
 * import { evaluateSubmission } from 'duke-records-rules';
 * const r = evaluateSubmission(
 *   {
 *     sender: 'external-clinic',
 *     patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' },
 *     items: [{ kind: 'media', medium: 'cd', radiology: ['mri'], passwordProtected: true, passwordEnclosed: true,
 *       label: { name: true, dateOfBirth: true, recordNumber: true } }],
 *     channel: { kind: 'mail', carrier: 'usps' },
 *   },
 *   { asOf: '2026-11-25' },
 * );
 * if (r.success) {
 *   r.verdict; // 'not-accepted'
 *   r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
 *   // ['password.separate', 'channel.radiology-clinic-upload']
 *   r.steps[0]?.id; // 'notify-first'
 * }
 * ```
 */
export function evaluateSubmission(input: unknown, options?: EvaluateSubmissionOptions): SubmissionResult {
  const opts = parseEvaluateOptions(options);
  if (!opts.success) return opts;
  const { locale, asOf } = opts;
  const parsed = parseInput(submissionSchema, input, locale);
  if (!parsed.success) return failure(parsed, input, asOf, locale);
  const submission = parsed.data;
  const { dateOfBirth } = submission.patient;
  // Without asOf the date is compared with itself: never in the future.
  if (dateOfBirth > (asOf ?? dateOfBirth)) return { success: false, issues: [futureDob(locale)] };

  const contact = contactFor(asOf, locale, opts.documentManagementEmail);
  const withNumber = hasRecordNumber(submission.patient);
  const followUp = followUpOf(submission);
  const { channel, items } = submission;

  const hits: RuleHit<ToDukeRuleId>[] = notifyHits(submission);
  hits.push(
    ...labelHits(items, { hasRecordNumber: withNumber }),
    ...originalsHits(items),
    ...passwordHits(items),
    ...channelHits(submission, { emailAddressKnown: contact.email !== null }),
  );
  const tracking = trackingHits(channel);
  if (channel?.kind === 'mail') hits.push(...carrierHits(channel.carrier), ...tracking);
  hits.push(...followUpHits(submission, followUp));
  if (followUp.required && submission.actions.followUp === 'email' && contact.email === null) {
    hits.push({ ruleId: 'channel.email-address-unpublished', severity: 'info', path: ['actions', 'followUp'] });
  }
  for (const ruleId of interpreterNotice(submission.preferredLanguage)) hits.push({ ruleId, severity: 'info', path: ['preferredLanguage'] });

  const findings = sortFindings(hits.map((hit) => toFinding(hit, contact)));
  return {
    success: true,
    edition: contact.edition,
    submission: summarize(submission, withNumber),
    verdict: verdictOf(findings),
    findings,
    channels: recommendChannels(submission),
    steps: buildSteps(submission, {
      contact,
      radiology: hasRadiology(items),
      protectedMedia: hasProtectedMedia(items),
      followUp,
      hasRecordNumber: withNumber,
      extraSendRuleIds: tracking.map((hit) => hit.ruleId),
    }),
  };
}
