import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../directory/sources';
import { HIPAA_AUTHORIZATION_MESSAGES_EN } from './messages.en';
import { HIPAA_AUTHORIZATION_MESSAGES_ES } from './messages.es';
import { authorizationDefects, defectsOf, HIPAA_AUTHORIZATION_RULES } from './authorization';
import { authorizationSchema, type Authorization, type AuthorizationInput } from './authorization-schema';

/** A complete, consistent authorization (no signer composition). */
const complete = (): AuthorizationInput => ({
  information: 'Discharge summary of the 2025 admission',
  disclosedBy: 'Duke Health Lake Norman Hospital',
  disclosedTo: 'Example Clinic',
  purpose: { kind: 'described', descriptions: ['Continuing care'] },
  expiration: { kind: 'date', date: '2027-01-31' },
  signature: { signedBy: 'individual', signedOn: '2026-01-31' },
  statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
});

const parse = (input: AuthorizationInput): Authorization => authorizationSchema.parse(input);
const defects = (input: AuthorizationInput, asOf: `${number}-${number}-${number}` | null = null) =>
  defectsOf(parse(input), asOf).map((d) => [d.ruleId, d.path.join('.')]);

describe('HIPAA_AUTHORIZATION_RULES', () => {
  it('cites 45 CFR 164.508 paragraph by paragraph, in both editions', () => {
    const sections = Object.fromEntries(HIPAA_AUTHORIZATION_RULES.map((r) => [r.id, r.source.section]));
    expect(sections).toEqual({
      'hipaa.508c1i-description': '(c)(1)(i)',
      'hipaa.508c1ii-discloser': '(c)(1)(ii)',
      'hipaa.508c1iii-recipient': '(c)(1)(iii)',
      'hipaa.508c1iv-purpose': '(c)(1)(iv)',
      'hipaa.508c1iv-at-request': '(c)(1)(iv)',
      'hipaa.508c1v-expiration': '(c)(1)(v)',
      'hipaa.508c1v-none-outside-research': '(c)(1)(v)',
      'hipaa.508c1v-expires-before-signed': '(c)(1)(v)',
      'hipaa.508c1vi-signature': '(c)(1)(vi)',
      'hipaa.508c1vi-representative-authority': '(c)(1)(vi)',
      'hipaa.508c1vi-signed-after-as-of': '(c)(1)(vi)',
      'hipaa.508c2i-revocation': '(c)(2)(i)',
      'hipaa.508c2ii-conditioning': '(c)(2)(ii)',
      'hipaa.508c2iii-redisclosure': '(c)(2)(iii)',
      'hipaa.508c3-plain-language': '(c)(3)',
      'hipaa.508c4-copy': '(c)(4)',
      'hipaa.508c4-copy-required': '(c)(4)',
    });
    for (const rule of HIPAA_AUTHORIZATION_RULES) {
      expect(rule.source.url).toBe(SOURCES.cfr164_508.url);
      expect(rule.area).toBe('hipaa-authorization');
      expect(rule.editions).toEqual(['seed', '2025-10-18']);
    }
  });

  it('has messages without placeholders (checkAuthorization uses them as written)', () => {
    for (const rule of HIPAA_AUTHORIZATION_RULES) {
      expect(HIPAA_AUTHORIZATION_MESSAGES_EN[rule.id]).not.toMatch(/\{\w+\}/);
      expect(HIPAA_AUTHORIZATION_MESSAGES_ES[rule.id]).not.toMatch(/\{\w+\}/);
    }
  });

  it('makes the elements errors, the two reminders info and the copy owed a warning', () => {
    const info = HIPAA_AUTHORIZATION_RULES.filter((r) => r.severity === 'info').map((r) => r.id);
    expect(info).toEqual(['hipaa.508c3-plain-language', 'hipaa.508c4-copy']);
    expect(HIPAA_AUTHORIZATION_RULES.filter((r) => r.severity === 'warning').map((r) => r.id)).toEqual(['hipaa.508c4-copy-required']);
    expect(HIPAA_AUTHORIZATION_RULES.filter((r) => r.severity === 'error')).toHaveLength(14);
  });
});

