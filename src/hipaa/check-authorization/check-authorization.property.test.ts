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

const errorIds = (r: ReturnType<typeof checkAuthorization>): string[] => {
  if (!r.success) throw new Error(`unexpected issues ${JSON.stringify(r.issues)}`);
  return r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
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

describe('checkAuthorization properties', () => {
  it('an authorization with every element present and consistent has no error finding', () => {
    fc.assert(
      fc.property(completeCase, ({ input, options }) => {
        const r = checkAuthorization(input, options);
        expect(errorIds(r)).toEqual([]);
        expect(r.success && r.complete).toBe(true);
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
          if (f.ruleId.startsWith('hipaa.')) expect(f.severity).toBe(rule?.severity);
        }
        expect(r.complete).toBe(r.findings.every((f) => f.severity !== 'error'));
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
    const keys = ['information', 'disclosedBy', 'disclosedTo', 'purpose', 'research', 'expiration', 'signature', 'statements', 'patient', 'signer'];
    fc.assert(
      fc.property(anythingFor(keys), anythingFor(['locale', 'asOf']), (input, options) => {
        const r = checkAuthorization(input, options as EntryOptions);
        expect(typeof r.success).toBe('boolean');
        if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});
