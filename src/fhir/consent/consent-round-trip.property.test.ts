/**
 * authorization → Consent → authorization, as properties: every Consent
 * written is valid FHIR R4 and read back with nothing left out; the
 * authorization read back is the one written (blank texts, which FHIR
 * cannot hold, read as missing); and checkAuthorization gives the same
 * findings for both, on any as-of date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil } from '../../core/calendar-date';
import { authorizationSchema, checkAuthorization, type Authorization } from '../../hipaa';
import { PATIENT_SITUATIONS, PROOF_KINDS, SIGNER_ROLES } from '../../lake-norman';
import { authorizationFromFhirConsent } from '../authorization-from-fhir-consent/authorization-from-fhir-consent';
import { authorizationToFhirConsent } from '../authorization-to-fhir-consent/authorization-to-fhir-consent';
import { fhirErrors } from '../test-support/fhir-validator';

const date = fc.integer({ min: daysFromCivil(1950, 1, 1), max: daysFromCivil(2100, 12, 31) }).map(civilFromDays);
const text = fc.oneof(fc.constantFrom('', '  ', 'Example Clinic'), fc.string({ maxLength: 40 }));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const drop = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const situation: fc.Arbitrary<Record<string, string>> = fc
  .constantFrom(...PATIENT_SITUATIONS)
  .chain((s): fc.Arbitrary<Record<string, string>> => (s === 'minor' ? date.map((dateOfBirth) => ({ situation: s, dateOfBirth })) : fc.constant({ situation: s })));
const signer = fc.record({ role: fc.constantFrom(...SIGNER_ROLES), proof: maybe(fc.subarray([...PROOF_KINDS])) }).map(drop);

/** Any authorization the schema accepts: complete or not, blanks included, with or without the signer pair. */
const authorization = fc
  .record({
    information: maybe(text),
    disclosedBy: maybe(text),
    disclosedTo: maybe(text),
    purpose: maybe(
      fc.oneof(
        fc.record({ kind: fc.constant('described'), descriptions: fc.array(text, { maxLength: 4 }) }),
        fc.record({ kind: fc.constant('at-request-of-individual'), initiatedByIndividual: fc.boolean() }),
      ),
    ),
    research: maybe(fc.boolean()),
    expiration: maybe(
      fc.oneof(
        date.map((d) => ({ kind: 'date', date: d })),
        maybe(text).map((event) => drop({ kind: 'event', event })),
        fc.constant({ kind: 'none' }),
      ),
    ),
    signature: maybe(fc.record({ signedBy: maybe(fc.constantFrom('individual', 'personal-representative')), signedOn: maybe(date), representativeAuthority: maybe(text) }).map(drop)),
    statements: maybe(
      fc
        .record({
          revocation: maybe(fc.constantFrom('how-to-revoke', 'notice-of-privacy-practices', 'right-only')),
          conditioning: maybe(fc.constantFrom('may-not-condition', 'consequences-of-refusal')),
          redisclosure: maybe(fc.boolean()),
        })
        .map(drop),
    ),
    pair: maybe(fc.record({ patient: situation, signer })),
    // The facts of 164.508(a)–(b), each optional.
    occurred: maybe(fc.boolean()),
    signed: maybe(fc.boolean()),
    revocation: maybe(fc.record({ revokedAfter: fc.nat({ max: 4000 }), inWriting: fc.boolean() })),
    combinedWith: maybe(fc.array(fc.constantFrom('research-permission', 'authorization', 'psychotherapy-notes-authorization', 'other-document'), { minLength: 1, maxLength: 3 })),
    conditioned: maybe(
      fc
        .record({
          on: fc.subarray(['treatment', 'payment', 'enrollment', 'eligibility'], { minLength: 1 }),
          exception: maybe(fc.constantFrom('research-related-treatment', 'health-plan-enrollment', 'third-party-health-care')),
        })
        .map(drop),
    ),
    knownFalse: maybe(fc.boolean()),
    psychotherapyNotes: maybe(fc.boolean()),
    marketing: maybe(fc.record({ remuneration: fc.boolean(), statesRemuneration: maybe(fc.boolean()) }).map(drop)),
    sale: maybe(fc.record({ statesRemuneration: fc.boolean() })),
    soughtBy: maybe(fc.constantFrom('individual', 'covered-entity')),
    copyGiven: maybe(fc.boolean()),
    request: maybe(fc.record({ recipient: maybe(text), information: maybe(text) }).map(drop)),
  })
  .map(({ pair, occurred, signed, revocation, ...rest }) => {
    const a: Record<string, unknown> = drop({ ...rest, ...pair });
    const expiration = a.expiration as Record<string, unknown> | undefined;
    if (occurred !== undefined && expiration?.kind === 'event') expiration.occurred = occurred;
    if (signed !== undefined && a.signature !== undefined) (a.signature as Record<string, unknown>).signed = signed;
    // the schema's rules: a revocation not before the signature; "at the request of the individual" not sought by the covered entity
    const signedOn = (a.signature as { signedOn?: string } | undefined)?.signedOn;
    if (revocation !== undefined)
      a.revocation = { revokedOn: civilFromDays(daysFromCivil(1950, 1, 1) + revocation.revokedAfter + (signedOn === undefined ? 0 : daysFromCivil(...(signedOn.split('-').map(Number) as [number, number, number])) - daysFromCivil(1950, 1, 1))), inWriting: revocation.inWriting };
    const purpose = a.purpose as { kind: string; initiatedByIndividual?: boolean } | undefined;
    if (a.soughtBy === 'covered-entity' && purpose?.kind === 'at-request-of-individual' && purpose.initiatedByIndividual === true) a.soughtBy = 'individual';
    const signature = a.signature as Record<string, unknown> | undefined;
    // the schema's rules: without a signer, say who signed; with one, agree with it
    if (signature !== undefined && pair === undefined) signature.signedBy ??= 'individual';
    if (signature?.signedBy !== undefined && pair !== undefined) signature.signedBy = pair.signer.role === 'patient' ? 'individual' : 'personal-representative';
    return a;
  });

