import type { SignerRuleId } from './signer';

/**
 * English and Spanish texts of the signer rules, keyed by rule id (no
 * placeholders).
 *
 * @internal
 * @example
 * ```ts
 * SIGNER_MESSAGES.en['signer.proof-of-guardianship']; // 'Proof of guardianship is required.'
 * ```
 */
export const SIGNER_MESSAGES: {
  readonly en: Readonly<Record<SignerRuleId, string>>;
  readonly es: Readonly<Record<SignerRuleId, string>>;
} = {
  en: {
    'signer.patient-or-representative': "The authorization must be signed by the patient or the patient's legal representative.",
    'signer.minor': 'For a patient under 18, the authorization must be signed by a custodial parent or a legally appointed guardian.',
    'signer.proof-of-guardianship': 'Proof of guardianship is required.',
    'signer.unable-to-sign':
      'For a patient unable to sign because of a physical or mental disability, the authorization may be signed by next-of-kin or a legally appointed guardian.',
    'signer.proof-indicates-disability': "The proof of guardianship must indicate the patient's disability.",
    'signer.deceased':
      "For a deceased patient, the authorization must be signed by the personal representative of the patient's estate or by next-of-kin.",
    'signer.minor-age':
      'The date of birth shows the patient is 18 or older on the as-of date, so the patient is not a minor: the rules for a patient who can sign apply.',
    'signer.minor-age-unverified':
      'No as-of date was given, so the age could not be verified from the date of birth; the declared situation (minor) was used.',
  },
  es: {
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
  },
};
