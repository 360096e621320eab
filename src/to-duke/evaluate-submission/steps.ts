import type { ToDukeRuleId } from '../rule-id';
import { carrierPolicy } from '../carriers/carriers';
import type { FollowUpRequirements } from '../follow-up/follow-up';
import { mustNotifyFirst } from '../notify/notify';
import type { Channel } from '../schemas/channel';
import type { Submission } from '../schemas/submission';
import type { Contact } from './contact';
import { fill } from '../../core/fill';
import type { Step } from './types';

/**
 * What the checklist needs to know besides the submission.
 *
 * @internal
 * @example
 * ```ts
 * const facts: StepFacts = { contact, radiology: false, protectedMedia: false, followUp, hasRecordNumber: true, extraSendRuleIds: [] };
 * ```
 */
export interface StepFacts {
  readonly contact: Contact;
  readonly radiology: boolean;
  readonly protectedMedia: boolean;
  readonly followUp: FollowUpRequirements;
  readonly hasRecordNumber: boolean;
  /** Rule ids the send step cites besides the channel's (e.g. tracking checks). */
  readonly extraSendRuleIds: readonly ToDukeRuleId[];
}

/**
 * The send step's text and rules for the channel chosen. A switch, not
 * ts-pattern: this runs on every evaluation with a channel, and a match()
 * builder per call costs a tenth of the evaluateSubmission budget. The
 * switch is still exhaustive: with a new channel kind the function lacks a
 * return and does not compile.
 */
function sendParts(channel: Channel, facts: StepFacts): [string, ToDukeRuleId[]] {
  const { contact, radiology } = facts;
  const { texts } = contact;
  const r = radiology ? 1 : 0;
  const lastResort: ToDukeRuleId[] = radiology ? ['channel.last-resort', 'channel.radiology-clinic-upload'] : ['channel.last-resort'];
  switch (channel.kind) {
    case 'appointment-copies':
      return radiology
        ? [texts.sendAppointmentRadiology, ['channel.bring-copies-to-appointment', 'channel.radiology-at-appointment']]
        : [texts.sendAppointment, ['channel.bring-copies-to-appointment']];
    case 'clinic-upload':
      return [texts.sendClinicUpload, [radiology ? 'channel.radiology-clinic-upload' : 'channel.clinic-upload']];
    case 'fax':
      return [texts.sendFax[r], lastResort];
    case 'email':
      return contact.email === null
        ? [texts.sendEmailUnpublished[r], [...lastResort, 'channel.email-address-unpublished']]
        : [fill(contact.words.steps.sendEmail, { email: contact.email }) + (radiology ? ` ${contact.words.steps.radiologyNotAccepted}` : ''), lastResort];
    case 'mail':
      return [texts.sendMail[channel.carrier][r], [...lastResort, ...carrierPolicy(channel.carrier).ruleIds, ...facts.extraSendRuleIds]];
  }
}

function sendStep(channel: Channel, facts: StepFacts): Step {
  const [text, ruleIds] = sendParts(channel, facts);
  return { id: 'send', ruleIds, text };
}

/**
 * The ordered checklist of a submission: notify first (external clinics),
 * label each item, copies only, choose the channel, keep passwords apart
 * (password-protected media), send (when a channel is chosen), follow up
 * (mail or fax), and when to call customer service.
 *
 * @param submission - the parsed submission
 * @param facts - what else the steps need
 * @returns the steps, in order
 * @internal
 * @example
 * ```ts
 * buildSteps(submission, facts).map((s) => s.id);
 * // ['label', 'copies-only', 'choose-channel', 'send', 'when-to-call']
 * ```
 */
export function buildSteps(submission: Submission, facts: StepFacts): Step[] {
  const { contact, followUp } = facts;
  const { texts } = contact;
  const out: Step[] = [];
  if (mustNotifyFirst(submission.sender)) out.push({ id: 'notify-first', ruleIds: ['notify.external-clinic'], text: texts.notifyFirst });

  let paper = false;
  let media = false;
  for (const item of submission.items) {
    if (item.kind === 'paper') paper = true;
    else media = true;
  }
  const labelRules: ToDukeRuleId[] = [];
  if (paper) labelRules.push('label.paper-each-page');
  if (media) labelRules.push('label.media-outside');
  const targets = paper && media ? texts.label.both : paper ? texts.label.paper : texts.label.media;
  out.push({ id: 'label', ruleIds: labelRules, text: targets[facts.hasRecordNumber ? 1 : 0] });

  out.push({ id: 'copies-only', ruleIds: ['originals.never', 'originals.not-returned'], text: texts.copiesOnly });

  out.push(
    facts.radiology
      ? { id: 'choose-channel', ruleIds: ['channel.radiology-clinic-upload', 'channel.radiology-at-appointment'], text: texts.chooseChannelRadiology }
      : { id: 'choose-channel', ruleIds: ['channel.bring-copies-to-appointment', 'channel.last-resort'], text: texts.chooseChannel },
  );

  if (facts.protectedMedia) {
    out.push(
      followUp.givePasswords
        ? { id: 'keep-password-apart', ruleIds: ['password.separate', 'followup.mail-or-fax'], text: texts.passwordApartFollowUp }
        : { id: 'keep-password-apart', ruleIds: ['password.separate'], text: texts.passwordApart },
    );
  }

  if (submission.channel !== undefined) out.push(sendStep(submission.channel, facts));

  if (followUp.required) {
    out.push({
      id: 'follow-up',
      ruleIds: ['followup.mail-or-fax', 'hours.follow-up-call'],
      // Phone only while the e-mail address is unknown; the passwords clause
      // only when password-protected media are sent.
      text: fill(contact.words.steps[contact.email === null ? 'followUpPhoneOnly' : 'followUp'], {
        phone: contact.phone,
        email: contact.email ?? '',
        passwords: followUp.givePasswords ? contact.words.steps.followUpPasswords : '',
      }),
    });
  }

  out.push({ id: 'when-to-call', ruleIds: ['hours.customer-service', 'notify.duke-follows-up'], text: texts.whenToCall });
  return out;
}