const PATIENT = { reference: 'Patient/123' };
const roundTrip = (input: unknown) => {
  const written = authorizationToFhirConsent(input, { patient: PATIENT });
  if (!written.success) throw new Error(`not written: ${JSON.stringify(written.issues)}`);
  const read = authorizationFromFhirConsent(written.consent);
  if (!read.success) throw new Error(`not read: ${JSON.stringify(read.issues)}`);
  return { consent: written.consent, read };
};

/** The authorization as FHIR can hold it: blank texts are missing, empty groups absent; who signed as the performer says. */
function asCarried(a: Authorization): Authorization {
  const blank = (s: string | undefined) => (s === undefined || s === '' ? undefined : s);
  const statements = a.statements && drop(a.statements);
  const request = a.request && drop({ recipient: blank(a.request.recipient), information: blank(a.request.information) });
  const signature = a.signature && drop({ ...a.signature, representativeAuthority: blank(a.signature.representativeAuthority) });
  if (signature && signature.signedBy === undefined) signature.signedBy = a.signer?.role === 'patient' ? 'individual' : 'personal-representative';
  return drop({
    ...a,
    information: blank(a.information),
    disclosedBy: blank(a.disclosedBy),
    disclosedTo: blank(a.disclosedTo),
    purpose: a.purpose?.kind === 'described' ? { ...a.purpose, descriptions: a.purpose.descriptions.filter((d) => d !== '') } : a.purpose,
    expiration: a.expiration?.kind === 'event' ? drop({ kind: 'event', event: blank(a.expiration.event), occurred: a.expiration.occurred }) : a.expiration,
    signature,
    statements: statements && Object.keys(statements).length > 0 ? statements : undefined,
    request: request && Object.keys(request).length > 0 ? request : undefined,
  } as Authorization);
}

describe('authorization → Consent → authorization', () => {
  it('writes valid FHIR R4 and reads it back with nothing left out', () => {
    fc.assert(
      fc.property(authorization, (input) => {
        const { consent, read } = roundTrip(input);
        expect(fhirErrors(consent)).toEqual([]);
        expect(read.notCarried).toEqual([]);
      }),
    );
  }, 60_000);

  it('reads back the authorization written, blank texts as missing', () => {
    fc.assert(
      fc.property(authorization, (input) => {
        expect(roundTrip(input).read.authorization).toEqual(asCarried(authorizationSchema.parse(input)));
      }),
    );
  });

  it('gives the same checkAuthorization findings as the original, on any as-of date', () => {
    fc.assert(
      fc.property(authorization, maybe(date), (input, asOf) => {
        const options = asOf === undefined ? {} : { asOf };
        expect(checkAuthorization(roundTrip(input).read.authorization, options)).toEqual(checkAuthorization(input, options));
      }),
    );
  });

  it('a Consent read twice is the same authorization (the mapping is stable)', () => {
    fc.assert(
      fc.property(authorization, (input) => {
        const once = roundTrip(input).read.authorization;
        expect(roundTrip(once).read.authorization).toEqual(once);
      }),
    );
  });
});
