import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { deepFreeze } from '../../core/deep-freeze';

const FAQ = 'Questions About Medical Records';
const BOTH = ['seed', '2025-10-18'] as const;

/**
 * Catalog entries of the signer area: who signs an authorization for a
 * records request, and the proof they need (the Lake Norman FAQ, the same
 * in both editions).
 *
 * @category Catalog
 * @example
 * ```ts
 * import { SIGNER_RULES } from 'duke-records-rules/catalog';
 * SIGNER_RULES.map((r) => r.id).includes('signer.minor'); // true
 * ```
 */
export const SIGNER_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
  {
    id: 'signer.patient-or-representative',
    area: 'signer',
    severity: 'error',
    summary: "An authorization must be signed by the patient or the patient's legal representative.",
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
    ambiguity: {
      note: 'The FAQ first says the patient or a legal representative signs, then names who signs for a minor, for a patient unable to sign and for a deceased patient; it does not say whether any other legal representative may sign in those three situations.',
      reading:
        "A generic legal representative is accepted only for a patient who can sign; for a minor, a patient unable to sign or a deceased patient only the signers the FAQ names for that situation are accepted (the stricter reading, which cannot release records on a signature the FAQ does not name).",
    },
  },
  {
    id: 'signer.minor',
    area: 'signer',
    severity: 'error',
    summary: 'For a minor (under 18), the authorization is signed by a custodial parent or a legally appointed guardian.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  {
    id: 'signer.proof-of-guardianship',
    area: 'signer',
    severity: 'error',
    summary:
      'Proof of guardianship is required when the authorization is signed for a minor or for a patient unable to sign because of a physical or mental disability.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
    ambiguity: {
      note: 'The FAQ says "proof of guardianship required" right after naming two possible signers (a custodial parent or a guardian for a minor; next-of-kin or a guardian for a patient unable to sign) without saying whether the proof is asked of both.',
      reading: 'The proof is required of either signer (the stricter reading: an authorization is never called complete without the proof the FAQ names).',
    },
  },
  {
    id: 'signer.unable-to-sign',
    area: 'signer',
    severity: 'error',
    summary:
      'For a patient unable to sign because of a physical or mental disability, the authorization may be signed by next-of-kin or a legally appointed guardian.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  {
    id: 'signer.proof-indicates-disability',
    area: 'signer',
    severity: 'error',
    summary: "For a patient unable to sign, the proof of guardianship must indicate the patient's disability.",
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  {
    id: 'signer.deceased',
    area: 'signer',
    severity: 'error',
    summary: "For a deceased patient, the authorization is signed by the personal representative of the patient's estate or by next-of-kin.",
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
    ambiguity: {
      note: 'The stored FAQ text breaks off after this sentence: whatever it goes on to require (for example a proof of the signer\'s authority) is unknown.',
      reading: 'The library names the two signers and requires no proof it cannot cite; it never accepts the patient as signer.',
    },
  },
  {
    id: 'signer.minor-age',
    area: 'signer',
    severity: 'warning',
    summary:
      'A minor is a patient under 18: when the date of birth shows the patient is 18 or older on the as-of date, the rules for a patient who can sign apply.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  {
    id: 'signer.minor-age-unverified',
    area: 'signer',
    severity: 'info',
    summary:
      'Without an as-of date the age cannot be computed from the date of birth: the declared situation (minor) is relied on, and the age is reported as not verified.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanFaq, FAQ),
    editions: BOTH,
  },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * Id of a rule of the signer area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { SignerRuleId } from 'duke-records-rules';
 * const id: SignerRuleId = 'signer.deceased';
 * ```
 */
export type SignerRuleId = (typeof SIGNER_RULES)[number]['id'];
