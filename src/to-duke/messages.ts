import type { Locale } from '../core/types';
import type { CARRIER_RULES } from './carriers/carriers';
import type { CHANNEL_RULES } from './channels/channels';
import type { FOLLOW_UP_RULES } from './follow-up/follow-up';
import type { LABELING_RULES } from './labeling/labeling';
import type { NOTIFY_RULES } from './notify/notify';
import type { ORIGINALS_RULES } from './originals/originals';
import type { PASSWORD_RULES } from './passwords/passwords';
import type { TRACKING_RULES } from './tracking-number/tracking-number';
import type { Carrier, ChannelKind } from './schemas/channel';
import type { Medium } from './schemas/record-item';
import type { LabelGap } from './rule-hit';

type Id =
  | (typeof LABELING_RULES)[number]['id']
  | (typeof CHANNEL_RULES)[number]['id']
  | (typeof ORIGINALS_RULES)[number]['id']
  | (typeof CARRIER_RULES)[number]['id']
  | (typeof PASSWORD_RULES)[number]['id']
  | (typeof FOLLOW_UP_RULES)[number]['id']
  | (typeof NOTIFY_RULES)[number]['id']
  | (typeof TRACKING_RULES)[number]['id'];

/**
 * English and Spanish texts of the rules for sending records to Duke, keyed
 * by rule id (merged into {@link MESSAGES}). Placeholders: `{item}` (1-based item number), `{medium}`,
 * `{channel}`, `{fields}`, `{missing}`, `{carrier}`, `{detected}` (localized
 * names), `{phone}` (the directory's customer-service number). Never patient
 * data, never a tracking number.
 *
 * @example
 * ```ts
 * import { MESSAGES } from 'duke-records-rules';
 * MESSAGES.en['carrier.lost-in-transit'];
 * // 'The Medical Records department is not responsible for records lost in transit.'
 * ```
 */
