import type { Carrier, ChannelKind } from './schemas/channel';
import type { Medium } from './schemas/record-item';
import type { LabelGap } from './rule-hit';

/**
 * The words the to-Duke functions put into messages, steps and labels, in
 * one locale. Steps use `{placeholders}` like rule messages.
 *
 * @internal
 * @example
 * ```ts
 * TO_DUKE_WORDS_EN.carriers.other; // 'another carrier'
 * ```
 */
export interface ToDukeText {
  readonly channels: Readonly<Record<ChannelKind, string>>;
  readonly carriers: Readonly<Record<Carrier, string>>;
  readonly media: Readonly<Record<Medium, string>>;
  /** Label gaps as they read in a list (Spanish with articles). */
  readonly gaps: Readonly<Record<LabelGap, string>>;
  /** The word joining the last two entries of a list. */
  readonly and: string;
  readonly labelTargets: { readonly paper: string; readonly media: string; readonly both: string };
  /** Captions of {@link formatLabel}. */
  readonly labelCaptions: { readonly name: string; readonly dateOfBirth: string; readonly recordNumber: string };
  /** Month abbreviations, January first, for unambiguous label dates. */
  readonly months: readonly string[];
  /** Day names, Monday first. */
  readonly days: readonly string[];
  readonly dayRange: string;
  readonly timeRange: string;
  /** The 12-hour clock's suffixes, before and after noon (`8:00 am`; `8:00 a. m.`), as in the hours messages. */
  readonly meridiem: readonly [am: string, pm: string];
  readonly zones: Readonly<Record<string, string>>;
  readonly steps: {
    readonly notifyFirst: string;
    readonly label: string;
    readonly copiesOnly: string;
    readonly chooseChannel: string;
    readonly chooseChannelRadiology: string;
    readonly passwordApart: string;
    readonly passwordApartFollowUp: string;
    readonly sendAppointment: string;
    readonly sendAppointmentRadiology: string;
    readonly sendClinicUpload: string;
    readonly sendFax: string;
    readonly sendEmail: string;
    readonly sendEmailUnpublished: string;
    readonly sendMail: string;
    /** Appended to a fax, e-mail or mail step when radiology images are present. */
    readonly radiologyNotAccepted: string;
    readonly followUp: string;
    readonly followUpPhoneOnly: string;
    /** The clause `{passwords}` of the follow-up texts when password-protected media are sent. */
    readonly followUpPasswords: string;
    readonly whenToCall: string;
  };
}

/**
 * The words of the to-Duke functions in English (the `toDuke` section of a
 * locale gives other languages).
 *
 * @internal
 * @example
 * ```ts
 * TO_DUKE_WORDS_EN.media['usb-drive']; // 'USB drive'
 * ```
 */
export const TO_DUKE_WORDS_EN: ToDukeText = {
  channels: {
    'appointment-copies': 'bringing copies to the appointment',
    'clinic-upload': 'upload at a clinic location',
    fax: 'fax',
    email: 'e-mail',
    mail: 'mail',
  },
  carriers: { fedex: 'FedEx', ups: 'UPS', usps: 'USPS', other: 'another carrier' },
  media: { cd: 'CD', dvd: 'DVD', 'usb-drive': 'USB drive', 'external-hard-drive': 'external hard drive', other: 'removable medium' },
  gaps: { name: 'name', dateOfBirth: 'date of birth', recordNumber: 'medical record number', 'every-page': 'marks on every page' },
  and: 'and',
  labelTargets: {
    paper: 'every page of the paper documents',
    media: 'the outside of every removable medium',
    both: 'every page of the paper documents and the outside of every removable medium',
  },
  labelCaptions: { name: 'Patient name', dateOfBirth: 'Date of birth', recordNumber: 'Medical record number' },
  months: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  dayRange: '{first} to {last}',
  timeRange: '{start} to {end}',
  meridiem: ['am', 'pm'],
  zones: { 'America/New_York': 'Eastern time' },
  steps: {
    notifyFirst:
      'Before sending anything, notify the Medical Records department (Document Management) that you intend to send records: call {phone}.',
    label: "Mark {targets} clearly with the patient's {fields}. Handwriting is fine.",
    copiesOnly: 'Send copies, never originals: documents and removable media are not returned.',
    chooseChannel:
      'Best: bring the copies to your clinical appointment for scanning or upload. Fax, e-mail and mail are a last resort: less secure and not recommended.',
    chooseChannelRadiology:
      'Radiology images must be uploaded at a clinic location: take them to a clinic location (or to your clinical appointment there) for upload. Fax, e-mail and mail are not accepted for them.',
    passwordApart: 'Do not pack passwords with the removable media: keep them apart and give them to Medical Records separately.',
    passwordApartFollowUp:
      'Do not pack passwords with the removable media: give them to Medical Records in your follow-up call or e-mail after sending.',
    sendAppointment: 'Bring the copies to your clinical appointment for scanning or upload.',
    sendAppointmentRadiology:
      'Bring the copies to your clinical appointment; the radiology images must be uploaded at the clinic location.',
    sendClinicUpload: 'Take the copies to a clinic location to be uploaded.',
    sendFax: 'Fax the copies to Document Management at {fax}.',
    sendEmail: 'E-mail the copies to Document Management at {email}.',
    sendEmailUnpublished:
      'E-mail the copies to Document Management: the address is not published, so call customer service at {phone} to get it first.',
    sendMail: 'Mail the copies by {carrier} to: {address}.',
    radiologyNotAccepted: 'Radiology images are not accepted this way: they must be uploaded at a clinic location.',
    followUp: 'After sending, call {phone} or e-mail {email} to verify that Medical Records received the records{passwords}.',
    followUpPhoneOnly:
      'After sending, call {phone} to verify that Medical Records received the records{passwords} (the e-mail address is not published).',
    followUpPasswords: ' and to give the passwords of the protected media',
    whenToCall:
      'Questions? Call customer service at {phone}, {hours}. Medical Records will follow up with the sender when the records are received.',
  },
};
