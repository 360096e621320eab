import * as z from 'zod';
import { channelSchema } from './channel';
import { patientSchema } from './patient';
import { recordItemSchema } from './record-item';
import { senderActionsSchema } from './sender-actions';
import { senderSchema } from './sender';

/**
 * A submission of records to Duke: who sends, for which patient, the items
 * (1 to 100), the channel (optional: without it, the evaluation only
 * recommends one), what the sender has done, and the language the patient
 * or sender prefers (optional; a language other than English brings the
 * interpreter-services notice).
 *
 * Parsing gives the full input, patient identity included: use it to fill
 * your own forms, never log it. {@link evaluateSubmission} parses with this
 * schema and returns a summary without the patient's identity. Unknown keys
 * are stripped (a `password` key, say, is dropped unread); strings are
 * trimmed and length-bounded.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { submissionSchema } from 'duke-records-rules';
 * const r = submissionSchema.safeParse({
 *   sender: 'patient',
 *   patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29' },
 *   items: [{ kind: 'paper', pages: 4 }],
 *   channel: { kind: 'appointment-copies' },
 * });
 * r.success; // true
 * ```
 */
export const submissionSchema = /* @__PURE__ */ (() =>
  z.object({
    sender: senderSchema,
    patient: patientSchema,
    items: z.array(recordItemSchema).min(1).max(100),
    channel: channelSchema.optional(),
    actions: senderActionsSchema.prefault({}),
    preferredLanguage: z.string().max(64, { abort: true }).trim().optional(),
  }))();

/**
 * A parsed submission (output of {@link submissionSchema}), patient
 * identity included.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Submission } from 'duke-records-rules';
 * const needsFollowUp = (s: Submission) => s.channel?.kind === 'mail' || s.channel?.kind === 'fax';
 * ```
 */
export type Submission = z.output<typeof submissionSchema>;

/**
 * What {@link submissionSchema} accepts (defaults may be omitted).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { SubmissionInput } from 'duke-records-rules';
 * const input: SubmissionInput = {
 *   sender: 'external-clinic',
 *   patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29' },
 *   items: [{ kind: 'media', medium: 'cd', radiology: ['mri'] }],
 *   channel: { kind: 'clinic-upload' },
 *   actions: { notifiedMedicalRecords: true },
 * };
 * ```
 */
export type SubmissionInput = z.input<typeof submissionSchema>;
