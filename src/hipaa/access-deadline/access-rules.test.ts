import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../core/types';
import { SOURCES } from '../../directory/sources';
import { ACCESS_DAYS, ACCESS_EXTENSION_DAYS, accessComputation, computeAccessDeadline, HIPAA_ACCESS_RULES } from './access-rules';
import type { ParsedAccessExtension } from './access-schema';

const d = (s: string) => s as CalendarDate;
const ext = (writtenNoticeOn: string, expectedOn?: string, reasonStated: boolean | 'omit' = true): ParsedAccessExtension => {
  const e: { writtenNoticeOn: CalendarDate; expectedOn?: CalendarDate; reasonStated?: boolean } = { writtenNoticeOn: d(writtenNoticeOn) };
  if (expectedOn !== undefined) e.expectedOn = d(expectedOn);
  if (reasonStated !== 'omit') e.reasonStated = reasonStated;
  return e;
};
const run = (receivedOn: string, extensions: ParsedAccessExtension[] = []) => {
  const r = accessComputation(d(receivedOn), extensions);
  return { ...r, defects: r.defects.map((x) => [x.ruleId, x.path.join('.')]) };
};

describe('HIPAA_ACCESS_RULES', () => {
  it('cites 45 CFR 164.524(b)(2) paragraph by paragraph, in both editions', () => {
    expect(Object.fromEntries(HIPAA_ACCESS_RULES.map((r) => [r.id, r.source.section]))).toEqual({
      'access.30-days': '(b)(2)',
      'access.extension-30': '(b)(2)(ii)',
      'access.extension-notice-late': '(b)(2)(ii)(A)',
      'access.extension-notice-incomplete': '(b)(2)(ii)(A)',
      'access.second-extension-refused': '(b)(2)(ii)(B)',
    });
    for (const rule of HIPAA_ACCESS_RULES) {
      expect(rule.source.url).toBe(SOURCES.cfr164_524.url);
      expect(rule.area).toBe('hipaa-access');
      expect(rule.severity).toBe('error');
      expect(rule.editions).toEqual(['seed', '2025-10-18']);
    }
    expect(ACCESS_DAYS).toBe(30);
    expect(ACCESS_EXTENSION_DAYS).toBe(30);
  });
});