export const TO_DUKE_MESSAGES: { readonly en: Readonly<Record<Id, string>>; readonly es: Readonly<Record<Id, string>> } = {
  en: {
    'label.paper-each-page':
      "Item {item}: every page of these paper documents should be clearly marked with the patient's {fields} (handwriting is fine). Missing: {missing}.",
    'label.media-outside':
      "Item {item} ({medium}): the outside should be clearly marked with the patient's {fields} (handwriting is fine). Missing: {missing}.",
    'channel.bring-copies-to-appointment':
      'For information security, Duke recommends bringing copies of your documents or removable media (not the originals) to your clinical appointment for scanning or upload.',
    'channel.clinic-upload':
      'Copies can be uploaded at a clinic location; for records without radiology images, Duke recommends bringing the copies to your clinical appointment.',
    'channel.radiology-clinic-upload':
      'Radiology images (such as CT, MRI and X-rays) must be uploaded at a clinic location; they are not accepted by fax, e-mail or mail.',
    'channel.radiology-at-appointment':
      'The radiology images you bring to your appointment must be uploaded at the clinic location: ask the clinic to upload them.',
    'channel.last-resort':
      'Sending by {channel} is accepted only as a last resort: it is less secure and not recommended. Duke recommends bringing copies to your clinical appointment.',
    'channel.email-address-unpublished':
      'Duke does not publish the Document Management e-mail address (the page shows only a placeholder): call customer service at {phone} to get it.',
    'originals.never': 'Item {item} is an original: do not send originals, send copies.',
    'originals.not-returned': 'Documents and removable media sent to Duke are not returned.',
    'carrier.trackable': 'When mailing records, use a trackable courier such as FedEx or UPS.',
    'carrier.usps-untracked':
      "Duke accepts packages sent by the U.S. Postal Service but does not recommend it, because they can't be tracked. Use a trackable courier such as FedEx or UPS.",
    'carrier.unknown-trackability':
      'This carrier is not known to be trackable. Duke asks for a trackable courier such as FedEx or UPS: make sure the package can be tracked.',
    'carrier.lost-in-transit': 'The Medical Records department is not responsible for records lost in transit.',
    'followup.mail-or-fax':
      'After sending by {channel}, follow up with a phone call to {phone} or an e-mail to Medical Records to verify that your records were received and to give any passwords the removable media need.',
    'password.separate':
      'Item {item} ({medium}): do not send the password with the removable media. Give it to Medical Records separately, by phone or e-mail.',
    'notify.external-clinic':
      'An external clinic must notify the Medical Records department of its intent to send records before sending them: call {phone}.',
    'notify.duke-follows-up': 'The Medical Records department will follow up with the sender when the records are received.',
    'tracking.wrong-carrier':
      'The tracking number is not a valid {carrier} number: it is a valid {detected} number. Check the carrier and the number.',
    'tracking.check-digit':
      'The tracking number fails its check digit: it most likely has a typo. Check it against the {carrier} receipt.',
    'tracking.unrecognized': 'The tracking number is not in a form {carrier} uses: check it against the receipt.',
  },
  es: {
    'label.paper-each-page':
      'Elemento {item}: cada página de estos documentos en papel debe estar claramente marcada con {fields} del paciente (puede ser a mano). Falta: {missing}.',
    'label.media-outside':
      'Elemento {item} ({medium}): el exterior debe estar claramente marcado con {fields} del paciente (puede ser a mano). Falta: {missing}.',
    'channel.bring-copies-to-appointment':
      'Por seguridad de la información, Duke recomienda llevar copias de sus documentos o medios extraíbles (no los originales) a su cita clínica para escanearlas o cargarlas.',
    'channel.clinic-upload':
      'Las copias se pueden cargar en una clínica; para registros sin imágenes de radiología, Duke recomienda llevar las copias a su cita clínica.',
    'channel.radiology-clinic-upload':
      'Las imágenes de radiología (como TC, resonancia magnética y radiografías) deben cargarse en una clínica; no se aceptan por fax, correo electrónico ni correo postal.',
    'channel.radiology-at-appointment':
      'Las imágenes de radiología que lleve a su cita deben cargarse en la clínica: pida a la clínica que las cargue.',
    'channel.last-resort':
      'El envío por {channel} solo se acepta como último recurso: es menos seguro y no se recomienda. Duke recomienda llevar copias a su cita clínica.',
    'channel.email-address-unpublished':
      'Duke no publica la dirección de correo electrónico de Document Management (la página solo muestra un marcador): llame a servicio al cliente al {phone} para obtenerla.',
    'originals.never': 'El elemento {item} es un original: no envíe originales, envíe copias.',
    'originals.not-returned': 'Los documentos y medios extraíbles enviados a Duke no se devuelven.',
    'carrier.trackable': 'Si envía los registros por correo, use un servicio de mensajería con rastreo, como FedEx o UPS.',
    'carrier.usps-untracked':
      'Duke acepta paquetes enviados por el Servicio Postal de EE. UU., pero no lo recomienda porque no se pueden rastrear. Use un servicio de mensajería con rastreo, como FedEx o UPS.',
    'carrier.unknown-trackability':
      'No se sabe si este transportista permite el rastreo. Duke pide un servicio de mensajería con rastreo, como FedEx o UPS: asegúrese de que el paquete se pueda rastrear.',
    'carrier.lost-in-transit': 'El departamento de Registros Médicos no se hace responsable de los registros perdidos durante el envío.',
    'followup.mail-or-fax':
      'Después de enviar por {channel}, comuníquese con Registros Médicos por teléfono al {phone} o por correo electrónico para verificar que recibieron sus registros y dar las contraseñas que necesiten los medios extraíbles.',
    'password.separate':
      'Elemento {item} ({medium}): no envíe la contraseña con el medio extraíble. Désela a Registros Médicos por separado, por teléfono o por correo electrónico.',
    'notify.external-clinic':
      'Una clínica externa debe avisar al departamento de Registros Médicos de su intención de enviar registros antes de enviarlos: llame al {phone}.',
    'notify.duke-follows-up': 'El departamento de Registros Médicos se comunicará con el remitente cuando reciba los registros.',
    'tracking.wrong-carrier':
      'El número de rastreo no es un número válido de {carrier}: es un número válido de {detected}. Revise el transportista y el número.',
    'tracking.check-digit':
      'El número de rastreo no supera su dígito de control: lo más probable es que tenga un error. Compruébelo con el recibo de {carrier}.',
    'tracking.unrecognized': 'El número de rastreo no tiene un formato que use {carrier}: compruébelo con el recibo.',
  },
};

/**
 * The words the to-Duke functions put into messages, steps and labels, in
 * one locale. Steps use `{placeholders}` like rule messages.
 *
 * @internal
 * @example
 * ```ts
 * TO_DUKE_TEXT.es.carriers.other; // 'otro transportista'
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
    readonly whenToCall: string;
  };
}

/**
 * The words of the to-Duke functions, in English and Spanish.
 *
 * @internal
 * @example
 * ```ts
 * TO_DUKE_TEXT.en.media['usb-drive']; // 'USB drive'
 * ```
 */
