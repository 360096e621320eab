import { describe, expect, it } from 'vitest';
import { es } from '../../locales/es';
import { ISSUES_ES } from '../../core/messages.es';
import { HIPAA_ACCESS_MESSAGES_EN } from './messages.en';
import { HIPAA_ACCESS_MESSAGES_ES } from './messages.es';
import { accessDeadline, type AccessDeadlineOptions } from './access-deadline';
import { hostileValues, snapshot, throwingGetters } from '../../../test/support/hostile';

const issuesOf = (r: ReturnType<typeof accessDeadline>) => (r.success ? [] : r.issues.map((i) => [i.path.join('.'), i.code]));

describe('accessDeadline', () => {
  it('is due 30 calendar days after receipt', () => {
    expect(accessDeadline('2026-01-05')).toEqual({
      success: true,
      dueOn: '2026-02-04',
      extended: false,
      daysRemaining: null,
      ruleIds: ['access.30-days'],
      findings: [],
    });
    expect(accessDeadline(' 2024-02-01 ', null as unknown as undefined)).toMatchObject({ success: true, dueOn: '2024-03-02' });
  });

  it('extends with one valid notice and reports the rest as findings in the locale, with their paths', () => {
    const options: AccessDeadlineOptions = {
      locale: es,
      extensions: [
        { writtenNoticeOn: '2026-02-04', reasonStated: true, expectedOn: '2026-03-20' },
        { writtenNoticeOn: '2026-02-10', reasonStated: true, expectedOn: '2026-03-01' },
      ],
    };
    expect(accessDeadline('2026-01-05', options)).toEqual({
      success: true,
      dueOn: '2026-03-06',
      extended: true,
      daysRemaining: null,
      ruleIds: ['access.30-days', 'access.extension-30'],
      findings: [
        {
          ruleId: 'access.extension-30',
          severity: 'error',
          message: HIPAA_ACCESS_MESSAGES_ES['access.extension-30'],
          path: ['options', 'extensions', 0, 'expectedOn'],
        },
        {
          ruleId: 'access.second-extension-refused',
          severity: 'error',
          message: HIPAA_ACCESS_MESSAGES_ES['access.second-extension-refused'],
          path: ['options', 'extensions', 1],
        },
      ],
    });
  });

  it('reports a late notice and keeps the 30-day deadline', () => {
    const r = accessDeadline('2026-01-05', { extensions: [{ writtenNoticeOn: '2026-02-05', reasonStated: true, expectedOn: '2026-02-20' }] });
    expect(r).toMatchObject({ success: true, dueOn: '2026-02-04', extended: false });
    expect(r.success && r.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['access.extension-notice-late', HIPAA_ACCESS_MESSAGES_EN['access.extension-notice-late']],
    ]);
  });

  it('counts the days remaining from asOf (a date, or an instant read in America/New_York)', () => {
    const left = (asOf: AccessDeadlineOptions['asOf']) => {
      const r = accessDeadline('2026-01-05', { asOf: asOf as NonNullable<typeof asOf> });
      return r.success ? r.daysRemaining : 'failed';
    };
    expect(left('2026-01-25')).toBe(10);
    expect(left('2026-02-04')).toBe(0);
    expect(left('2026-02-05')).toBe(-1);
    expect(left('2026-01-05')).toBe(30);
    expect(left('2026-02-05T04:59:00Z')).toBe(0);
    expect(left(new Date('2026-02-05T05:00:00Z'))).toBe(-1);
  });

  it('reads the day of receipt as asOf is read: a date, or an instant as its day in America/New_York', () => {
    const due = (receivedOn: unknown) => {
      const r = accessDeadline(receivedOn);
      return r.success ? r.dueOn : 'failed';
    };
    expect(due('2026-01-05')).toBe('2026-02-04');
    expect(due(new Date('2026-01-05T12:00:00Z'))).toBe('2026-02-04');
    expect(due(Date.UTC(2026, 0, 5, 12))).toBe('2026-02-04');
    expect(due('2026-01-05T00:00:00Z')).toBe('2026-02-03'); // 19:00 on 4 January in New York
    expect(due('2026-01-05T00:00:00-05:00')).toBe('2026-02-04');
  });

  it('refuses a receipt after asOf, and accepts one on it', () => {
    expect(issuesOf(accessDeadline('2026-01-06', { asOf: '2026-01-05' }))).toEqual([['receivedOn', 'date_in_future']]);
    expect(issuesOf(accessDeadline('2026-01-06T04:59:00Z', { asOf: '2026-01-05' }))).toEqual([]);
    const r = accessDeadline('2026-01-05', { asOf: '2026-01-05' });
    expect(r.success && r.daysRemaining).toBe(30);
    expect(accessDeadline('2026-01-06', { asOf: '2026-01-05', locale: es })).toMatchObject({ success: false, issues: [{ message: ISSUES_ES.date_in_future }] });
  });

  it('refuses what is neither a calendar date nor an instant, with stable codes and paths', () => {
    expect(issuesOf(accessDeadline(new Date(Number.NaN)))).toEqual([['receivedOn', 'invalid_type']]);
    expect(issuesOf(accessDeadline(Number.NaN))).toEqual([['receivedOn', 'invalid_date']]);
    expect(issuesOf(accessDeadline('2026-02-30'))).toEqual([['receivedOn', 'invalid_date']]);
    expect(issuesOf(accessDeadline('2026-01-05T00:00:00'))).toEqual([['receivedOn', 'invalid_date']]);
    expect(issuesOf(accessDeadline(true))).toEqual([['receivedOn', 'invalid_type']]);
    expect(issuesOf(accessDeadline('x'.repeat(10_000_000)))).toEqual([['receivedOn', 'too_big']]);
    expect(issuesOf(accessDeadline(undefined))).toEqual([['receivedOn', 'invalid_type']]);
  });

  it('refuses bad options', () => {
    const bad = (options: unknown) => issuesOf(accessDeadline('2026-01-05', options as AccessDeadlineOptions));
    expect(bad('es')).toEqual([['options', 'invalid_type']]);
    expect(bad({ locale: 'fr' })).toEqual([['options.locale', 'invalid_value']]);
    expect(bad({ locale: 'es' })).toEqual([['options.locale', 'invalid_value']]);
    expect(bad({ asOf: 'tomorrow' })).toEqual([['options.asOf', 'invalid_as_of']]);
    expect(bad({ extensions: {} })).toEqual([['options.extensions', 'invalid_type']]);
    expect(bad({ extensions: [{ writtenNoticeOn: '2026-02-31' }] })).toEqual([['options.extensions.0.writtenNoticeOn', 'invalid_date']]);
    expect(bad([])).toEqual([['options', 'invalid_type']]);
    expect(bad(throwingGetters(['extensions']))).toEqual([['', 'unreadable_input']]);
    expect(bad(throwingGetters(['locale']))).toEqual([['options', 'unreadable_input']]);
  });

  it('refuses a notice dated before the receipt (date_order), in the locale', () => {
    const r = accessDeadline('2026-01-05', {
      locale: es,
      extensions: [
        { writtenNoticeOn: '2026-01-05', reasonStated: true, expectedOn: '2026-02-10' },
        { writtenNoticeOn: '2026-01-04', reasonStated: true, expectedOn: '2026-02-10' },
      ],
    });
    expect(r).toEqual({
      success: false,
      issues: [{ path: ['options', 'extensions', 1, 'writtenNoticeOn'], code: 'date_order', message: 'Estas fechas están en el orden incorrecto.' }],
    });
  });

  it('never throws on hostile values', () => {
    for (const value of hostileValues(['receivedOn', 'extensions', 'locale', 'asOf'])) {
      // Some hostile values are instants (0, a Date): those give a real date, never NaN.
      const own = accessDeadline(value);
      if (own.success) expect(own.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(own.issues.length).toBeGreaterThan(0);
      const r = accessDeadline('2026-01-05', value as AccessDeadlineOptions);
      expect(typeof r.success).toBe('boolean');
    }
  });

  it('does not mutate its options', () => {
    const options = {
      locale: es,
      asOf: '2026-02-01',
      extensions: [{ writtenNoticeOn: ' 2026-02-01 ', reasonStated: true, expectedOn: '2026-03-01', note: 'x' }],
      extra: { a: 1 },
    } as const;
    const before = snapshot(options);
    expect(accessDeadline('2026-01-05', options as unknown as AccessDeadlineOptions)).toMatchObject({ success: true, dueOn: '2026-03-01' });
    expect(snapshot(options)).toBe(before);
  });

  it('gives the same answer in every host time zone', () => {
    const saved = process.env.TZ;
    const options: AccessDeadlineOptions = { asOf: '2026-02-01', extensions: [{ writtenNoticeOn: '2026-02-03', reasonStated: true, expectedOn: '2026-03-01' }] };
    try {
      const answers = ['UTC', 'Asia/Kolkata', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => {
        process.env.TZ = tz;
        return JSON.stringify(accessDeadline('2026-01-05', options));
      });
      expect(new Set(answers).size).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
