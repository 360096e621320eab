import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../directory/sources';
import { authorizationSchema, type AuthorizationInput } from '../authorization/authorization-schema';
import type { Defect } from '../defect';
import { HIPAA_COMPOUND_MESSAGES_EN } from './messages.en';
import { HIPAA_COMPOUND_MESSAGES_ES } from './messages.es';
import { HIPAA_COMPOUND_SEVERITY } from './severity';
import { compoundDefects, HIPAA_COMPOUND_RULES, type HipaaCompoundRuleId } from './compound';

const ids = (input: AuthorizationInput): string[] => {
  const out: Defect<HipaaCompoundRuleId>[] = [];
  compoundDefects(authorizationSchema.parse(input), out);
  return out.map((d) => d.ruleId);
};

describe('HIPAA_COMPOUND_RULES', () => {
  it('cite (b)(3), (b)(4) and each exception, and (c)(2)(ii); all errors', () => {
    expect(HIPAA_COMPOUND_RULES.map((r) => [r.id, r.source.section])).toEqual([
      ['hipaa.508b3-compound', '(b)(3)'],
      ['hipaa.508b3i-research', '(b)(3)(i)'],
      ['hipaa.508b3ii-psychotherapy-notes', '(b)(3)(ii)'],
      ['hipaa.508b3iii-conditioned', '(b)(3)(iii)'],
      ['hipaa.508b4-conditioned', '(b)(4)'],
      ['hipaa.508b4i-research-treatment', '(b)(4)(i)'],
      ['hipaa.508b4ii-plan-enrollment', '(b)(4)(ii)'],
      ['hipaa.508b4iii-third-party', '(b)(4)(iii)'],
      ['hipaa.508c2ii-statement-conditioned', '(c)(2)(ii)'],
    ]);
    for (const r of HIPAA_COMPOUND_RULES) {
      expect(r.source.url).toBe(SOURCES.cfr164_508.url);
      expect(r.severity).toBe('error');
    }
    expect(HIPAA_COMPOUND_SEVERITY).toEqual(Object.fromEntries(HIPAA_COMPOUND_RULES.map((r) => [r.id, r.severity])));
    const all = HIPAA_COMPOUND_RULES.map((r) => r.id).sort();
    expect(Object.keys(HIPAA_COMPOUND_MESSAGES_EN).sort()).toEqual(all);
    expect(Object.keys(HIPAA_COMPOUND_MESSAGES_ES).sort()).toEqual(all);
  });
});

describe('compoundDefects: (b)(3) compound authorizations', () => {
  it('allows a stand-alone authorization and authorizations combined with each other', () => {
    expect(ids({})).toEqual([]);
    expect(ids({ combinedWith: [] })).toEqual([]);
    expect(ids({ combinedWith: ['authorization', 'authorization'] })).toEqual([]);
  });

  it('refuses any other kind of document', () => {
    expect(ids({ combinedWith: ['other-document'] })).toEqual(['hipaa.508b3-compound']);
    expect(ids({ combinedWith: ['authorization', 'other-document'], research: true })).toEqual(['hipaa.508b3-compound']);
  });

  it('(b)(3)(i): research permission joins a research authorization only', () => {
    expect(ids({ research: true, combinedWith: ['research-permission'] })).toEqual([]);
    expect(ids({ combinedWith: ['research-permission'] })).toEqual(['hipaa.508b3i-research']);
    expect(ids({ research: false, combinedWith: ['research-permission'] })).toEqual(['hipaa.508b3i-research']);
  });

  it('(b)(3)(ii): psychotherapy-notes authorizations join only each other, on both sides', () => {
    expect(ids({ psychotherapyNotes: true, combinedWith: ['psychotherapy-notes-authorization'] })).toEqual([]);
    expect(ids({ psychotherapyNotes: true })).toEqual([]);
    for (const other of ['authorization', 'research-permission'] as const)
      expect(ids({ psychotherapyNotes: true, research: true, combinedWith: ['psychotherapy-notes-authorization', other] })).toEqual([
        'hipaa.508b3ii-psychotherapy-notes',
      ]);
    expect(ids({ combinedWith: ['psychotherapy-notes-authorization'] })).toEqual(['hipaa.508b3ii-psychotherapy-notes']);
    expect(ids({ psychotherapyNotes: false, combinedWith: ['authorization', 'psychotherapy-notes-authorization'] })).toEqual([
      'hipaa.508b3ii-psychotherapy-notes',
    ]);
  });

  it('(b)(3)(iii): authorizations may not be combined when something is conditioned on one; research compounds may', () => {
    const conditioned: AuthorizationInput['conditioned'] = { on: ['treatment'], exception: 'research-related-treatment' };
    expect(ids({ research: true, combinedWith: ['authorization'], conditioned })).toEqual(['hipaa.508b3iii-conditioned']);
    expect(ids({ research: true, combinedWith: ['research-permission'], conditioned })).toEqual([]);
  });
});

