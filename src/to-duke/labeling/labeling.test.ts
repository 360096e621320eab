import { describe, expect, it } from 'vitest';
import * as labeling from './labeling';
import { labelHits, LABELING_RULES, requirementsOf } from './labeling';
import { media, paper } from '../../../test/support/submission-fixtures';
import { ENGLISH, type Locale } from '../../core/locale';
import type { ParseFailure } from '../../core/types';
import { es } from '../../locales/es';

/** The result of a call that must parse, without its `success: true`. */
function parsed<T extends { readonly success: true }>(r: T | ParseFailure): Omit<T, 'success'> {
  if (!r.success) throw new Error(`unexpected input issues: ${JSON.stringify(r.issues)}`);
  const { success: _, ...rest } = r;
  return rest;
}
const labelRequirements = (...a: Parameters<typeof labeling.labelRequirements>) => parsed(labeling.labelRequirements(...a));
const checkLabel = (...a: Parameters<typeof labeling.checkLabel>) => parsed(labeling.checkLabel(...a));
const formatLabel = (...a: Parameters<typeof labeling.formatLabel>) => parsed(labeling.formatLabel(...a));
const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
/** The hostile values of the built-package fuzz. */
const HOSTILE: unknown[] = [undefined, null, Number.NaN, '', [], {}, 'x'.repeat(100_000), JSON.parse('{"__proto__":{"polluted":1}}'), trap];

const none = { name: false, dateOfBirth: false, recordNumber: false };

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
    expect(labelRequirements({ kind: 'paper' }, { hasRecordNumber: false })).toEqual({
      fields: ['name', 'dateOfBirth'],
      placement: 'every-page',
      handwritingAccepted: true,
      ruleId: 'label.paper-each-page',
    });
    expect(labelRequirements({ kind: 'paper' }, { hasRecordNumber: true }).fields).toEqual(['name', 'dateOfBirth', 'recordNumber']);
    expect(labelRequirements({ kind: 'media' }, { hasRecordNumber: true })).toEqual({
      fields: ['name', 'dateOfBirth', 'recordNumber'],
      placement: 'outside',
      handwritingAccepted: true,
      ruleId: 'label.media-outside',
    });
    expect(labelRequirements({ kind: 'media' }, { hasRecordNumber: false }).fields).toEqual(['name', 'dateOfBirth']);
  });

  it('returns input issues, never a throw, for an item or a patient it cannot read', () => {
    for (const bad of HOSTILE) {
      expect(labeling.labelRequirements(bad, { hasRecordNumber: true }).success).toBe(false);
      expect(labeling.labelRequirements({ kind: 'paper' }, bad).success).toBe(false);
    }
    expect(labeling.labelRequirements({ kind: 'fax' }, { hasRecordNumber: true })).toMatchObject({ success: false, issues: [{ path: ['item', 'kind'] }] });
    expect(labeling.labelRequirements({ kind: 'paper' }, { hasRecordNumber: 'yes' })).toMatchObject({ success: false, issues: [{ path: ['patient', 'hasRecordNumber'] }] });
  });

  it('computes from frozen shared results', () => {
    const r = requirementsOf({ kind: 'media' }, { hasRecordNumber: false });
    expect(r).toBe(requirementsOf({ kind: 'media' }, { hasRecordNumber: false }));
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.fields)).toBe(true);
  });
});