describe('computeAccessDeadline', () => {
  it('is 30 calendar days after receipt, across months, leap days and years', () => {
    const none = { extended: false, ruleIds: ['access.30-days'], defects: [] };
    expect(run('2026-01-05')).toEqual({ dueOn: '2026-02-04', ...none });
    expect(run('2024-02-01')).toEqual({ dueOn: '2024-03-02', ...none });
    expect(run('2023-02-01')).toEqual({ dueOn: '2023-03-03', ...none });
    expect(run('2025-12-15')).toEqual({ dueOn: '2026-01-14', ...none });
    expect(run('2026-03-08')).toEqual({ dueOn: '2026-04-07', ...none });
  });

  it('extends to the expected date with a valid notice given up to the 30th day', () => {
    const on30 = run('2026-01-05', [ext('2026-02-04', '2026-02-20')]);
    expect(on30).toEqual({ dueOn: '2026-02-20', extended: true, ruleIds: ['access.30-days', 'access.extension-30'], defects: [] });
    expect(run('2026-01-05', [ext('2026-01-05', '2026-02-05')]).dueOn).toBe('2026-02-05');
  });

  it('caps the extension at receipt + 60 and reports a later date', () => {
    expect(run('2026-01-05', [ext('2026-02-01', '2026-03-06')])).toEqual({
      dueOn: '2026-03-06',
      extended: true,
      ruleIds: ['access.30-days', 'access.extension-30'],
      defects: [],
    });
    expect(run('2026-01-05', [ext('2026-02-01', '2026-03-07')])).toEqual({
      dueOn: '2026-03-06',
      extended: true,
      ruleIds: ['access.30-days', 'access.extension-30'],
      defects: [['access.extension-30', 'options.extensions.0.expectedOn']],
    });
  });

  it('extends nothing when the expected date is on or before the 30th day', () => {
    for (const expected of ['2026-02-04', '2026-01-20']) {
      expect(run('2026-01-05', [ext('2026-01-10', expected)])).toEqual({
        dueOn: '2026-02-04',
        extended: false,
        ruleIds: ['access.30-days'],
        defects: [],
      });
    }
  });

  it('does not extend on a notice given after the 30th day', () => {
    expect(run('2026-01-05', [ext('2026-02-05', '2026-02-20')])).toEqual({
      dueOn: '2026-02-04',
      extended: false,
      ruleIds: ['access.30-days'],
      defects: [['access.extension-notice-late', 'options.extensions.0.writtenNoticeOn']],
    });
  });

  it('does not extend on a notice without the reason or the expected date', () => {
    const incomplete = (e: ParsedAccessExtension) => run('2026-01-05', [e]);
    const expected = { dueOn: '2026-02-04', extended: false, ruleIds: ['access.30-days'], defects: [['access.extension-notice-incomplete', 'options.extensions.0']] };
    expect(incomplete(ext('2026-02-01', '2026-02-20', false))).toEqual(expected);
    expect(incomplete(ext('2026-02-01', '2026-02-20', 'omit'))).toEqual(expected);
    expect(incomplete(ext('2026-02-01', undefined, true))).toEqual(expected);
  });

  it('reports a late and incomplete notice for both defects', () => {
    expect(run('2026-01-05', [ext('2026-03-01', undefined, false)]).defects).toEqual([
      ['access.extension-notice-late', 'options.extensions.0.writtenNoticeOn'],
      ['access.extension-notice-incomplete', 'options.extensions.0'],
    ]);
  });

  it('refuses every extension after the first, even when the first was not valid', () => {
    const twice = run('2026-01-05', [ext('2026-02-01', '2026-02-20'), ext('2026-02-15', '2026-03-01'), ext('2026-02-16', '2026-03-02')]);
    expect(twice).toEqual({
      dueOn: '2026-02-20',
      extended: true,
      ruleIds: ['access.30-days', 'access.extension-30'],
      defects: [
        ['access.second-extension-refused', 'options.extensions.1'],
        ['access.second-extension-refused', 'options.extensions.2'],
      ],
    });
    const afterLate = run('2026-01-05', [ext('2026-02-10', '2026-02-20'), ext('2026-02-01', '2026-03-01')]);
    expect(afterLate.dueOn).toBe('2026-02-04');
    expect(afterLate.defects).toEqual([
      ['access.extension-notice-late', 'options.extensions.0.writtenNoticeOn'],
      ['access.second-extension-refused', 'options.extensions.1'],
    ]);
  });
});

describe('computeAccessDeadline on any value', () => {
  it('parses its arguments, then computes as on parsed dates', () => {
    const e = { writtenNoticeOn: '2026-02-01', reasonStated: true, expectedOn: '2026-03-01' };
    expect(computeAccessDeadline('2026-01-05', [e])).toEqual({ success: true, ...accessComputation(d('2026-01-05'), [e as ParsedAccessExtension]) });
    expect(computeAccessDeadline('2026-01-05')).toMatchObject({ success: true, dueOn: '2026-02-04', extended: false });
  });

  it('returns input issues, never a throw or a NaN date, for a value that is not a date or not an extension list', () => {
    const bad = [undefined, null, Number.NaN, '', [], {}, 'x'.repeat(100_000), '2026-02-30', new Date(Number.NaN)];
    for (const receivedOn of bad) {
      const r = computeAccessDeadline(receivedOn, []);
      expect(r.success).toBe(false);
      expect(JSON.stringify(r)).not.toMatch(/NaN/);
    }
    expect(computeAccessDeadline('2026-01-05', null)).toMatchObject({ success: false, issues: [{ path: ['extensions'], code: 'invalid_type' }] });
    expect(computeAccessDeadline('2026-01-05', [{ writtenNoticeOn: 'soon' }])).toMatchObject({ success: false, issues: [{ path: ['extensions', 0, 'writtenNoticeOn'] }] });
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
    expect(computeAccessDeadline(trap, trap)).toMatchObject({ success: false });
  });
});
