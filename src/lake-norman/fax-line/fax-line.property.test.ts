import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../core/locale';
import { es } from '../../locales/es';
import { addDays } from '../../core/calendar-date';
import type { CalendarDate } from '../../core/types';
import { getRule } from '../../catalog/catalog';
import { FAX_LINE_IDS, faxLineAccepts, type FaxLineId } from './fax-line';
import { PATIENT_CARE_REQUESTERS, PURPOSES, REQUESTERS } from '../schemas/records-request';
import { anythingFor, hostileValues, prototypePolluted, snapshot } from '../../../test/support/hostile';

const dayIn = (from: string, to: string): fc.Arbitrary<CalendarDate> => {
  const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return fc.integer({ min: 0, max: span }).map((n) => addDays(from as CalendarDate, n));
};
const seedDay = dayIn('1990-01-01', '2025-10-17');
const anyDay = dayIn('1990-01-01', '2035-12-31');
const lineArb = fc.constantFrom(...FAX_LINE_IDS);
/** A valid fax request: a patient-care purpose only from a requester who may state it. */
const requestArb = fc
  .record({ purpose: fc.constantFrom(...PURPOSES), requester: fc.option(fc.constantFrom(...REQUESTERS), { nil: undefined }) })
  .filter((r) => r.purpose === 'other' || r.requester === undefined || (PATIENT_CARE_REQUESTERS as readonly string[]).includes(r.requester))
  .map((r) => (r.requester === undefined ? { purpose: r.purpose } : r));
const localeArb = fc.constantFrom(ENGLISH, es);
const nameArb = fc.tuple(fc.stringMatching(/^[a-z]{4,10}$/), fc.stringMatching(/^[a-z]{4,10}$/)).map(([a, b]) => `Zq${a} Zq${b}`);
const dobArb = dayIn('1901-01-01', '1999-12-31');

describe('faxLineAccepts properties', () => {
  it('seed edition: the Lake Norman fax accepts a request iff its purpose is patient care', () => {
    fc.assert(
      fc.property(seedDay, requestArb, (asOf, request) => {
        const r = faxLineAccepts({ lineId: 'lake-norman-fax', request: request }, { asOf });
        expect(r.success).toBe(true);
        if (!r.success) return;
        expect(r.edition).toBe('seed');
        expect(r.accepted).toBe(request.purpose === 'patient-care');
      }),
    );
  });

  it('never accepts a non-care request on the Lake Norman fax, nor any request on the Document Management fax', () => {
    fc.assert(
      fc.property(anyDay, requestArb, lineArb, (asOf, request, lineId) => {
        const r = faxLineAccepts({ lineId: lineId, request: request }, { asOf });
        if (!r.success) throw new Error('valid input refused');
        if (lineId === 'lake-norman-fax' && r.accepted) expect(request.purpose).toBe('patient-care');
        if (lineId === 'document-management-fax') expect(r.accepted).toBe(false);
      }),
    );
  });

  it('cites only rules in force in the edition; a refusal always names an alternative that is itself accepted (or mail); an acceptance none', () => {
    fc.assert(
      fc.property(anyDay, requestArb, lineArb, (asOf, request, lineId) => {
        const r = faxLineAccepts({ lineId: lineId, request: request }, { asOf });
        if (!r.success) throw new Error('valid input refused');
        for (const id of r.ruleIds) expect(getRule(id)?.editions, id).toContain(r.edition);
        if (r.accepted) {
          expect(r.alternative).toBeNull();
          expect(r.fax).not.toBeNull();
          return;
        }
        expect(r.alternative).not.toBeNull();
        if (r.alternative?.channel === 'fax') {
          const alt = faxLineAccepts({ lineId: r.alternative.lineId, request: request }, { asOf });
          expect(alt.success && alt.accepted).toBe(true);
          expect(alt.success && alt.fax).toEqual(r.alternative.fax);
        } else {
          expect(r.alternative?.mailingAddress.lines.length).toBe(4);
        }
      }),
    );
  });

  it('gives the same answer under every process time zone', () => {
    const zones = ['UTC', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Los_Angeles', 'Pacific/Kiritimati'];
    const saved = process.env.TZ;
    try {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2025, 9, 16), max: Date.UTC(2025, 9, 20) }), requestArb, lineArb, (ms, request, lineId) => {
          const results = zones.map((tz) => {
            process.env.TZ = tz;
            return JSON.stringify([faxLineAccepts({ lineId: lineId, request: request }, { asOf: ms }), faxLineAccepts({ lineId: lineId, request: request }, { asOf: new Date(ms) })]);
          });
          expect(new Set(results).size).toBe(1);
          const r = faxLineAccepts({ lineId: lineId, request: request }, { asOf: ms });
          expect(r.success && r.edition).toBe(ms >= Date.UTC(2025, 9, 18, 4) ? '2025-10-18' : 'seed');
        }),
        { numRuns: 40 },
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('never throws, never mutates and never echoes names or dates of birth, for anything at all', () => {
    const keys = ['purpose', 'requester', 'patient', 'signer', 'dateOfBirth', 'name'];
    fc.assert(
      fc.property(
        fc.oneof(lineArb, fc.anything()),
        anythingFor(keys),
        fc.option(fc.record({ locale: fc.oneof(localeArb, fc.anything()), asOf: fc.oneof(anyDay, fc.anything()) }, { requiredKeys: [] }), { nil: undefined }),
        nameArb,
        dobArb,
        (lineId, raw, options, name, dob) => {
          const request =
            raw !== null && typeof raw === 'object' && !Array.isArray(raw)
              ? { ...raw, name, patientName: name, dateOfBirth: dob, patient: { situation: 'minor', dateOfBirth: dob, name } }
              : raw;
          const before = snapshot(request);
          for (const locale of [ENGLISH, es]) {
            const r = faxLineAccepts({ lineId: lineId as FaxLineId, request: request }, options === undefined ? { locale } : (options as never));
            const text = JSON.stringify(r);
            expect(text).not.toContain('Zq');
            expect(text).not.toContain(dob);
          }
          expect(snapshot(request)).toBe(before);
          expect(prototypePolluted()).toBe(false);
        },
      ),
    );
  });

  it('survives hostile values as request, line and options', () => {
    for (const value of hostileValues(['purpose', 'requester'])) {
      expect(() => faxLineAccepts({ lineId: value as FaxLineId, request: value })).not.toThrow();
      expect(() => faxLineAccepts({ lineId: 'lake-norman-fax', request: value }, value as never)).not.toThrow();
      const r = faxLineAccepts({ lineId: 'lake-norman-fax', request: value });
      expect(typeof r.success).toBe('boolean');
    }
    expect(prototypePolluted()).toBe(false);
  });
});