describe('compoundDefects: (b)(4) conditioning', () => {
  it('refuses conditioning with no exception; nothing conditioned is fine', () => {
    expect(ids({ conditioned: { on: [] } })).toEqual([]);
    for (const on of ['treatment', 'payment', 'enrollment', 'eligibility'] as const) expect(ids({ conditioned: { on: [on] } })).toEqual(['hipaa.508b4-conditioned']);
  });

  it('(b)(4)(i): research-related treatment, on a research authorization, and nothing else', () => {
    const e = 'research-related-treatment';
    expect(ids({ research: true, conditioned: { on: ['treatment'], exception: e } })).toEqual([]);
    expect(ids({ conditioned: { on: ['treatment'], exception: e } })).toEqual(['hipaa.508b4i-research-treatment']);
    expect(ids({ research: true, conditioned: { on: ['treatment', 'payment'], exception: e } })).toEqual(['hipaa.508b4i-research-treatment']);
    expect(ids({ research: true, psychotherapyNotes: true, conditioned: { on: ['treatment'], exception: e } })).toEqual(['hipaa.508b4i-research-treatment']);
  });

  it('(b)(4)(ii): a health plan conditions enrollment or eligibility only, never on psychotherapy notes', () => {
    const e = 'health-plan-enrollment';
    expect(ids({ conditioned: { on: ['enrollment', 'eligibility'], exception: e } })).toEqual([]);
    expect(ids({ conditioned: { on: ['treatment'], exception: e } })).toEqual(['hipaa.508b4ii-plan-enrollment']);
    expect(ids({ conditioned: { on: ['payment', 'enrollment'], exception: e } })).toEqual(['hipaa.508b4ii-plan-enrollment']);
    expect(ids({ psychotherapyNotes: true, conditioned: { on: ['enrollment'], exception: e } })).toEqual(['hipaa.508b4ii-plan-enrollment']);
  });

  it('(b)(4)(iii): health care solely for a third party, and nothing else', () => {
    const e = 'third-party-health-care';
    expect(ids({ conditioned: { on: ['treatment'], exception: e } })).toEqual([]);
    expect(ids({ conditioned: { on: ['eligibility'], exception: e } })).toEqual(['hipaa.508b4iii-third-party']);
    expect(ids({ psychotherapyNotes: true, conditioned: { on: ['treatment'], exception: e } })).toEqual(['hipaa.508b4iii-third-party']);
  });

  it('(c)(2)(ii): a form saying nothing may be conditioned, where something is, states the wrong thing', () => {
    const conditioned: AuthorizationInput['conditioned'] = { on: ['treatment'], exception: 'third-party-health-care' };
    expect(ids({ conditioned, statements: { conditioning: 'may-not-condition' } })).toEqual(['hipaa.508c2ii-statement-conditioned']);
    expect(ids({ conditioned, statements: { conditioning: 'consequences-of-refusal' } })).toEqual([]);
    expect(ids({ statements: { conditioning: 'may-not-condition' } })).toEqual([]);
  });
});
