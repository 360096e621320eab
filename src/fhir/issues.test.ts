import { describe, expect, it } from 'vitest';
import { ISSUES_EN } from '../core/parse-input';
import { es } from '../locales/es';
import { FHIR_ISSUES_EN, fhirIssue } from './issues';
import { FHIR_ISSUES_ES } from './messages.es';

describe('FHIR issues', () => {
  it('have an English and a Spanish message for every code, none shared with the input issue codes', () => {
    expect(Object.keys(FHIR_ISSUES_ES).sort()).toEqual(Object.keys(FHIR_ISSUES_EN).sort());
    for (const code of Object.keys(FHIR_ISSUES_EN)) expect(Object.hasOwn(ISSUES_EN, code), code).toBe(false);
    for (const [code, message] of Object.entries(FHIR_ISSUES_EN)) expect(FHIR_ISSUES_ES[code as keyof typeof FHIR_ISSUES_ES]).not.toBe(message);
  });

  it('are written in the locale asked for, English by default', () => {
    expect(fhirIssue(['birthDate'], 'partial_date')).toEqual({ path: ['birthDate'], code: 'partial_date', message: FHIR_ISSUES_EN.partial_date });
    expect(fhirIssue([], 'not_carried', es).message).toBe(FHIR_ISSUES_ES.not_carried);
    expect(fhirIssue([], 'not_carried', { code: 'xx', texts: { issues: {} } }).message).toBe(FHIR_ISSUES_EN.not_carried);
  });
});
