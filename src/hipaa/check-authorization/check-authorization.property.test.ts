import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../core/locale';
import { es } from '../../locales/es';
import { checkAuthorization } from './check-authorization';
import { addDays, civilFromDays, daysFromCivil } from '../../core/calendar-date';
import type { CalendarDate } from '../../core/types';
import type { EntryOptions } from '../../core/parse-options';
import { getRule } from '../../catalog/catalog';
import { anythingFor } from '../../../test/support/hostile';
import { HIPAA_VALIDITY_RULES } from '../validity/validity';
import { HIPAA_COMPOUND_RULES } from '../compound/compound';

type Input = Record<string, unknown> & { signature?: Record<string, unknown>; statements?: Record<string, unknown> };

const dayNumber = fc.integer({ min: daysFromCivil(1950, 1, 1), max: daysFromCivil(2150, 12, 31) });
const date = dayNumber.map(civilFromDays);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
/** A made-up "First Last" name: two capitalised words, never found in a message by chance. */
const name = fc
  .tuple(fc.stringMatching(/^[A-Z][a-z]{4,10}$/), fc.stringMatching(/^[A-Z][a-z]{4,10}$/))
  .map(([a, b]) => `${a}q ${b}x`);

/** A signer situation that the signer rules accept as complete, or none. */
const signerPart = (asOf: CalendarDate | undefined) =>
  fc.oneof(
    fc.constant(null),
    fc.constant({ patient: { situation: 'adult' }, signer: { role: 'patient' }, representative: false }),
    fc.constant({ patient: { situation: 'adult' }, signer: { role: 'legal-representative' }, representative: true }),
    fc.constantFrom('next-of-kin', 'legal-guardian').map((role) => ({
      patient: { situation: 'unable-to-sign' },
      signer: { role, proof: ['guardianship-indicates-disability'] },
      representative: true,
    })),
    fc.constantFrom('personal-representative', 'next-of-kin').map((role) => ({ patient: { situation: 'deceased' }, signer: { role }, representative: true })),
    fc.tuple(fc.integer({ min: 1, max: 17 * 365 }), date, fc.constantFrom('custodial-parent', 'legal-guardian')).map(([age, any, role]) => ({
      patient: { situation: 'minor', dateOfBirth: asOf === undefined ? any : addDays(asOf, -age) },
      signer: { role, proof: ['guardianship'] },
      representative: true,
    })),
  );

/** A complete, consistent authorization, the asOf it is checked on, and whether a representative signs. */
const completeCase = fc
  .record({
    signedOn: dayNumber,
    expiresAfter: fc.integer({ min: 0, max: 3000 }),
    asOfAfter: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
  })
  .chain(({ signedOn, expiresAfter, asOfAfter }) => {
    const signed = civilFromDays(signedOn);
    const asOf = asOfAfter === undefined ? undefined : civilFromDays(signedOn + asOfAfter);
    return fc
      .record({
        information: text,
        disclosedBy: text,
        disclosedTo: text,
        purpose: fc.oneof(
          fc.record({ kind: fc.constant('described'), descriptions: fc.tuple(fc.array(fc.constantFrom('', ' '), { maxLength: 3 }), text, fc.array(text, { maxLength: 5 })).map(([b, t, r]) => [...b, t, ...r]) }),
          fc.constant({ kind: 'at-request-of-individual', initiatedByIndividual: true }),
        ),
        expiration: fc.oneof(
          fc.constant({ kind: 'date', date: civilFromDays(signedOn + expiresAfter) }),
          text.map((event) => ({ kind: 'event', event })),
        ),
        noneForResearch: fc.boolean(),
        statements: fc.record({
          revocation: fc.constantFrom('how-to-revoke', 'notice-of-privacy-practices'),
          conditioning: fc.constantFrom('may-not-condition', 'consequences-of-refusal'),
          redisclosure: fc.constant(true),
        }),
        authority: text,
        signer: signerPart(asOf),
        statesSignedBy: fc.boolean(),
        representativeWithoutSigner: fc.boolean(),
      })
      .map((r) => {
        const representative = r.signer === null ? r.representativeWithoutSigner : r.signer.representative;
        const signature: Record<string, unknown> = { signedOn: signed };
        if (r.signer === null || r.statesSignedBy) signature.signedBy = representative ? 'personal-representative' : 'individual';
        if (representative) signature.representativeAuthority = r.authority;
        const input: Input = {
          information: r.information,
          disclosedBy: r.disclosedBy,
          disclosedTo: r.disclosedTo,
          purpose: r.purpose,
          expiration: r.noneForResearch ? { kind: 'none' } : r.expiration,
          signature,
          statements: r.statements,
        };
        if (r.noneForResearch) input.research = true;
        if (r.signer !== null) {
          input.patient = r.signer.patient;
          input.signer = r.signer.signer;
        }
        const options: EntryOptions = asOf === undefined ? {} : { asOf };
        return { input, options, representative };
      });
  });