describe('checkLabel', () => {
  it('returns input issues, never a throw, for an item or a patient it cannot read', () => {
    for (const bad of HOSTILE) {
      expect(labeling.checkLabel(bad, { hasRecordNumber: true }).success).toBe(false);
      expect(labeling.checkLabel(paper(), bad).success).toBe(false);
    }
    expect(labeling.checkLabel({ kind: 'media' }, { hasRecordNumber: true })).toMatchObject({ success: false });
  });

  it('passes a complete label', () => {
    expect(checkLabel(paper(), { hasRecordNumber: true })).toEqual({
      ok: true,
      required: ['name', 'dateOfBirth', 'recordNumber'],
      missing: [],
      ruleId: 'label.paper-each-page',
    });
    expect(checkLabel(media(), { hasRecordNumber: true }).ok).toBe(true);
  });

  it('lists each missing field in order', () => {
    expect(checkLabel(media({ label: none }), { hasRecordNumber: true }).missing).toEqual(['name', 'dateOfBirth', 'recordNumber']);
    expect(checkLabel(media({ label: { ...none, dateOfBirth: true } }), { hasRecordNumber: false })).toEqual({
      ok: false,
      required: ['name', 'dateOfBirth'],
      missing: ['name'],
      ruleId: 'label.media-outside',
    });
    expect(checkLabel(media({ label: { name: true, dateOfBirth: true, recordNumber: false } }), { hasRecordNumber: true }).missing).toEqual([
      'recordNumber',
    ]);
  });

  it('does not mind a record number marked when the patient has none', () => {
    expect(checkLabel(media({ label: { name: true, dateOfBirth: true, recordNumber: true } }), { hasRecordNumber: false }).ok).toBe(true);
  });

  it('needs paper marks on every page, except for a one-page document', () => {
    const partial = { name: true, dateOfBirth: true, recordNumber: false, everyPage: false };
    expect(checkLabel(paper({ pages: 2, label: partial }), { hasRecordNumber: false }).missing).toEqual(['every-page']);
    expect(checkLabel(paper({ pages: 1, label: partial }), { hasRecordNumber: false }).ok).toBe(true);
    expect(checkLabel(paper({ pages: 2, label: { ...partial, everyPage: true } }), { hasRecordNumber: false }).ok).toBe(true);
    expect(checkLabel(paper({ pages: 5, label: { ...none, everyPage: false } }), { hasRecordNumber: true }).missing).toEqual([
      'name',
      'dateOfBirth',
      'recordNumber',
      'every-page',
    ]);
  });

  it('never asks a medium for marks on every page, even when the object carries paper fields', () => {
    // e.g. form state whose kind was switched from paper to media without clearing the page fields
    const switched = { ...media(), pages: 4, label: { ...media().label, everyPage: false } };
    expect(checkLabel(switched, { hasRecordNumber: false })).toEqual({
      ok: true,
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

describe('formatLabel', () => {
  it('returns input issues without the patient data, never a throw, for a patient or options it cannot read', () => {
    for (const bad of HOSTILE) expect(labeling.formatLabel(bad).success).toBe(false);
    for (const bad of [Number.NaN, '', [], 'x'.repeat(100_000), trap]) expect(labeling.formatLabel({ name: 'Ana', dateOfBirth: '1980-02-29' }, bad as never).success).toBe(false);
    const r = labeling.formatLabel({ name: 'Jane Doe', dateOfBirth: 19800229 });
    expect(r).toMatchObject({ success: false, issues: [{ path: ['patient', 'dateOfBirth'], code: 'invalid_type' }] });
    expect(JSON.stringify(r)).not.toMatch(/Jane|1980/);
  });

  it('writes the caption lines with an unambiguous date', () => {
    expect(formatLabel({ name: ' Jane Doe ', dateOfBirth: '1980-02-29', recordNumber: ' D1234567 ' })).toEqual({
      lines: ['Patient name: Jane Doe', 'Date of birth: 29 FEB 1980', 'Medical record number: D1234567'],
      text: 'Patient name: Jane Doe | Date of birth: 29 FEB 1980 | Medical record number: D1234567',
    });
    expect(formatLabel({ name: 'Ana', dateOfBirth: '2001-12-05' }, { locale: es })).toEqual({
      lines: ['Nombre del paciente: Ana', 'Fecha de nacimiento: 05 DIC 2001'],
      text: 'Nombre del paciente: Ana | Fecha de nacimiento: 05 DIC 2001',
    });
    expect(formatLabel({ name: 'Ana', dateOfBirth: '2001-01-09', recordNumber: '' }, { locale: ENGLISH }).lines).toEqual([
      'Patient name: Ana',
      'Date of birth: 09 JAN 2001',
    ]);
  });

  it('writes a date of birth that is not a calendar date as given', () => {
    expect(formatLabel({ name: 'Ana', dateOfBirth: ' 1980-02-30 ' }).lines[1]).toBe('Date of birth: 1980-02-30');
    expect(formatLabel({ name: 'Ana', dateOfBirth: '1980-02-29' }, { locale: 'fr' as unknown as Locale }).lines[1]).toBe('Date of birth: 29 FEB 1980');
    // a string is not a locale, not even 'es': the label stays English
    expect(formatLabel({ name: 'Ana', dateOfBirth: '1980-02-29' }, { locale: 'es' as unknown as Locale }).lines).toEqual([
      'Patient name: Ana',
      'Date of birth: 29 FEB 1980',
    ]);
    expect(formatLabel({ name: 'Ana', dateOfBirth: '1980-02-29' }, null as unknown as { locale?: Locale }).lines[1]).toBe('Date of birth: 29 FEB 1980');
  });

  it('reads English for every caption and month a partial locale leaves out or gives in the wrong shape', () => {
    const partial: Locale = { code: 'en-x-short', texts: { toDuke: { labelCaptions: { name: 'Name', dateOfBirth: 5 }, months: ['J', 'F'] } } };
    expect(formatLabel({ name: 'Ana', dateOfBirth: '1980-02-29', recordNumber: 'D1' }, { locale: partial }).lines).toEqual([
      'Name: Ana',
      'Date of birth: 29 FEB 1980',
      'Medical record number: D1',
    ]);
  });
});
