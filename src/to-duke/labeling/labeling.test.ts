import { describe, expect, it } from 'vitest';
import { checkLabel, formatLabel, labelHits, labelRequirements, LABELING_RULES, requirementsOf, type LabelCheck } from './labeling';
import type { RecordItem } from '../schemas/record-item';
import { media, paper } from '../../../test/support/submission-fixtures';
import { ENGLISH, type Locale } from '../../core/locale';
import { es } from '../../locales/es';

const none = { name: false, dateOfBirth: false, recordNumber: false };

/** The public checkLabel on a parsed item, its check without `success`. */
function check(item: RecordItem, patient: { readonly hasRecordNumber: boolean }): LabelCheck {
  const r = checkLabel({ item, hasRecordNumber: patient.hasRecordNumber });
  if (!r.success) throw new Error(`the fixture was refused: ${JSON.stringify(r.issues)}`);
  const { success, ...rest } = r;
  expect(success).toBe(true);
  return rest;
}

describe('LABELING_RULES', () => {
  it('cites the marking section of the send page as warnings', () => {
    expect(LABELING_RULES.map((r) => [r.id, r.severity, r.area, r.source.section])).toEqual([
      ['label.paper-each-page', 'warning', 'labeling', 'Clearly Mark Patient Name on Each Page'],
      ['label.media-outside', 'warning', 'labeling', 'Clearly Mark Patient Name on Each Page'],
    ]);
  });
});

describe('labelRequirements', () => {
  it('asks for name and date of birth, and the record number exactly when the patient has one', () => {
    expect(requirementsOf({ kind: 'paper' }, { hasRecordNumber: false })).toEqual({
      fields: ['name', 'dateOfBirth'],
      placement: 'every-page',
      handwritingAccepted: true,
      ruleId: 'label.paper-each-page',
    });
    expect(requirementsOf({ kind: 'paper' }, { hasRecordNumber: true }).fields).toEqual(['name', 'dateOfBirth', 'recordNumber']);
    expect(requirementsOf({ kind: 'media' }, { hasRecordNumber: true })).toEqual({
      fields: ['name', 'dateOfBirth', 'recordNumber'],
      placement: 'outside',
      handwritingAccepted: true,
      ruleId: 'label.media-outside',
    });
    expect(requirementsOf({ kind: 'media' }, { hasRecordNumber: false }).fields).toEqual(['name', 'dateOfBirth']);
  });

  it('returns frozen shared results', () => {
    const r = requirementsOf({ kind: 'media' }, { hasRecordNumber: false });
    expect(r).toBe(requirementsOf({ kind: 'media' }, { hasRecordNumber: false }));
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.fields)).toBe(true);
  });
});

describe('checkLabel', () => {
  it('passes a complete label', () => {
    expect(check(paper(), { hasRecordNumber: true })).toEqual({
      complete: true,
      required: ['name', 'dateOfBirth', 'recordNumber'],
      missing: [],
      ruleId: 'label.paper-each-page',
    });
    expect(check(media(), { hasRecordNumber: true }).complete).toBe(true);
  });

  it('lists each missing field in order', () => {
    expect(check(media({ label: none }), { hasRecordNumber: true }).missing).toEqual(['name', 'dateOfBirth', 'recordNumber']);
    expect(check(media({ label: { ...none, dateOfBirth: true } }), { hasRecordNumber: false })).toEqual({
      complete: false,
      required: ['name', 'dateOfBirth'],
      missing: ['name'],
      ruleId: 'label.media-outside',
    });
    expect(check(media({ label: { name: true, dateOfBirth: true, recordNumber: false } }), { hasRecordNumber: true }).missing).toEqual([
      'recordNumber',
    ]);
  });

  it('does not mind a record number marked when the patient has none', () => {
    expect(check(media({ label: { name: true, dateOfBirth: true, recordNumber: true } }), { hasRecordNumber: false }).complete).toBe(true);
  });

  it('needs paper marks on every page, except for a one-page document', () => {
    const partial = { name: true, dateOfBirth: true, recordNumber: false, everyPage: false };
    expect(check(paper({ pages: 2, label: partial }), { hasRecordNumber: false }).missing).toEqual(['every-page']);
    expect(check(paper({ pages: 1, label: partial }), { hasRecordNumber: false }).complete).toBe(true);
    expect(check(paper({ pages: 2, label: { ...partial, everyPage: true } }), { hasRecordNumber: false }).complete).toBe(true);
    expect(check(paper({ pages: 5, label: { ...none, everyPage: false } }), { hasRecordNumber: true }).missing).toEqual([
      'name',
      'dateOfBirth',
      'recordNumber',
      'every-page',
    ]);
  });

  it('never asks a medium for marks on every page, even when the object carries paper fields', () => {
    // e.g. form state whose kind was switched from paper to media without clearing the page fields
    const switched = { ...media(), pages: 4, label: { ...media().label, everyPage: false } };
    expect(check(switched, { hasRecordNumber: false })).toEqual({
      complete: true,
      required: ['name', 'dateOfBirth'],
      missing: [],
      ruleId: 'label.media-outside',
    });
  });
});

