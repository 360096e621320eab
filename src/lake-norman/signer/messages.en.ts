import type { SignerRuleId } from './rules';

/**
 * The English texts of the signer rules, keyed by rule id (no placeholders).
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(SIGNER_MESSAGES_EN).length > 0; // true
 * ```
 */
export const SIGNER_MESSAGES_EN: Readonly<Record<SignerRuleId, string>> = {
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
};
