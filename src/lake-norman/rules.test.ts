import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../core/calendar-date';
import { editionFor } from '../directory/edition-for';
import { DIRECTORY_EDITIONS } from '../directory/editions';
import { SOURCES } from '../directory/sources';
import type { DirectoryEdition } from '../directory/types';
import { formatMessage } from '../catalog/format-message';
import { ENGLISH, type Locale } from '../core/locale';
import { es } from '../locales/es';
import { LANGUAGE_MESSAGES_EN } from '../directory/interpreter/messages.en';
import { LANGUAGE_MESSAGES_ES } from '../directory/interpreter/messages.es';
import { LAKE_NORMAN_MESSAGES_EN } from './messages.en';
import { LAKE_NORMAN_MESSAGES_ES } from './messages.es';
import { getRule } from '../catalog/catalog';
import { LAKE_NORMAN_RULES } from './rules';
import { formsDestination, lakeNormanEntry } from './destinations';
import { editionOn } from '../directory/edition-for';
import { ERROR_RULES, NOTES, REFUSALS } from './route-records-request/profile';

const [SEED, NEW] = DIRECTORY_EDITIONS as [DirectoryEdition, DirectoryEdition];
const byId = (id: string) => LAKE_NORMAN_RULES.find((r) => r.id === id);
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe('LAKE_NORMAN_RULES', () => {
  it('lists the rules of both editions, with the editions each holds in', () => {
    expect(Object.fromEntries(LAKE_NORMAN_RULES.map((r) => [r.id, r.editions.join(',')]))).toEqual({
      'ln.release-to-self-or-third-party': 'seed,2025-10-18',
      'ln.online-recommended': 'seed,2025-10-18',
      'ln.patient-portal': 'seed',
      'ln.phone-questions': 'seed,2025-10-18',
      'ln.fax-patient-care-only': 'seed',
      'ln.mail-all-others': 'seed',
      'ln.mail': 'seed',
      'ln.email-not-published': 'seed',
      'ln.forms': 'seed,2025-10-18',
      'ln.my-duke-health': '2025-10-18',
      'ln.legacy-portals': '2025-10-18',
      'ln.legacy-portals-may-be-gone': '2025-10-18',
      'ln.legacy-portals-gone': '2025-10-18',
      'ln.roi-forms': '2025-10-18',
      'ln.fax-not-published': 'seed,2025-10-18',
      'ln.dm-fax-not-for-requests': 'seed,2025-10-18',
    });
  });

  it('are all in the catalog, in the lake-norman area', () => {
    for (const rule of LAKE_NORMAN_RULES) {
      expect(getRule(rule.id)).toEqual(rule);
      expect(rule.area).toBe('lake-norman');
    }
  });

  it('cite the page each rule is read from', () => {
    const urls = Object.fromEntries(LAKE_NORMAN_RULES.map((r) => [r.id, r.source.url]));
    expect(urls['ln.fax-patient-care-only']).toBe(SOURCES.lakeNormanSeed.url);
    expect(urls['ln.mail-all-others']).toBe(SOURCES.lakeNormanSeed.url);
    expect(urls['ln.roi-forms']).toBe(SOURCES.lakeNorman2025.url);
    expect(urls['ln.legacy-portals']).toBe(SOURCES.lakeNorman2025.url);
    expect(urls['ln.dm-fax-not-for-requests']).toBe(SOURCES.sendToDuke.url);
    expect(byId('ln.fax-patient-care-only')?.source.section).toBe('Request Medical Records');
    expect(byId('ln.dm-fax-not-for-requests')?.source.section).toBe('Contact Us');
    for (const rule of LAKE_NORMAN_RULES) {
      const seedOnly = rule.editions.length === 1 && rule.editions[0] === 'seed';
      const newOnly = rule.editions.length === 1 && rule.editions[0] === '2025-10-18';
      if (seedOnly) expect(rule.source.url, rule.id).toBe(SOURCES.lakeNormanSeed.url);
      if (newOnly) expect(rule.source.url, rule.id).toBe(SOURCES.lakeNorman2025.url);
    }
  });

  it('record the ambiguities with the reading that cannot misroute records', () => {
    const ambiguous = LAKE_NORMAN_RULES.filter((r) => 'ambiguity' in r).map((r) => r.id);
    expect(ambiguous.sort()).toEqual(['ln.dm-fax-not-for-requests', 'ln.fax-patient-care-only', 'ln.legacy-portals', 'ln.phone-questions']);
    const fax = getRule('ln.fax-patient-care-only')?.ambiguity;
    expect(fax?.note).toContain('never defines a patient-care request');
    expect(fax?.reading).toContain('purpose "patient-care"');
    expect(fax?.reading).toContain('always go by mail');
    expect(getRule('ln.dm-fax-not-for-requests')?.ambiguity?.note).toContain('919-620-5165');
    expect(getRule('ln.legacy-portals')?.ambiguity?.reading).toContain('2027-04-18');
  });

  it('quote the published facts exactly', () => {
    expect(byId('ln.fax-patient-care-only')?.summary).toContain('(704) 660-4038');
    expect(byId('ln.mail-all-others')?.summary).toContain('P.O. Box 3250, Mooresville, NC 28117');
    expect(byId('ln.mail')?.summary).toContain('171 Fairview Road');
    expect(byId('ln.roi-forms')?.summary).toContain('ROI-Requestor3@dm.duke.edu');
    expect(byId('ln.roi-forms')?.summary).toContain('Box 3016, Durham, NC 27710');
    expect(byId('ln.forms')?.summary).toMatch(/101 KB and 279 KB.*800 KB and 667 KB/);
  });
});