/** The rules of 164.508(b) whose errors make an authorization not valid though complete. */
const VALIDITY_ONLY: ReadonlySet<string> = new Set([...HIPAA_VALIDITY_RULES, ...HIPAA_COMPOUND_RULES].map((r) => r.id));

/** The errors of elements (completeness), leaving out the validity-only rules. */
const errorIds = (r: ReturnType<typeof checkAuthorization>): string[] => {
  if (!r.success) throw new Error(`unexpected issues ${JSON.stringify(r.issues)}`);
  return r.findings.filter((f) => f.severity === 'error' && !VALIDITY_ONLY.has(f.ruleId)).map((f) => f.ruleId);
};

/** The validity-only errors a complete case must give: its expiration date read against asOf. */
const expectedValidity = (input: Input, options: EntryOptions): string[] => {
  const expiration = input.expiration as { kind: string; date?: string };
  if (expiration.kind !== 'date') return [];
  if (options.asOf === undefined) return ['hipaa.508b2i-expiry-undecided'];
  return (expiration.date as string) < (options.asOf as string) ? ['hipaa.508b2i-expired'] : [];
};

/** Each element of 164.508(c), how to remove it, and the one finding its removal must give. */
const ELEMENTS: readonly { readonly path: readonly string[]; readonly ruleId: string; readonly text?: boolean }[] = [
  { path: ['information'], ruleId: 'hipaa.508c1i-description', text: true },
  { path: ['disclosedBy'], ruleId: 'hipaa.508c1ii-discloser', text: true },
  { path: ['disclosedTo'], ruleId: 'hipaa.508c1iii-recipient', text: true },
  { path: ['purpose'], ruleId: 'hipaa.508c1iv-purpose' },
  { path: ['expiration'], ruleId: 'hipaa.508c1v-expiration' },
  { path: ['signature'], ruleId: 'hipaa.508c1vi-signature' },
  { path: ['signature', 'signedOn'], ruleId: 'hipaa.508c1vi-signature' },
  { path: ['signature', 'representativeAuthority'], ruleId: 'hipaa.508c1vi-representative-authority', text: true },
  { path: ['statements', 'revocation'], ruleId: 'hipaa.508c2i-revocation' },
  { path: ['statements', 'conditioning'], ruleId: 'hipaa.508c2ii-conditioning' },
  { path: ['statements', 'redisclosure'], ruleId: 'hipaa.508c2iii-redisclosure' },
];

function without(input: Input, path: readonly string[], blank: string | null): Input {
  const copy: Input = structuredClone(input);
  const [head, leaf] = path as [string, string | undefined];
  const parent = (leaf === undefined ? copy : copy[head]) as Record<string, unknown>;
  const key = leaf ?? head;
  if (blank === null) delete parent[key];
  else parent[key] = blank;
  return copy;
}