describe('labelHits', () => {
  it('reports each incomplete item with its path, number and gaps', () => {
    const items = [paper(), media({ medium: 'usb-drive', label: { ...none, name: true } }), paper({ label: { ...none, everyPage: true } })];
    expect(labelHits(items, { hasRecordNumber: false })).toEqual([
      {
        ruleId: 'label.media-outside',
        severity: 'warning',
        path: ['items', 1, 'label'],
        item: 2,
        medium: 'usb-drive',
        fields: ['name', 'dateOfBirth'],
        missing: ['dateOfBirth'],
      },
      {
        ruleId: 'label.paper-each-page',
        severity: 'warning',
        path: ['items', 2, 'label'],
        item: 3,
        fields: ['name', 'dateOfBirth'],
        missing: ['name', 'dateOfBirth'],
      },
    ]);
    expect(labelHits([paper(), media()], { hasRecordNumber: true })).toEqual([]);
  });

  it('gives a paper hit no medium key at all', () => {
    const [hit] = labelHits([paper({ label: { ...none, everyPage: true } })], { hasRecordNumber: false });
    expect(hit).toBeDefined();
    expect(Object.keys(hit as object)).not.toContain('medium');
  });

  it('applies to each item the requirements of its own kind, whatever the order', () => {
    const items = [media({ label: { ...none } }), paper({ label: { ...none, everyPage: true } }), media({ label: { ...none } }), paper({ label: { ...none, everyPage: true } })];
    expect(labelHits(items, { hasRecordNumber: true }).map((h) => h.ruleId)).toEqual([
      'label.media-outside',
      'label.paper-each-page',
      'label.media-outside',
      'label.paper-each-page',
    ]);
  });
});

describe('labelRequirements(input, options)', () => {
  it('gives the requirements of the item kind', () => {
    expect(labelRequirements({ item: { kind: 'paper', pages: 2 }, hasRecordNumber: true }, { asOf: '2026-01-15' })).toEqual({
      success: true,
      ...requirementsOf({ kind: 'paper' }, { hasRecordNumber: true }),
    });
    expect(labelRequirements({ item: { kind: 'media' }, hasRecordNumber: false })).toEqual({ success: true, ...requirementsOf({ kind: 'media' }, { hasRecordNumber: false }) });
  });

  it('returns issues, never throws, on bad input or options', () => {
    for (const input of [undefined, null, 'paper']) expect(labelRequirements(input).success).toBe(false);
    const r = labelRequirements({ item: { kind: 'Jane Doe' } });
    expect(!r.success && r.issues.map((i) => i.path)).toEqual([['item', 'kind'], ['hasRecordNumber']]);
    expect(JSON.stringify(r)).not.toContain('Jane');
    const bad = labelRequirements({ item: { kind: 'paper' }, hasRecordNumber: true }, { locale: 'es' as never });
    expect(!bad.success && bad.issues.map((i) => i.path)).toEqual([['options', 'locale']]);
  });
});

