import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../directory/sources';
import { authorizationSchema, type AuthorizationInput } from '../authorization/authorization-schema';
import type { Defect } from '../defect';
import { HIPAA_REQUEST_MESSAGES_EN } from './messages.en';
import { HIPAA_REQUEST_MESSAGES_ES } from './messages.es';
import { HIPAA_REQUEST_SEVERITY } from './severity';
import { HIPAA_REQUEST_RULES, requestMatch, type HipaaRequestRuleId } from './request-match';

const match = (input: AuthorizationInput) => {
  const out: Defect<HipaaRequestRuleId>[] = [];
  const result = requestMatch(authorizationSchema.parse(input), out);
  return { result, findings: out.map((d) => [d.ruleId, d.path.join('.')]) };
};

const named = { disclosedTo: 'Dr. Ana Example, Example Clinic', information: 'Discharge summary, 2025 admission' };

describe('HIPAA_REQUEST_RULES', () => {
  it('cite (c)(1)(i) and (c)(1)(iii) as info, with the free-text ambiguity written down', () => {
    expect(HIPAA_REQUEST_RULES.map((r) => [r.id, r.source.section, r.severity])).toEqual([
      ['hipaa.508c1i-request-information', '(c)(1)(i)', 'info'],
      ['hipaa.508c1iii-request-recipient', '(c)(1)(iii)', 'info'],
    ]);
    for (const r of HIPAA_REQUEST_RULES) {
      expect(r.source.url).toBe(SOURCES.cfr164_508.url);
      expect(r.ambiguity.reading).toContain('never guessed');
    }
    expect(HIPAA_REQUEST_SEVERITY).toEqual(Object.fromEntries(HIPAA_REQUEST_RULES.map((r) => [r.id, r.severity])));
    const ids = HIPAA_REQUEST_RULES.map((r) => r.id).sort();
    expect(Object.keys(HIPAA_REQUEST_MESSAGES_EN).sort()).toEqual(ids);
    expect(Object.keys(HIPAA_REQUEST_MESSAGES_ES).sort()).toEqual(ids);
  });
});

describe('requestMatch', () => {
  it('is null without a request', () => {
    expect(match(named)).toEqual({ result: null, findings: [] });
  });

  it('calls the same texts (ignoring case, spaces, punctuation) the same, without a finding', () => {
    expect(match({ ...named, request: { recipient: 'dr ana example example clinic', information: 'DISCHARGE SUMMARY 2025 ADMISSION.' } })).toEqual({
      result: { recipient: 'same', information: 'same' },
      findings: [],
    });
  });

  it('never guesses: different texts are undecided, with an info finding each', () => {
    expect(match({ ...named, request: { recipient: 'Example Clinic', information: 'All records' } })).toEqual({
      result: { recipient: 'undecided', information: 'undecided' },
      findings: [
        ['hipaa.508c1i-request-information', 'request.information'],
        ['hipaa.508c1iii-request-recipient', 'request.recipient'],
      ],
    });
  });

  it('says not-given when either side is missing or blank, and never calls two punctuation-only texts the same', () => {
    expect(match({ ...named, request: {} }).result).toBeNull();
    expect(match({ ...named, request: { recipient: ' ', information: '' } }).result).toBeNull();
    expect(match({ ...named, request: { recipient: 'Example Clinic' } }).result).toEqual({ recipient: 'undecided', information: 'not-given' });
    expect(match({ request: { recipient: 'Example Clinic', information: ' ' } }).result).toEqual({ recipient: 'not-given', information: 'not-given' });
    expect(match({ disclosedTo: '—', information: '...', request: { recipient: '-', information: '.' } })).toEqual({
      result: { recipient: 'undecided', information: 'undecided' },
      findings: [
        ['hipaa.508c1i-request-information', 'request.information'],
        ['hipaa.508c1iii-request-recipient', 'request.recipient'],
      ],
    });
  });
});
