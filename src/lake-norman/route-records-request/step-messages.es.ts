import type { LakeNormanStepWords } from './step-messages.en';

/**
 * The words of the Lake Norman request steps in Spanish: the `lakeNorman`
 * section of the Spanish locale.
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(LAKE_NORMAN_STEP_TEXT_ES).length > 0; // true
 * ```
 */
export const LAKE_NORMAN_STEP_TEXT_ES: LakeNormanStepWords = {
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
};
