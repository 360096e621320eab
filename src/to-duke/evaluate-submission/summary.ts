import type { Submission } from '../schemas/submission';
import type { ChannelSummary, SubmissionSummary } from './types';

/**
 * The parsed submission without the patient's identity or the tracking
 * number (see {@link SubmissionSummary}).
 *
 * @param submission - the parsed submission
 * @param hasRecordNumber - whether the patient has a record number
 * @returns the summary
 * @internal
 * @example
 * ```ts
 * summarize(parsed, true).patient; // { hasRecordNumber: true }
 * ```
 */
export function summarize(submission: Submission, hasRecordNumber: boolean): SubmissionSummary {
  const { channel, preferredLanguage } = submission;
  const channelSummary: ChannelSummary | undefined =
    channel?.kind === 'mail'
      ? { kind: 'mail', carrier: channel.carrier, hasTrackingNumber: (channel.trackingNumber ?? '') !== '' }
      : channel;
  return {
    sender: submission.sender,
    patient: { hasRecordNumber },
    items: submission.items,
    ...(channelSummary === undefined ? {} : { channel: channelSummary }),
    actions: submission.actions,
    ...(preferredLanguage === undefined ? {} : { preferredLanguage }),
  };
}