describe('checkLabel(input, options)', () => {
  it('reads an item as a submission gives it (defaults filled)', () => {
    expect(checkLabel({ item: { kind: 'media', medium: 'cd', label: { name: true } }, hasRecordNumber: true }, { locale: es })).toEqual({
      success: true,
      complete: false,
      required: ['name', 'dateOfBirth', 'recordNumber'],
      missing: ['dateOfBirth', 'recordNumber'],
      ruleId: 'label.media-outside',
    });
  });

  it('returns issues, never throws, on bad input or options', () => {
    for (const input of [undefined, null, {}, { item: {} }, { item: { kind: 'paper', pages: 0 }, hasRecordNumber: false }]) {
      expect(checkLabel(input).success).toBe(false);
    }
    const r = checkLabel({ item: { kind: 'paper', pages: 'Jane Doe' }, hasRecordNumber: true });
    expect(!r.success && r.issues.map((i) => i.path)).toEqual([['item', 'pages']]);
    expect(JSON.stringify(r)).not.toContain('Jane');
    const bad = checkLabel({ item: { kind: 'paper', pages: 1 }, hasRecordNumber: true }, { asOf: 'yesterday' });
    expect(!bad.success && bad.issues.map((i) => i.path)).toEqual([['options', 'asOf']]);
  });
});

describe('formatLabel', () => {
  it('writes the caption lines with an unambiguous date', () => {
    expect(formatLabel({ name: ' Jane Doe ', dateOfBirth: '1980-02-29', recordNumber: ' D1234567 ' })).toEqual({
      success: true,
      lines: ['Patient name: Jane Doe', 'Date of birth: 29 FEB 1980', 'Medical record number: D1234567'],
      text: 'Patient name: Jane Doe | Date of birth: 29 FEB 1980 | Medical record number: D1234567',
    });
    expect(formatLabel({ name: 'Ana', dateOfBirth: '2001-12-05' }, { locale: es })).toEqual({
      success: true,
      lines: ['Nombre del paciente: Ana', 'Fecha de nacimiento: 05 DIC 2001'],
      text: 'Nombre del paciente: Ana | Fecha de nacimiento: 05 DIC 2001',
    });
    const blank = formatLabel({ name: 'Ana', dateOfBirth: '2001-01-09', recordNumber: '' }, { locale: ENGLISH, asOf: '2026-01-15' });
    expect(blank.success && blank.lines).toEqual(['Patient name: Ana', 'Date of birth: 09 JAN 2001']);
    const none = formatLabel({ name: 'Ana', dateOfBirth: '1980-02-29' }, null as never);
    expect(none.success && none.lines[1]).toBe('Date of birth: 29 FEB 1980');
  });

  it('returns issues, never throws, and never repeats the patient data in them', () => {
    for (const input of [undefined, null, {}, 'Jane Doe']) expect(formatLabel(input).success).toBe(false);
    const r = formatLabel({ name: 'Jane Doe', dateOfBirth: '1980-02-30' }, { locale: es });
    expect(!r.success && r.issues.map((i) => [i.path, i.code])).toEqual([[['dateOfBirth'], 'invalid_date']]);
    expect(JSON.stringify(r)).not.toMatch(/Jane|1980/);
    // a string is not a locale, not even 'es'
    for (const locale of ['es', 'fr']) {
      const bad = formatLabel({ name: 'Ana', dateOfBirth: '1980-02-29' }, { locale: locale as unknown as Locale });
      expect(!bad.success && bad.issues.map((i) => i.path)).toEqual([['options', 'locale']]);
    }
  });

  it('reads English for every caption and month a partial locale leaves out or gives in the wrong shape', () => {
    const partial: Locale = { code: 'en-x-short', texts: { toDuke: { labelCaptions: { name: 'Name', dateOfBirth: 5 }, months: ['J', 'F'] } } };
    const r = formatLabel({ name: 'Ana', dateOfBirth: '1980-02-29', recordNumber: 'D1' }, { locale: partial });
    expect(r.success && r.lines).toEqual(['Name: Ana', 'Date of birth: 29 FEB 1980', 'Medical record number: D1']);
  });
});
