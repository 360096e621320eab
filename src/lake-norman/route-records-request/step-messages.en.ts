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
 * const w: LakeNormanStepWords = LAKE_NORMAN_STEP_TEXT_EN;
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
 * The words of the Lake Norman request steps in English (the `lakeNorman`
 * section of a locale gives other languages).
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(LAKE_NORMAN_STEP_TEXT_EN).length > 0; // true
 * ```
 */
export const LAKE_NORMAN_STEP_TEXT_EN: LakeNormanStepWords = {
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
};
