import type { ChannelRuleId } from './channels';

/**
 * Spanish texts of the channels rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * CHANNEL_MESSAGES_ES['channel.bring-copies-to-appointment'];
 * ```
 */
export const CHANNEL_MESSAGES_ES: Readonly<Record<ChannelRuleId, string>> = {
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
};
