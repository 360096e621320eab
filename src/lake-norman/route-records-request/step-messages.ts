import type { Locale } from '../../core/types';
import type { ProofKind, SignerRole } from '../signer/signer-schema';

/**
 * The words of the steps of `routeRecordsRequest`, in one language.
 * Placeholders: `{portals}`, `{title}`, `{language}`, `{sizeKb}`, `{roles}`,
 * `{proof}`, `{fax}`, `{email}`, `{address}`, `{phone}` — directory data and
 * the library's own words only, never anything from the request.
 *
 * @internal
 * @example
 * ```ts
 * const w: LakeNormanStepWords = LAKE_NORMAN_STEP_TEXT.en;
 * w.roles['next-of-kin']; // 'next-of-kin'
 * ```
 */
export interface LakeNormanStepWords {
  readonly requestOnline: string;
  readonly checkPortal: string;
  readonly completeForm: string;
  readonly sign: string;
  /** Appended to `sign` when proof is still missing. */
  readonly signProof: string;
  readonly sendFax: string;
  readonly sendEmail: string;
  readonly sendMail: string;
  readonly askQuestions: string;
  /** Who may sign, as the step lists them. */
  readonly roles: Readonly<Record<SignerRole, string>>;
  /** The proof to enclose, as the step lists it. */
  readonly proof: Readonly<Record<ProofKind, string>>;
  /** Form languages, as the step and the `ln.forms` finding name them. */
  readonly languages: Readonly<Record<'en' | 'es', string>>;
  /** The words joining the last two entries of a list of alternatives and of a list of things. */
  readonly or: string;
  readonly and: string;
}

/**
 * The words of the Lake Norman request steps, in English and Spanish.
 *
 * @internal
 * @example
 * ```ts
 * LAKE_NORMAN_STEP_TEXT.es.askQuestions; // '¿Preguntas? Llame al {phone}.'
 * ```
 */
export const LAKE_NORMAN_STEP_TEXT: Readonly<Record<Locale, LakeNormanStepWords>> = {
  en: {
    requestOnline: 'Request the records online: it is easy, fast and secure, and recommended whenever possible.',
    checkPortal: 'Check your patient portal ({portals}): it may already hold the information you need.',
    completeForm: 'Complete the {title} in {language} (PDF, {sizeKb} KB).',
    sign: 'Have the authorization signed by {roles}.',
    signProof: ' Enclose {proof}.',
    sendFax: 'Fax the completed, signed form to {fax}.',
    sendEmail: 'E-mail the completed, signed form to {email}.',
    sendMail: 'Mail the completed, signed form to: {address}.',
    askQuestions: 'Questions? Call {phone}.',
    roles: {
      patient: 'the patient',
      'legal-representative': "the patient's legal representative",
      'custodial-parent': 'a custodial parent',
      'legal-guardian': 'a legally appointed guardian',
      'next-of-kin': 'next-of-kin',
      'personal-representative': "the personal representative of the patient's estate",
    },
    proof: {
      guardianship: 'proof of guardianship',
      'guardianship-indicates-disability': "proof of guardianship that indicates the patient's disability",
    },
    languages: { en: 'English', es: 'Spanish' },
    or: 'or',
    and: 'and',
  },
  es: {
    requestOnline: 'Solicite los expedientes en línea: es fácil, rápido y seguro, y se recomienda siempre que sea posible.',
    checkPortal: 'Revise su portal del paciente ({portals}): es posible que ya tenga la información que necesita.',
    completeForm: 'Complete el formulario «{title}» en {language} (PDF, {sizeKb} KB).',
    sign: 'La autorización debe firmarla {roles}.',
    signProof: ' Adjunte {proof}.',
    sendFax: 'Envíe por fax el formulario completado y firmado al {fax}.',
    sendEmail: 'Envíe por correo electrónico el formulario completado y firmado a {email}.',
    sendMail: 'Envíe por correo postal el formulario completado y firmado a: {address}.',
    askQuestions: '¿Preguntas? Llame al {phone}.',
    roles: {
      patient: 'el paciente',
      'legal-representative': 'su representante legal',
      'custodial-parent': 'uno de los padres con la custodia',
      'legal-guardian': 'un tutor nombrado legalmente',
      'next-of-kin': 'un familiar más cercano',
      'personal-representative': 'el representante personal de la sucesión del paciente',
    },
    proof: {
      guardianship: 'un comprobante de la tutela',
      'guardianship-indicates-disability': 'un comprobante de la tutela que indique la discapacidad del paciente',
    },
    languages: { en: 'inglés', es: 'español' },
    or: 'o',
    and: 'y',
  },
};
