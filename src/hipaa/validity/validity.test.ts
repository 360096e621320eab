import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../directory/sources';
import { authorizationSchema, type AuthorizationInput } from '../authorization/authorization-schema';
import type { Defect } from '../defect';
import { HIPAA_VALIDITY_MESSAGES_EN } from './messages.en';
import { HIPAA_VALIDITY_MESSAGES_ES } from './messages.es';
import { HIPAA_VALIDITY_SEVERITY } from './severity';
import { HIPAA_VALIDITY_RULES, validityDefects, type HipaaValidityRuleId } from './validity';

const defects = (input: AuthorizationInput, asOf: `${number}-${number}-${number}` | null = '2026-06-01') => {
  const out: Defect<HipaaValidityRuleId>[] = [];
  validityDefects(authorizationSchema.parse(input), asOf, out);
  return out.map((d) => [d.ruleId, d.path.join('.')]);
};

const signed = { signedBy: 'individual', signedOn: '2026-01-31' } as const;

describe('HIPAA_VALIDITY_RULES', () => {
  it('cite 164.508(b)(2) and (b)(5), all errors (each makes the authorization not valid)', () => {
    expect(HIPAA_VALIDITY_RULES.map((r) => [r.id, r.source.section])).toEqual([
      ['hipaa.508b2i-expired', '(b)(2)(i)'],
      ['hipaa.508b2i-expiry-undecided', '(b)(2)(i)'],
      ['hipaa.508b2iii-revoked', '(b)(2)(iii)'],
      ['hipaa.508b5-revocation-in-writing', '(b)(5)'],
      ['hipaa.508b2v-known-false', '(b)(2)(v)'],
    ]);
    for (const r of HIPAA_VALIDITY_RULES) {
      expect(r.source.url).toBe(SOURCES.cfr164_508.url);
      expect(r.area).toBe('hipaa-validity');
      expect(r.severity).toBe('error');
    }
    expect(HIPAA_VALIDITY_SEVERITY).toEqual(Object.fromEntries(HIPAA_VALIDITY_RULES.map((r) => [r.id, r.severity])));
    const ids = HIPAA_VALIDITY_RULES.map((r) => r.id).sort();
    expect(Object.keys(HIPAA_VALIDITY_MESSAGES_EN).sort()).toEqual(ids);
    expect(Object.keys(HIPAA_VALIDITY_MESSAGES_ES).sort()).toEqual(ids);
  });
});

describe('validityDefects', () => {
  it('(b)(2)(i): an expiration date holds through its day, and needs a day to be decided', () => {
    const on = (date: string, asOf: `${number}-${number}-${number}` | null) => defects({ expiration: { kind: 'date', date }, signature: signed }, asOf);
    expect(on('2026-06-01', '2026-06-01')).toEqual([]);
    expect(on('2026-06-02', '2026-06-01')).toEqual([]);
    expect(on('2026-05-31', '2026-06-01')).toEqual([['hipaa.508b2i-expired', 'expiration.date']]);
    expect(on('2099-01-01', null)).toEqual([['hipaa.508b2i-expiry-undecided', 'expiration.date']]);
  });

  it('(b)(2)(i): an expiration event is expired only when known to have occurred; "none" never expires', () => {
    expect(defects({ expiration: { kind: 'event', event: 'End of treatment', occurred: true } }, null)).toEqual([
      ['hipaa.508b2i-expired', 'expiration.occurred'],
    ]);
    expect(defects({ expiration: { kind: 'event', event: 'End of treatment', occurred: false } }, null)).toEqual([]);
    expect(defects({ expiration: { kind: 'event', event: 'End of treatment' } })).toEqual([]);
    expect(defects({ expiration: { kind: 'none' }, research: true }, null)).toEqual([]);
    expect(defects({})).toEqual([]);
  });

  it('(b)(2)(iii), (b)(5): revoked on or before the day, in writing or (to be put in writing) not', () => {
    const revoked = (revokedOn: string, inWriting: boolean, asOf: `${number}-${number}-${number}` | null) =>
      defects({ revocation: { revokedOn, inWriting } }, asOf);
    expect(revoked('2026-06-01', true, '2026-06-01')).toEqual([['hipaa.508b2iii-revoked', 'revocation']]);
    expect(revoked('2026-05-01', true, null)).toEqual([['hipaa.508b2iii-revoked', 'revocation']]);
    expect(revoked('2026-05-01', false, '2026-06-01')).toEqual([['hipaa.508b5-revocation-in-writing', 'revocation.inWriting']]);
    // Revoked after the day checked: on that day it still held.
    expect(revoked('2026-06-02', true, '2026-06-01')).toEqual([]);
    expect(revoked('2026-06-02', false, '2026-06-01')).toEqual([]);
  });

  it('(b)(2)(v): material information known to be false', () => {
    expect(defects({ knownFalse: true })).toEqual([['hipaa.508b2v-known-false', 'knownFalse']]);
    expect(defects({ knownFalse: false })).toEqual([]);
  });

  it('reports every defect known, in the order of the regulation', () => {
    expect(
      defects({ expiration: { kind: 'date', date: '2026-02-01' }, signature: signed, revocation: { revokedOn: '2026-03-01', inWriting: true }, knownFalse: true }),
    ).toEqual([
      ['hipaa.508b2i-expired', 'expiration.date'],
      ['hipaa.508b2iii-revoked', 'revocation'],
      ['hipaa.508b2v-known-false', 'knownFalse'],
    ]);
  });
});
