import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../core/locale';
import { es } from '../../locales/es';
import { civilFromDays, daysFromCivil, toDayNumber } from '../../core/calendar-date';
import type { CalendarDate } from '../../core/types';
import { accessDeadline, type AccessDeadlineOptions } from './access-deadline';
import { getRule } from '../../catalog/catalog';
import { anythingFor } from '../../../test/support/hostile';

const received = fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2200, 12, 31) });

/** Extension notices dated on or after receipt, some inside the first 30 days, some after. */
const extensions = (receivedDay: number) =>
  fc.array(
    fc.record(
      {
        writtenNoticeOn: fc.integer({ min: 0, max: 45 }).map((k) => civilFromDays(receivedDay + k)),
        reasonStated: fc.boolean(),
        expectedOn: fc.integer({ min: -5, max: 100 }).map((k) => civilFromDays(receivedDay + k)),
      },
      { requiredKeys: ['writtenNoticeOn'] },
    ),
    { maxLength: 3 },
  );

const cases = received.chain((day) => fc.tuple(fc.constant(day), extensions(day)));

describe('accessDeadline properties', () => {
  it('is always receipt + 30, or up to + 60 with a valid first extension, never more', () => {
    fc.assert(
      fc.property(cases, ([day, exts]) => {
        const r = accessDeadline(civilFromDays(day), { extensions: exts });
        expect(r.success).toBe(true);
        if (!r.success) return;
        const after = toDayNumber(r.dueOn) - day;
        expect(after).toBeGreaterThanOrEqual(30);
        expect(after).toBeLessThanOrEqual(60);
        expect(r.extended).toBe(after > 30);
        const first = exts[0];
        const valid =
          first !== undefined &&
          toDayNumber(first.writtenNoticeOn as CalendarDate) - day <= 30 &&
          first.reasonStated === true &&
          first.expectedOn !== undefined;
        if (!valid) expect(after).toBe(30);
        else {
          const expected = toDayNumber(first.expectedOn as CalendarDate) - day;
          expect(after).toBe(Math.min(Math.max(expected, 30), 60));
        }
        expect(r.ruleIds).toEqual(r.extended ? ['access.30-days', 'access.extension-30'] : ['access.30-days']);
      }),
    );
  });

  it('refuses every extension after the first with one finding each, and cites only catalog rules', () => {
    fc.assert(
      fc.property(cases, fc.constantFrom(ENGLISH, es), ([day, exts], locale) => {
        const r = accessDeadline(civilFromDays(day), { extensions: exts, locale });
        if (!r.success) throw new Error('unexpected issues');
        const refused = r.findings.filter((f) => f.ruleId === 'access.second-extension-refused');
        expect(refused.map((f) => f.path)).toEqual(exts.slice(1).map((_, i) => ['options', 'extensions', i + 1]));
        for (const f of r.findings) expect(getRule(f.ruleId)?.severity).toBe(f.severity);
      }),
    );
  });

  it('gives the 30-day deadline exactly without extensions, and days remaining from asOf; refuses a receipt after asOf', () => {
    fc.assert(
      fc.property(received, fc.integer({ min: -100, max: 100 }), (day, offset) => {
        const asOf = civilFromDays(day + offset);
        const r = accessDeadline(civilFromDays(day), { asOf });
        if (offset < 0) {
          expect(r.success === false && r.issues.map((i) => [i.path, i.code])).toEqual([[['receivedOn'], 'date_in_future']]);
          return;
        }
        expect(r).toEqual({
          success: true,
          dueOn: civilFromDays(day + 30),
          extended: false,
          daysRemaining: 30 - offset,
          ruleIds: ['access.30-days'],
          findings: [],
        });
      }),
    );
  });

  it('refuses a notice dated before the receipt', () => {
    fc.assert(
      fc.property(received, fc.integer({ min: 1, max: 400 }), (day, before) => {
        const r = accessDeadline(civilFromDays(day), { extensions: [{ writtenNoticeOn: civilFromDays(day - before) }] });
        expect(r.success === false && r.issues.map((i) => i.code)).toEqual(['date_order']);
      }),
    );
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything(), anythingFor(['extensions', 'locale', 'asOf']), (value, options) => {
        expect(typeof accessDeadline(value).success).toBe('boolean');
        expect(typeof accessDeadline('2026-01-05', options as AccessDeadlineOptions).success).toBe('boolean');
      }),
    );
  });
});
