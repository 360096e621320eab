import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../directory/sources';
import { authorizationSchema, type AuthorizationInput } from '../authorization/authorization-schema';
import type { Defect } from '../defect';
import { HIPAA_SPECIAL_MESSAGES_EN } from './messages.en';
import { HIPAA_SPECIAL_MESSAGES_ES } from './messages.es';
import { HIPAA_SPECIAL_SEVERITY } from './severity';
import { HIPAA_SPECIAL_RULES, specialDefects, type HipaaSpecialRuleId } from './special';

const defects = (input: AuthorizationInput) => {
  const out: Defect<HipaaSpecialRuleId>[] = [];
  specialDefects(authorizationSchema.parse(input), out);
  return out.map((d) => [d.ruleId, d.path.join('.')]);
};

describe('HIPAA_SPECIAL_RULES', () => {
  it('cite (a)(2), (a)(3)(ii) and (a)(4)(ii); the statements are required elements (errors)', () => {
    expect(HIPAA_SPECIAL_RULES.map((r) => [r.id, r.source.section, r.severity])).toEqual([
      ['hipaa.508a2-psychotherapy-notes', '(a)(2)', 'info'],
      ['hipaa.508a3-marketing-remuneration', '(a)(3)(ii)', 'error'],
      ['hipaa.508a4-sale-remuneration', '(a)(4)(ii)', 'error'],
    ]);
    for (const r of HIPAA_SPECIAL_RULES) expect(r.source.url).toBe(SOURCES.cfr164_508.url);
    expect(HIPAA_SPECIAL_SEVERITY).toEqual(Object.fromEntries(HIPAA_SPECIAL_RULES.map((r) => [r.id, r.severity])));
    const ids = HIPAA_SPECIAL_RULES.map((r) => r.id).sort();
    expect(Object.keys(HIPAA_SPECIAL_MESSAGES_EN).sort()).toEqual(ids);
    expect(Object.keys(HIPAA_SPECIAL_MESSAGES_ES).sort()).toEqual(ids);
  });
});

describe('specialDefects', () => {
  it('(a)(2): psychotherapy notes are named (info), nothing else', () => {
    expect(defects({ psychotherapyNotes: true })).toEqual([['hipaa.508a2-psychotherapy-notes', 'psychotherapyNotes']]);
    expect(defects({ psychotherapyNotes: false })).toEqual([]);
  });

  it('(a)(3)(ii): marketing with remuneration from a third party must say so; without remuneration nothing is owed', () => {
    expect(defects({ marketing: { remuneration: true } })).toEqual([['hipaa.508a3-marketing-remuneration', 'marketing.statesRemuneration']]);
    expect(defects({ marketing: { remuneration: true, statesRemuneration: false } })).toEqual([
      ['hipaa.508a3-marketing-remuneration', 'marketing.statesRemuneration'],
    ]);
    expect(defects({ marketing: { remuneration: true, statesRemuneration: true } })).toEqual([]);
    expect(defects({ marketing: { remuneration: false } })).toEqual([]);
  });

  it('(a)(4)(ii): a sale must state the remuneration', () => {
    expect(defects({ sale: { statesRemuneration: false } })).toEqual([['hipaa.508a4-sale-remuneration', 'sale.statesRemuneration']]);
    expect(defects({ sale: { statesRemuneration: false } })).toEqual([['hipaa.508a4-sale-remuneration', 'sale.statesRemuneration']]);
    expect(defects({ sale: { statesRemuneration: true } })).toEqual([]);
    expect(defects({})).toEqual([]);
  });
});
