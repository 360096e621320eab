import type { ToDukeText } from './words.en';

/**
 * The words of the to-Duke functions in Spanish: the `toDuke` section of
 * the Spanish locale.
 *
 * @internal
 * @example
 * ```ts
 * TO_DUKE_WORDS_ES.carriers.other; // 'otro transportista'
 * ```
 */
export const TO_DUKE_WORDS_ES: ToDukeText = {
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
    followUp: 'Después del envío, llame al {phone} o escriba a {email} para verificar que Registros Médicos recibió los registros{passwords}.',
    followUpPhoneOnly:
      'Después del envío, llame al {phone} para verificar que Registros Médicos recibió los registros{passwords} (la dirección de correo electrónico no está publicada).',
    followUpPasswords: ' y dar las contraseñas de los medios protegidos',
    whenToCall:
      '¿Preguntas? Llame a servicio al cliente al {phone}, {hours}. Registros Médicos se comunicará con el remitente cuando reciba los registros.',
  },
};