describe('authorizationDefects', () => {
  it('parses the authorization, the date and the situation, then reports as on parsed data', () => {
    expect(authorizationDefects(complete(), '2026-02-01')).toEqual(defectsOf(parse(complete()), '2026-02-01', null));
    expect(authorizationDefects(complete(), '2026-01-30', 'minor')).toEqual(defectsOf(parse(complete()), '2026-01-30', 'minor'));
  });

  it('returns input issues, never a throw, for a value it cannot read', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
    const proto = JSON.parse('{"__proto__":{"polluted":1}}');
    const hostile = [undefined, Number.NaN, '', [], 'x'.repeat(100_000), proto, trap];
    // an object whose only key is "__proto__" is an authorization with every element missing
    expect(authorizationDefects(proto, null)).toEqual(authorizationDefects({}, null));
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    for (const bad of hostile) {
      if (bad !== proto) expect(authorizationDefects(bad, null), 'authorization').toMatchObject({ success: false });
      expect(authorizationDefects(complete(), bad), 'asOf').toMatchObject({ success: false });
      expect(authorizationDefects(complete(), null, bad === undefined ? 'teen' : bad), 'situation').toMatchObject({ success: false });
    }
    expect(authorizationDefects(complete(), '2026-02-30')).toMatchObject({ success: false, issues: [{ path: ['asOf'] }] });
  });

  it('reports an element of an unknown kind (data that bypassed the schema) as missing', () => {
    const bypass = { ...parse(complete()), purpose: { kind: 'other' }, expiration: { kind: 'forever' } } as unknown as Authorization;
    expect(defectsOf(bypass, null).map((d) => [d.ruleId, d.path.join('.')])).toEqual([
      ['hipaa.508c1iv-purpose', 'purpose'],
      ['hipaa.508c1v-expiration', 'expiration'],
    ]);
  });

  it('finds nothing in a complete, consistent authorization', () => {
    expect(defects(complete(), '2026-01-31')).toEqual([]);
  });

  it('reports every missing element, once, in the order of the regulation', () => {
    expect(defects({})).toEqual([
      ['hipaa.508c1i-description', 'information'],
      ['hipaa.508c1ii-discloser', 'disclosedBy'],
      ['hipaa.508c1iii-recipient', 'disclosedTo'],
      ['hipaa.508c1iv-purpose', 'purpose'],
      ['hipaa.508c1v-expiration', 'expiration'],
      ['hipaa.508c1vi-signature', 'signature'],
      ['hipaa.508c2i-revocation', 'statements.revocation'],
      ['hipaa.508c2ii-conditioning', 'statements.conditioning'],
      ['hipaa.508c2iii-redisclosure', 'statements.redisclosure'],
    ]);
  });

  it('(c)(1)(i)–(iii): a blank text is a missing element', () => {
    expect(defects({ ...complete(), information: '   ' })).toEqual([['hipaa.508c1i-description', 'information']]);
    expect(defects({ ...complete(), disclosedBy: '' })).toEqual([['hipaa.508c1ii-discloser', 'disclosedBy']]);
    expect(defects({ ...complete(), disclosedTo: ' \t' })).toEqual([['hipaa.508c1iii-recipient', 'disclosedTo']]);
  });

  it('(c)(1)(iv): each purpose described, or "at the request of the individual" only when the individual initiated', () => {
    const withPurpose = (purpose: AuthorizationInput['purpose']) => defects({ ...complete(), purpose });
    expect(withPurpose({ kind: 'described', descriptions: [] })).toEqual([['hipaa.508c1iv-purpose', 'purpose.descriptions']]);
    expect(withPurpose({ kind: 'described', descriptions: ['', '  '] })).toEqual([['hipaa.508c1iv-purpose', 'purpose.descriptions']]);
    expect(withPurpose({ kind: 'described', descriptions: ['', 'Insurance claim'] })).toEqual([]);
    expect(withPurpose({ kind: 'at-request-of-individual', initiatedByIndividual: true })).toEqual([]);
    expect(withPurpose({ kind: 'at-request-of-individual', initiatedByIndividual: false })).toEqual([
      ['hipaa.508c1iv-at-request', 'purpose.initiatedByIndividual'],
    ]);
  });

  it('(c)(1)(v): a date not before the signature, an event, or "none" for research only', () => {
    const withExpiration = (expiration: AuthorizationInput['expiration'], research?: boolean) =>
      defects(research === undefined ? { ...complete(), expiration } : { ...complete(), expiration, research });
    expect(withExpiration({ kind: 'date', date: '2026-01-31' })).toEqual([]);
    expect(withExpiration({ kind: 'date', date: '2026-01-30' })).toEqual([['hipaa.508c1v-expires-before-signed', 'expiration.date']]);
    expect(withExpiration({ kind: 'date', date: '2025-12-31' })).toEqual([['hipaa.508c1v-expires-before-signed', 'expiration.date']]);
    expect(withExpiration({ kind: 'event', event: 'End of the research study' })).toEqual([]);
    expect(withExpiration({ kind: 'event', event: '  ' })).toEqual([['hipaa.508c1v-expiration', 'expiration.event']]);
    expect(withExpiration({ kind: 'event' })).toEqual([['hipaa.508c1v-expiration', 'expiration.event']]);
    expect(withExpiration({ kind: 'none' }, true)).toEqual([]);
    expect(withExpiration({ kind: 'none' }, false)).toEqual([['hipaa.508c1v-none-outside-research', 'expiration.kind']]);
    expect(withExpiration({ kind: 'none' })).toEqual([['hipaa.508c1v-none-outside-research', 'expiration.kind']]);
  });

  it('(c)(1)(v): without a signature date the expiration date is not compared', () => {
    const input: AuthorizationInput = { ...complete(), expiration: { kind: 'date', date: '1999-01-01' }, signature: { signedBy: 'individual' } };
    expect(defects(input)).toEqual([['hipaa.508c1vi-signature', 'signature.signedOn']]);
  });

  it('(c)(1)(vi): signature and date, not after asOf', () => {
    expect(defects({ ...complete(), signature: { signedBy: 'individual' } })).toEqual([['hipaa.508c1vi-signature', 'signature.signedOn']]);
    expect(defects(complete(), '2026-01-31')).toEqual([]);
    expect(defects(complete(), '2026-01-30')).toEqual([['hipaa.508c1vi-signed-after-as-of', 'signature.signedOn']]);
    expect(defects({ ...complete(), signature: { signedBy: 'individual', signedOn: '2199-12-31' }, expiration: { kind: 'event', event: 'x' } })).toEqual([]);
  });

  it('(c)(1)(vi): a form said not to be signed lacks its signature, date or no date', () => {
    expect(defects({ ...complete(), signature: { signedBy: 'individual', signed: false, signedOn: '2026-01-31' } })).toEqual([
      ['hipaa.508c1vi-signature', 'signature.signed'],
    ]);
    expect(defects({ ...complete(), signature: { signedBy: 'individual', signed: false } }, '2026-01-30')).toEqual([['hipaa.508c1vi-signature', 'signature.signed']]);
    expect(defects({ ...complete(), signature: { signedBy: 'individual', signed: true, signedOn: '2026-01-31' } })).toEqual([]);
  });

  it('(c)(4): a copy is owed only when the covered entity sought the authorization and it is not known to be given', () => {
    expect(defects({ ...complete(), soughtBy: 'covered-entity' })).toEqual([['hipaa.508c4-copy-required', 'copyGiven']]);
    expect(defects({ ...complete(), soughtBy: 'covered-entity', copyGiven: false })).toEqual([['hipaa.508c4-copy-required', 'copyGiven']]);
    expect(defects({ ...complete(), soughtBy: 'covered-entity', copyGiven: true })).toEqual([]);
    expect(defects({ ...complete(), soughtBy: 'individual' })).toEqual([]);
    expect(defects({ ...complete(), copyGiven: false })).toEqual([]);
  });

  it("(c)(1)(vi): a personal representative's signature needs a description of authority", () => {
    const sig = (signature: AuthorizationInput['signature']) => defects({ ...complete(), signature });
    expect(sig({ signedBy: 'personal-representative', signedOn: '2026-01-31' })).toEqual([
      ['hipaa.508c1vi-representative-authority', 'signature.representativeAuthority'],
    ]);
    expect(sig({ signedBy: 'personal-representative', signedOn: '2026-01-31', representativeAuthority: '  ' })).toEqual([
      ['hipaa.508c1vi-representative-authority', 'signature.representativeAuthority'],
    ]);
    expect(sig({ signedBy: 'personal-representative', signedOn: '2026-01-31', representativeAuthority: 'Court-appointed guardian' })).toEqual([]);
    expect(sig({ signedBy: 'individual', signedOn: '2026-01-31' })).toEqual([]);
    expect(sig({ signedBy: 'personal-representative' })).toEqual([
      ['hipaa.508c1vi-signature', 'signature.signedOn'],
      ['hipaa.508c1vi-representative-authority', 'signature.representativeAuthority'],
    ]);
  });

  it('(c)(1)(vi) with a signer: any role but the patient is a representative; a situation needing one flags a patient signature', () => {
    const run = (role: string, situation: 'adult' | 'minor' | 'unable-to-sign' | 'deceased' | null, authority?: string) => {
      const input = {
        ...complete(),
        signature: authority === undefined ? { signedOn: '2026-01-31' } : { signedOn: '2026-01-31', representativeAuthority: authority },
        patient: { situation: 'adult' },
        signer: { role },
      } as AuthorizationInput;
      return defectsOf(parse(input), null, situation).map((d) => d.ruleId);
    };
    const rep = ['hipaa.508c1vi-representative-authority'];
    expect(run('patient', 'adult')).toEqual([]);
    expect(run('patient', null)).toEqual([]);
    expect(run('patient', 'minor')).toEqual(rep);
    expect(run('patient', 'unable-to-sign')).toEqual(rep);
    expect(run('patient', 'deceased')).toEqual(rep);
    expect(run('patient', 'minor', 'Parent')).toEqual([]);
    for (const role of ['legal-representative', 'custodial-parent', 'legal-guardian', 'next-of-kin', 'personal-representative']) {
      expect(run(role, 'adult'), role).toEqual(rep);
      expect(run(role, null), role).toEqual(rep);
      expect(run(role, 'minor', 'Letters of guardianship'), role).toEqual([]);
    }
  });

  it('(c)(2): revocation with how or a pointer to the notice; conditioning either way; redisclosure stated', () => {
    const st = (statements: AuthorizationInput['statements']) => defects({ ...complete(), statements });
    expect(st({ revocation: 'notice-of-privacy-practices', conditioning: 'consequences-of-refusal', redisclosure: true })).toEqual([]);
    expect(st({ revocation: 'right-only', conditioning: 'may-not-condition', redisclosure: true })).toEqual([
      ['hipaa.508c2i-revocation', 'statements.revocation'],
    ]);
    expect(st({ revocation: 'how-to-revoke', redisclosure: true })).toEqual([['hipaa.508c2ii-conditioning', 'statements.conditioning']]);
    expect(st({ revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: false })).toEqual([
      ['hipaa.508c2iii-redisclosure', 'statements.redisclosure'],
    ]);
    expect(st({ revocation: 'how-to-revoke', conditioning: 'may-not-condition' })).toEqual([
      ['hipaa.508c2iii-redisclosure', 'statements.redisclosure'],
    ]);
    expect(st({})).toEqual([
      ['hipaa.508c2i-revocation', 'statements.revocation'],
      ['hipaa.508c2ii-conditioning', 'statements.conditioning'],
      ['hipaa.508c2iii-redisclosure', 'statements.redisclosure'],
    ]);
  });
});