/** The facts of 164.508(a) and (b) a covered entity may know, each optional. */
const facts = fc.record(
  {
    revocation: fc.record({ revokedAfter: fc.integer({ min: 0, max: 4000 }), inWriting: fc.boolean() }),
    occurred: fc.boolean(),
    combinedWith: fc.array(fc.constantFrom('research-permission', 'authorization', 'psychotherapy-notes-authorization', 'other-document'), { maxLength: 4 }),
    conditioned: fc.record(
      {
        on: fc.subarray(['treatment', 'payment', 'enrollment', 'eligibility']),
        exception: fc.constantFrom('research-related-treatment', 'health-plan-enrollment', 'third-party-health-care'),
      },
      { requiredKeys: ['on'] },
    ),
    knownFalse: fc.boolean(),
    psychotherapyNotes: fc.boolean(),
    marketing: fc.record({ remuneration: fc.boolean(), statesRemuneration: fc.boolean() }, { requiredKeys: ['remuneration'] }),
    sale: fc.record({ statesRemuneration: fc.boolean() }),
    soughtBy: fc.constantFrom('individual', 'covered-entity'),
    copyGiven: fc.boolean(),
    request: fc.record({ recipient: text, information: text }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** A complete case with some facts added (kept consistent with the schema's cross-field rules). */
const withFacts = fc.tuple(completeCase, facts).map(([c, f]) => {
  const input: Input = structuredClone(c.input);
  const signedOn = input.signature?.signedOn as CalendarDate;
  const { revocation, occurred, ...rest } = f;
  Object.assign(input, rest);
  if (revocation !== undefined) input.revocation = { revokedOn: addDays(signedOn, revocation.revokedAfter), inWriting: revocation.inWriting };
  const expiration = input.expiration as { kind: string };
  if (occurred !== undefined && expiration.kind === 'event') input.expiration = { ...expiration, occurred };
  const purpose = input.purpose as { kind: string };
  if (purpose.kind === 'at-request-of-individual' && input.soughtBy === 'covered-entity') input.soughtBy = 'individual';
  return { ...c, input };
});

describe('checkAuthorization properties', () => {
  it('validity implies completeness; valid is "no error", complete is "no error but of (b)"; severities are the catalog\'s', () => {
    fc.assert(
      fc.property(withFacts, ({ input, options }) => {
        const r = checkAuthorization(input, options);
        if (!r.success) throw new Error(`unexpected issues ${JSON.stringify(r.issues)}`);
        if (r.valid) expect(r.complete).toBe(true);
        expect(r.valid).toBe(r.findings.every((f) => f.severity !== 'error'));
        expect(r.complete).toBe(r.findings.every((f) => f.severity !== 'error' || VALIDITY_ONLY.has(f.ruleId)));
        expect(new Set(r.findings.map((f) => f.ruleId)).size).toBe(r.findings.length);
        for (const f of r.findings) expect(f.severity).toBe(getRule(f.ruleId)?.severity);
      }),
    );
  });

  it('each fact that makes an authorization not valid does so alone, leaving it complete', () => {
    const defeating: readonly [string, (input: Input, asOf: CalendarDate) => Input][] = [
      ['hipaa.508b2i-expired', (i, asOf) => ({ ...i, expiration: { kind: 'date', date: addDays(asOf, -1) } })],
      ['hipaa.508b2i-expired', (i) => ({ ...i, expiration: { kind: 'event', event: 'End of study', occurred: true } })],
      ['hipaa.508b2iii-revoked', (i, asOf) => ({ ...i, revocation: { revokedOn: asOf, inWriting: true } })],
      ['hipaa.508b5-revocation-in-writing', (i, asOf) => ({ ...i, revocation: { revokedOn: asOf, inWriting: false } })],
      ['hipaa.508b2v-known-false', (i) => ({ ...i, knownFalse: true })],
      ['hipaa.508b3-compound', (i) => ({ ...i, combinedWith: ['other-document'] })],
      ['hipaa.508b4-conditioned', (i) => ({ ...i, conditioned: { on: ['treatment'] }, statements: { ...i.statements, conditioning: 'consequences-of-refusal' } })],
    ];
    fc.assert(
      fc.property(completeCase, fc.constantFrom(...defeating), fc.integer({ min: 1, max: 400 }), ({ input, representative }, [ruleId, defeat], after) => {
        const asOf = addDays(input.signature?.signedOn as CalendarDate, after);
        // The signer rules read ages on asOf; they are not what this property is about.
        const { patient: _p, signer: _s, ...rest } = input;
        const signature = { ...input.signature, signedBy: representative ? 'personal-representative' : 'individual' };
        const base: Input = { ...rest, signature, expiration: { kind: 'event', event: 'End of study' } };
        const ok = checkAuthorization(base, { asOf });
        expect(ok.success && [ok.valid, ok.complete]).toEqual([true, true]);
        const r = checkAuthorization(defeat(base, asOf), { asOf });
        expect(r.success && [r.valid, r.complete]).toEqual([false, true]);
        expect(r.success && r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([ruleId]);
      }),
    );
  });

  it('an authorization with every element present and consistent is complete, and valid unless its date has passed or cannot be decided', () => {
    fc.assert(
      fc.property(completeCase, ({ input, options }) => {
        const r = checkAuthorization(input, options);
        expect(errorIds(r)).toEqual([]);
        expect(r.success && r.complete).toBe(true);
        const validity = expectedValidity(input, options);
        expect(r.success && r.findings.filter((f) => VALIDITY_ONLY.has(f.ruleId)).map((f) => f.ruleId)).toEqual(validity);
        expect(r.success && r.valid).toBe(validity.length === 0);
        expect(r.success && r.signed).toBe(true);
      }),
    );
  });

  it('removing (or blanking) any one element gives exactly the finding for that element', () => {
    fc.assert(
      fc.property(completeCase, fc.constantFrom(...ELEMENTS), fc.constantFrom('', '   '), ({ input, options, representative }, element, blank) => {
        const expected = element.ruleId === 'hipaa.508c1vi-representative-authority' && !representative ? [] : [element.ruleId];
        const removed = checkAuthorization(without(input, element.path, null), options);
        expect(errorIds(removed)).toEqual(expected);
        expect(removed.success && removed.complete).toBe(expected.length === 0);
        if (element.text === true) expect(errorIds(checkAuthorization(without(input, element.path, blank), options))).toEqual(expected);
      }),
    );
  });

  it('every finding cites a catalog rule with its catalog severity, and no rule is reported twice', () => {
    fc.assert(
      fc.property(completeCase, fc.subarray([...ELEMENTS]), ({ input, options }, removed) => {
        const r = checkAuthorization(
          removed.reduce((acc, e) => (e.path[0] === 'signature' && acc.signature === undefined ? acc : without(acc, e.path, null)), input),
          options,
        );
        if (!r.success) return;
        const keys = r.findings.map((f) => `${f.ruleId}@${(f.path ?? []).join('.')}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(r.findings.map((f) => f.ruleId)).size).toBe(r.findings.length);
        for (const f of r.findings) {
          const rule = getRule(f.ruleId);
          expect(rule).toBeDefined();
          expect(f.severity).toBe(rule?.severity);
        }
        expect(r.valid).toBe(r.findings.every((f) => f.severity !== 'error'));
        expect(r.complete).toBe(r.findings.every((f) => f.severity !== 'error' || VALIDITY_ONLY.has(f.ruleId)));
      }),
    );
  });

  it('no output echoes names, dates of birth or any date given', () => {
    fc.assert(
      fc.property(completeCase, name, date, fc.boolean(), fc.constantFrom(ENGLISH, es), ({ input, options }, who, dob, breakIt, locale) => {
        const withPhi: Input = {
          ...input,
          information: `Records of ${who}, born ${dob}`,
          disclosedTo: who,
          disclosedBy: breakIt ? 42 : `${who} clinic`,
          purpose: { kind: 'described', descriptions: [who, dob] },
          patient: { situation: 'minor', dateOfBirth: dob },
          signer: { role: 'patient' },
          signature: { signedOn: (input.signature?.signedOn as string) ?? dob, representativeAuthority: who },
          request: { recipient: `${who} at home`, information: `Everything about ${who}` },
          expiration: { kind: 'event', event: `Death of ${who}`, occurred: breakIt },
        };
        const out = JSON.stringify(checkAuthorization(withPhi, { ...options, locale }));
        expect(out).not.toContain(who);
        expect(out).not.toContain(who.split(' ')[0] as string);
        expect(out).not.toContain(dob);
        for (const given of [input.signature?.signedOn, (input.expiration as { date?: string }).date, options.asOf]) {
          if (typeof given === 'string') expect(out).not.toContain(given);
        }
      }),
    );
  });

  it('never throws on any value, as input or as options', () => {
    const keys = [
      'information',
      'disclosedBy',
      'disclosedTo',
      'purpose',
      'research',
      'expiration',
      'signature',
      'statements',
      'patient',
      'signer',
      'revocation',
      'combinedWith',
      'conditioned',
      'knownFalse',
      'psychotherapyNotes',
      'marketing',
      'sale',
      'soughtBy',
      'copyGiven',
      'request',
    ];
    fc.assert(
      fc.property(anythingFor(keys), anythingFor(['locale', 'asOf']), (input, options) => {
        const r = checkAuthorization(input, options as EntryOptions);
        expect(typeof r.success).toBe('boolean');
        if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});
