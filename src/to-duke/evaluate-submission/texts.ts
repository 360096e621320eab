import type { ToDukeText } from '../words.en';
import type { Carrier } from '../schemas/channel';
import { fill, listText } from '../../core/fill';

/** A text without and with the radiology note appended. */
type WithRadiology = readonly [plain: string, radiology: string];

/**
 * The checklist texts that depend only on the locale and the directory
 * entry, rendered once per locale (the e-mail texts that name an
 * integrator-supplied address are rendered per call).
 *
 * @internal
 * @example
 * ```ts
 * stepTexts(TO_DUKE_WORDS_EN, { phone: '(919) 684-6178', fax: '(919) 620-5165', address: '…', hours: '…' }).sendFax[0];
 * // 'Fax the copies to Document Management at (919) 620-5165.'
 * ```
 */
export interface StepTexts {
  readonly notifyFirst: string;
  /** By targets, then without and with the record number. */
  readonly label: Readonly<Record<'paper' | 'media' | 'both', readonly [basic: string, withNumber: string]>>;
  readonly copiesOnly: string;
  readonly chooseChannel: string;
  readonly chooseChannelRadiology: string;
  readonly passwordApart: string;
  readonly passwordApartFollowUp: string;
  readonly sendAppointment: string;
  readonly sendAppointmentRadiology: string;
  readonly sendClinicUpload: string;
  readonly sendFax: WithRadiology;
  readonly sendEmailUnpublished: WithRadiology;
  readonly sendMail: Readonly<Record<Carrier, WithRadiology>>;
  readonly whenToCall: string;
}

/**
 * Renders the {@link StepTexts} of a locale for a directory entry.
 *
 * @param words - the words of the locale
 * @param contact - display numbers, address and hours of the destination
 * @returns the rendered texts
 * @internal
 * @example
 * ```ts
 * stepTexts(TO_DUKE_WORDS_ES, contactParts).copiesOnly;
 * ```
 */
export function stepTexts(
  words: ToDukeText,
  contact: { readonly phone: string; readonly fax: string; readonly address: string; readonly hours: string },
): StepTexts {
  const { steps } = words;
  const note = ` ${steps.radiologyNotAccepted}`;
  const both = (text: string): WithRadiology => [text, text + note];
  const basic = listText([words.gaps.name, words.gaps.dateOfBirth], words.and);
  const withNumber = listText([words.gaps.name, words.gaps.dateOfBirth, words.gaps.recordNumber], words.and);
  const label = (targets: string): readonly [string, string] => [
    fill(steps.label, { targets, fields: basic }),
    fill(steps.label, { targets, fields: withNumber }),
  ];
  const mail = (carrier: Carrier): WithRadiology => both(fill(steps.sendMail, { carrier: words.carriers[carrier], address: contact.address }));
  return {
    notifyFirst: fill(steps.notifyFirst, { phone: contact.phone }),
    label: { paper: label(words.labelTargets.paper), media: label(words.labelTargets.media), both: label(words.labelTargets.both) },
    copiesOnly: steps.copiesOnly,
    chooseChannel: steps.chooseChannel,
    chooseChannelRadiology: steps.chooseChannelRadiology,
    passwordApart: steps.passwordApart,
    passwordApartFollowUp: steps.passwordApartFollowUp,
    sendAppointment: steps.sendAppointment,
    sendAppointmentRadiology: steps.sendAppointmentRadiology,
    sendClinicUpload: steps.sendClinicUpload,
    sendFax: both(fill(steps.sendFax, { fax: contact.fax })),
    sendEmailUnpublished: both(fill(steps.sendEmailUnpublished, { phone: contact.phone })),
    sendMail: { fedex: mail('fedex'), ups: mail('ups'), usps: mail('usps'), other: mail('other') },
    whenToCall: fill(steps.whenToCall, { phone: contact.phone, hours: contact.hours }),
  };
}