describe('Lake Norman messages', () => {
  it('exist in both languages with the same placeholders', () => {
    for (const { id } of LAKE_NORMAN_RULES) {
      expect(LAKE_NORMAN_MESSAGES_EN[id].length, id).toBeGreaterThan(20);
      expect(LAKE_NORMAN_MESSAGES_ES[id].length, id).toBeGreaterThan(20);
      expect(LAKE_NORMAN_MESSAGES_ES[id], id).not.toBe(LAKE_NORMAN_MESSAGES_EN[id]);
      expect(placeholders(LAKE_NORMAN_MESSAGES_ES[id]), id).toEqual(placeholders(LAKE_NORMAN_MESSAGES_EN[id]));
      expect((es.texts.rules as Readonly<Record<string, string>>)[id], id).toBe(LAKE_NORMAN_MESSAGES_ES[id]);
    }
  });

  it('take only directory values as placeholders', () => {
    expect(placeholders(LAKE_NORMAN_MESSAGES_EN['ln.forms'])).toEqual(['language', 'sizeKb', 'title']);
    expect(placeholders(LAKE_NORMAN_MESSAGES_EN['ln.legacy-portals'])).toEqual(['from', 'maxEnd', 'minEnd']);
    expect(formatMessage('ln.forms', es, { title: 'T', language: 'español', sizeKb: 279 })).toBe('Use el formulario «T» en español (PDF, 279 KB).');
    expect(formatMessage('ln.legacy-portals-gone', ENGLISH, { from: '2025-10-18', maxEnd: '2027-04-18' })).toBe(
      'Per the page, records of Lake Norman care before 2025-10-18 were kept in MyHealthHome and AthenaHealth for 12 to 18 months: from 2027-04-18 they are no longer available there.',
    );
  });
});

describe('lakeNormanEntry and formsDestination', () => {
  it('seed: forms go to the Lake Norman Medical Records Department', () => {
    expect(lakeNormanEntry(SEED).edition).toBe('seed');
    expect(lakeNormanEntry(SEED).id).toBe('lake-norman-medical-records');
    expect(formsDestination(SEED)).toBe(lakeNormanEntry(SEED));
  });

  it('2025-10-18: forms go to Duke Release of Information', () => {
    expect(lakeNormanEntry(NEW).edition).toBe('2025-10-18');
    expect(formsDestination(NEW).id).toBe('duke-release-of-information');
    expect(formsDestination(NEW).mailingAddress?.lines).toEqual([
      'Release of Information',
      'Duke University Health System',
      'Box 3016',
      'Durham, NC 27710',
    ]);
  });
});

describe('editionOn', () => {
  it('chooses the edition editionFor chooses, for every date and for none', () => {
    expect(editionOn(null)).toBe(editionFor()?.edition);
    expect(editionOn('2025-10-17')).toBe(SEED);
    expect(editionOn('2025-10-18')).toBe(NEW);
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), (n) => {
        const date = addDays('2025-10-18', n);
        expect(editionOn(date)).toBe(editionFor(date)?.edition);
      }),
    );
  });
});

describe('NOTES and REFUSALS', () => {
  it('note each Lake Norman rule at its catalog severity (none for an error rule), and refuse it as an error at channel', () => {
    const cases: readonly (readonly [Locale, Readonly<Record<string, string>>])[] = [
      [ENGLISH, { ...LAKE_NORMAN_MESSAGES_EN, ...LANGUAGE_MESSAGES_EN }],
      [es, { ...LAKE_NORMAN_MESSAGES_ES, ...LANGUAGE_MESSAGES_ES }],
    ];
    for (const [locale, texts] of cases) {
      for (const rule of LAKE_NORMAN_RULES) {
        if (rule.severity === 'error') expect(NOTES(locale)[rule.id]).toBeUndefined();
        else {
          expect(NOTES(locale)[rule.id]).toEqual({ ruleId: rule.id, severity: rule.severity, message: texts[rule.id] });
          expect(Object.isFrozen(NOTES(locale)[rule.id])).toBe(true);
        }
        expect(REFUSALS(locale)[rule.id]).toEqual({ ruleId: rule.id, severity: 'error', message: texts[rule.id], path: ['channel'] });
      }
      expect(NOTES(locale)['language.interpreter']).toEqual({
        ruleId: 'language.interpreter',
        severity: 'info',
        message: texts['language.interpreter'],
        path: ['preferredLanguage'],
      });
      expect(NOTES(locale)).toBe(NOTES(locale));
      expect(REFUSALS(locale)).toBe(REFUSALS(locale));
    }
    expect(Object.keys(NOTES(ENGLISH)).length).toBe(LAKE_NORMAN_RULES.filter((r) => r.severity !== 'error').length + 1);
    expect([...ERROR_RULES].sort()).toEqual(LAKE_NORMAN_RULES.filter((r) => r.severity === 'error').map((r) => r.id).sort());
  });

  it('say in English what a partial locale does not give', () => {
    const partial: Locale = { code: 'en-x-plain', texts: { rules: { 'ln.mail': 'Mail it.', 'ln.forms': 42 } } };
    expect(NOTES(partial)['ln.mail']?.message).toBe('Mail it.');
    expect(REFUSALS(partial)['ln.mail'].message).toBe('Mail it.');
    expect(NOTES(partial)['ln.forms']?.message).toBe(LAKE_NORMAN_MESSAGES_EN['ln.forms']);
    expect(NOTES(partial)['language.interpreter']?.message).toBe(LANGUAGE_MESSAGES_EN['language.interpreter']);
  });
});
