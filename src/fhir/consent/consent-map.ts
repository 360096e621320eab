/** Base of the HL7 terminology code systems. */
const HL7 = 'http://terminology.hl7.org/CodeSystem/';

/**
 * The code systems and codes the Consent mapping writes and reads.
 *
 * @internal
 * @example
 * ```ts
 * CONSENT_CODES.actReason; // 'http://terminology.hl7.org/CodeSystem/v3-ActReason'
 * ```
 */
export const CONSENT_CODES = {
  scope: `${HL7}consentscope`,
  actReason: `${HL7}v3-ActReason`,
  participation: `${HL7}v3-ParticipationType`,
} as const;

/**
 * The URL of the extension that carries what a FHIR R4 `Consent` has no
 * element for: one complex extension whose sub-extensions are named after
 * the authorization field they carry (see {@link AUTHORIZATION_EXTENSION_FIELDS}).
 *
 * @category FHIR
 * @example
 * ```ts
 * import { AUTHORIZATION_EXTENSION } from 'duke-records-rules/fhir';
 * AUTHORIZATION_EXTENSION; // 'https://github.com/duke-records-rules/duke-records-rules/fhir/StructureDefinition/hipaa-authorization'
 * ```
 */
export const AUTHORIZATION_EXTENSION = 'https://github.com/duke-records-rules/duke-records-rules/fhir/StructureDefinition/hipaa-authorization';

/**
 * The fields of an authorization a FHIR R4 `Consent` has no element for,
 * each carried by one sub-extension of {@link AUTHORIZATION_EXTENSION}
 * whose `url` is the field's dotted path, with the FHIR type of its value
 * (`valueCode`, `valueString`, `valueBoolean`, `valueDate`); a list repeats
 * the sub-extension. The other fields (`information`, `disclosedBy`,
 * `disclosedTo`, `expiration.date`, `signature.signedOn`) have elements of
 * their own. `purpose.kind`, `research` and `signature.signedBy` are also
 * written as codes (`PATRQT`, `HRESCH`) and as the `performer`, for systems
 * that do not know the extension.
 *
 * To carry a new field of the authorization, add it here (or map it to an
 * element in both directions); a test fails until every field of
 * `authorizationSchema` is carried.
 *
 * @category FHIR
 * @example
 * ```ts
 * import { AUTHORIZATION_EXTENSION_FIELDS } from 'duke-records-rules/fhir';
 * AUTHORIZATION_EXTENSION_FIELDS['statements.revocation']; // 'Code'
 * ```
 */
export const AUTHORIZATION_EXTENSION_FIELDS = /* @__PURE__ */ (() => Object.freeze({
  'purpose.kind': 'Code',
  'purpose.descriptions': 'String',
  'purpose.initiatedByIndividual': 'Boolean',
  research: 'Boolean',
  'expiration.kind': 'Code',
  'expiration.event': 'String',
  'signature.signedBy': 'Code',
  'signature.representativeAuthority': 'String',
  'statements.revocation': 'Code',
  'statements.conditioning': 'Code',
  'statements.redisclosure': 'Boolean',
  'patient.situation': 'Code',
  'patient.dateOfBirth': 'Date',
  'signer.role': 'Code',
  'signer.proof': 'Code',
  'expiration.occurred': 'Boolean',
  'signature.signed': 'Boolean',
  'revocation.revokedOn': 'Date',
  'revocation.inWriting': 'Boolean',
  combinedWith: 'Code',
  'conditioned.on': 'Code',
  'conditioned.exception': 'Code',
  knownFalse: 'Boolean',
  psychotherapyNotes: 'Boolean',
  'marketing.remuneration': 'Boolean',
  'marketing.statesRemuneration': 'Boolean',
  'sale.statesRemuneration': 'Boolean',
  soughtBy: 'Code',
  copyGiven: 'Boolean',
  'request.recipient': 'String',
  'request.information': 'String',
} as const))();

/**
 * The fields of {@link AUTHORIZATION_EXTENSION_FIELDS} that are lists: one
 * sub-extension per item.
 *
 * @internal
 * @example
 * ```ts
 * AUTHORIZATION_EXTENSION_LISTS.includes('signer.proof'); // true
 * ```
 */
export const AUTHORIZATION_EXTENSION_LISTS: readonly string[] = ['purpose.descriptions', 'signer.proof', 'combinedWith', 'conditioned.on'];
