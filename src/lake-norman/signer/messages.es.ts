import type { SignerRuleId } from './rules';

/**
 * The Spanish texts of the signer rules, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(SIGNER_MESSAGES_ES).length > 0; // true
 * ```
 */
export const SIGNER_MESSAGES_ES: Readonly<Record<SignerRuleId, string>> = {
  'signer.patient-or-representative': 'La autorización debe estar firmada por el paciente o por su representante legal.',
  'signer.minor': 'Si el paciente es menor de 18 años, la autorización debe firmarla uno de los padres con la custodia o un tutor nombrado legalmente.',
  'signer.proof-of-guardianship': 'Se requiere un comprobante de la tutela.',
  'signer.unable-to-sign':
    'Si el paciente no puede firmar por una discapacidad física o mental, la autorización puede firmarla un familiar más cercano o un tutor nombrado legalmente.',
  'signer.proof-indicates-disability': 'El comprobante de la tutela debe indicar la discapacidad del paciente.',
  'signer.deceased':
    'Si el paciente ha fallecido, la autorización debe firmarla el representante personal de su sucesión o un familiar más cercano.',
  'signer.minor-age':
    'La fecha de nacimiento indica que el paciente tiene 18 años o más en la fecha de referencia, por lo que no es menor: se aplican las reglas de un paciente que puede firmar.',
  'signer.minor-age-unverified':
    'No se indicó una fecha de referencia, así que no se pudo verificar la edad a partir de la fecha de nacimiento; se usó la situación declarada (menor).',
};