export const TO_DUKE_TEXT: Readonly<Record<Locale, ToDukeText>> = {
  en: {
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
      followUp:
        'After sending, call {phone} or e-mail {email} to verify that Medical Records received the records and to give any passwords the media need.',
      followUpPhoneOnly:
        'After sending, call {phone} to verify that Medical Records received the records and to give any passwords the media need (the e-mail address is not published).',
      whenToCall:
        'Questions? Call customer service at {phone}, {hours}. Medical Records will follow up with the sender when the records are received.',
    },
  },
  es: {
    channels: {
      'appointment-copies': 'copias llevadas a la cita',
      'clinic-upload': 'carga en una clínica',
      fax: 'fax',
      email: 'correo electrónico',
      mail: 'correo postal',
    },
    carriers: { fedex: 'FedEx', ups: 'UPS', usps: 'USPS', other: 'otro transportista' },
    media: { cd: 'CD', dvd: 'DVD', 'usb-drive': 'memoria USB', 'external-hard-drive': 'disco duro externo', other: 'medio extraíble' },
    gaps: {
      name: 'el nombre',
      dateOfBirth: 'la fecha de nacimiento',
      recordNumber: 'el número de historia clínica',
      'every-page': 'las marcas en cada página',
    },
    and: 'y',
    labelTargets: {
      paper: 'cada página de los documentos en papel',
      media: 'el exterior de cada medio extraíble',
      both: 'cada página de los documentos en papel y el exterior de cada medio extraíble',
    },
    labelCaptions: { name: 'Nombre del paciente', dateOfBirth: 'Fecha de nacimiento', recordNumber: 'Número de historia clínica' },
    months: ['ENE', 'FEB', 'MAR', 'ABR', 'MAY', 'JUN', 'JUL', 'AGO', 'SEP', 'OCT', 'NOV', 'DIC'],
    days: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    dayRange: 'de {first} a {last}',
    timeRange: 'de {start} a {end}',
    meridiem: ['a. m.', 'p. m.'],
    zones: { 'America/New_York': 'hora del Este' },
    steps: {
      notifyFirst:
        'Antes de enviar nada, avise al departamento de Registros Médicos (Document Management) de que va a enviar registros: llame al {phone}.',
      label: 'Marque claramente {targets} con {fields} del paciente. Puede hacerlo a mano.',
      copiesOnly: 'Envíe copias, nunca originales: los documentos y medios extraíbles no se devuelven.',
      chooseChannel:
        'Lo mejor: lleve las copias a su cita clínica para escanearlas o cargarlas. El fax, el correo electrónico y el correo postal son un último recurso: menos seguros y no recomendados.',
      chooseChannelRadiology:
        'Las imágenes de radiología deben cargarse en una clínica: llévelas a una clínica (o a su cita clínica allí) para que las carguen. No se aceptan por fax, correo electrónico ni correo postal.',
      passwordApart:
        'No incluya las contraseñas con los medios extraíbles: manténgalas aparte y déselas a Registros Médicos por separado.',
      passwordApartFollowUp:
        'No incluya las contraseñas con los medios extraíbles: déselas a Registros Médicos en su llamada o correo de seguimiento después del envío.',
      sendAppointment: 'Lleve las copias a su cita clínica para escanearlas o cargarlas.',
      sendAppointmentRadiology: 'Lleve las copias a su cita clínica; las imágenes de radiología deben cargarse en la clínica.',
      sendClinicUpload: 'Lleve las copias a una clínica para que las carguen.',
      sendFax: 'Envíe las copias por fax a Document Management al {fax}.',
      sendEmail: 'Envíe las copias por correo electrónico a Document Management a {email}.',
      sendEmailUnpublished:
        'Envíe las copias por correo electrónico a Document Management: la dirección no está publicada, así que primero llame a servicio al cliente al {phone} para obtenerla.',
      sendMail: 'Envíe las copias por {carrier} a: {address}.',
      radiologyNotAccepted: 'Las imágenes de radiología no se aceptan por esta vía: deben cargarse en una clínica.',
      followUp:
        'Después del envío, llame al {phone} o escriba a {email} para verificar que Registros Médicos recibió los registros y dar las contraseñas que necesiten los medios.',
      followUpPhoneOnly:
        'Después del envío, llame al {phone} para verificar que Registros Médicos recibió los registros y dar las contraseñas que necesiten los medios (la dirección de correo electrónico no está publicada).',
      whenToCall:
        '¿Preguntas? Llame a servicio al cliente al {phone}, {hours}. Registros Médicos se comunicará con el remitente cuando reciba los registros.',
    },
  },
};
