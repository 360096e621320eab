import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../core/locale';
import { es } from '../../locales/es';
import { addDays, ageOn } from '../../core/calendar-date';
import type { CalendarDate } from '../../core/types';
import { getRule } from '../../catalog/catalog';
import { availabilityOf } from '../portals/portals';
import { routeRecordsRequest, type RecordsRoute } from './route-records-request';
import {
  FORM_LANGUAGES,
  PATIENT_CARE_REQUESTERS,
  PURPOSES,
  RECIPIENTS,
  REQUEST_CHANNELS,
  REQUESTERS,
} from '../schemas/records-request';
import { PROOF_KINDS, SIGNER_ROLES } from '../signer/signer-schema';
import { anythingFor, hostileValues, prototypePolluted, snapshot } from '../../../test/support/hostile';

const dayIn = (from: string, to: string): fc.Arbitrary<CalendarDate> => {
  const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return fc.integer({ min: 0, max: span }).map((n) => addDays(from as CalendarDate, n));
};
const seedDay = dayIn('2000-01-01', '2025-10-17');
const anyDay = dayIn('2000-01-01', '2035-12-31');
const dobArb = dayIn('1901-01-01', '1999-12-31');
const recentDob = dayIn('1990-01-01', '2025-12-31');
const nameArb = fc.tuple(fc.stringMatching(/^[a-z]{4,10}$/), fc.stringMatching(/^[a-z]{4,10}$/)).map(([a, b]) => `Zq${a} Zq${b}`);
const localeArb = fc.constantFrom(ENGLISH, es);

const patientArb = (dob: fc.Arbitrary<CalendarDate>) =>
  fc.oneof(
    fc.constantFrom({ situation: 'adult' }, { situation: 'unable-to-sign' }, { situation: 'deceased' }),
    dob.map((dateOfBirth) => ({ situation: 'minor', dateOfBirth })),
  );

/** A valid records request (a patient-care purpose only from a requester who may state it). */
const requestArb = (dob: fc.Arbitrary<CalendarDate> = recentDob) =>
  fc
    .record(
      {
        requester: fc.constantFrom(...REQUESTERS),
        recipient: fc.constantFrom(...RECIPIENTS),
        purpose: fc.constantFrom(...PURPOSES),
        channel: fc.constantFrom(...REQUEST_CHANNELS),
        formLanguage: fc.constantFrom(...FORM_LANGUAGES),
        preferredLanguage: fc.constantFrom('en', 'es', 'zh-Hant', 'English', 'vi'),
        legacyRecords: fc.constantFrom('yes', 'no', 'unknown'),
        patient: patientArb(dob),
        signer: fc.record({ role: fc.constantFrom(...SIGNER_ROLES), proof: fc.subarray([...PROOF_KINDS]) }),
      },
      { requiredKeys: ['requester', 'recipient', 'purpose', 'patient', 'signer'] },
    )
    .filter((r) => r.purpose === 'other' || (PATIENT_CARE_REQUESTERS as readonly string[]).includes(r.requester));

function route(input: unknown, options?: Parameters<typeof routeRecordsRequest>[1]): RecordsRoute {
  const r = routeRecordsRequest(input, options);
  if (!r.success) throw new Error(`refused: ${JSON.stringify(r.issues)}`);
  return r;
}

/** asOf and a request whose minor (if any) is born on or before asOf. */
const datedRequest = (days: fc.Arbitrary<CalendarDate>) =>
  fc.tuple(days, requestArb()).filter(([asOf, r]) => r.patient.situation !== 'minor' || (r.patient as { dateOfBirth: string }).dateOfBirth <= asOf);

describe('routeRecordsRequest properties', () => {
  it('seed edition: the fax is offered iff the purpose is patient care', () => {
    fc.assert(
      fc.property(datedRequest(seedDay), ([asOf, request]) => {
        const r = route(request, { asOf });
        expect(r.edition).toBe('seed');
        expect(r.channels.some((c) => c.channel === 'fax')).toBe(request.purpose === 'patient-care');
        if (request.channel === 'fax') expect(r.requestedChannel?.accepted).toBe(request.purpose === 'patient-care');
      }),
    );
  });

  it('never offers the Lake Norman fax to a non-care request, in any edition', () => {
    fc.assert(
      fc.property(datedRequest(anyDay), ([asOf, request]) => {
        const r = route(request, { asOf });
        const lnFax = r.channels.some((c) => c.channel === 'fax' && c.lineId === 'lake-norman-fax');
        if (lnFax) expect(request.purpose).toBe('patient-care');
        const send = r.steps.find((s) => s.action === 'send-form');
        if (send?.action === 'send-form' && send.via.channel === 'fax' && send.via.lineId === 'lake-norman-fax') expect(request.purpose).toBe('patient-care');
      }),
    );
  });

  it('mail is always accepted, and the online request always comes first when available', () => {
    fc.assert(
      fc.property(fc.option(anyDay, { nil: undefined }), requestArb(dobArb), localeArb, (asOf, request, locale) => {
        const r = route(request, asOf === undefined ? { locale } : { asOf, locale });
        const mail = r.channels.filter((c) => c.channel === 'mail');
        expect(mail.length).toBe(1);
        expect(mail[0]?.level).toBe('accepted');
        if (request.channel === 'mail') expect(r.requestedChannel?.accepted).toBe(true);
        if (r.hospital.onlineRequest !== null) expect(r.channels[0]?.channel).toBe('online-request');
        const levels = r.channels.map((c) => c.level);
        expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === 'recommended' ? -1 : 1)));
      }),
    );
  });

  it('a minor under 18 is ready only with a custodial parent or guardian holding proof', () => {
    fc.assert(
      fc.property(datedRequest(anyDay), ([asOf, request]) => {
        fc.pre(request.patient.situation === 'minor');
        const dob = (request.patient as { dateOfBirth: CalendarDate }).dateOfBirth;
        fc.pre(ageOn(dob, asOf) < 18);
        const r = route(request, { asOf });
        expect(r.signer.situation).toBe('minor');
        const parentOrGuardian = request.signer.role === 'custodial-parent' || request.signer.role === 'legal-guardian';
        expect(r.signer.complete).toBe(parentOrGuardian && request.signer.proof.length > 0);
        if (r.ready) {
          expect(parentOrGuardian).toBe(true);
          expect(request.signer.proof.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('a deceased patient is never the signer', () => {
    fc.assert(
      fc.property(datedRequest(anyDay), ([asOf, request]) => {
        const r = route({ ...request, patient: { situation: 'deceased' }, signer: { ...request.signer, role: 'patient' } }, { asOf });
        expect(r.signer.allowed).toBe(false);
        expect(r.ready).toBe(false);
      }),
    );
  });

  it('editions switch at 2025-10-18 in America/New_York: exactly one per asOf', () => {
    const switchMs = Date.UTC(2025, 9, 18, 4);
    fc.assert(
      fc.property(fc.integer({ min: switchMs - 3 * 86_400_000, max: switchMs + 3 * 86_400_000 }), requestArb(dobArb), (ms, request) => {
        const r = route(request, { asOf: ms });
        const expected = ms >= switchMs ? '2025-10-18' : 'seed';
        expect(r.edition).toBe(expected);
        expect(r.hospital.edition).toBe(expected);
        expect(route(request, { asOf: new Date(ms) }).edition).toBe(expected);
        expect(route(request, { asOf: new Date(ms).toISOString() }).edition).toBe(expected);
      }),
    );
    fc.assert(
      fc.property(anyDay, requestArb(dobArb), (asOf, request) => {
        expect(route(request, { asOf }).edition).toBe(asOf < '2025-10-18' ? 'seed' : '2025-10-18');
      }),
    );
  });

  it('cites only catalog rules in force in the edition, and is ready iff no error finding', () => {
    fc.assert(
      fc.property(datedRequest(anyDay), localeArb, ([asOf, request], locale) => {
        const r = route(request, { asOf, locale });
        for (const f of r.findings) expect(getRule(f.ruleId)?.editions, f.ruleId).toContain(r.edition);
        // One meaning of severity: a finding carries its rule's catalog severity.
        for (const f of r.findings) expect(f.severity, f.ruleId).toBe(getRule(f.ruleId)?.severity);
        for (const c of r.channels) for (const id of c.ruleIds) expect(getRule(id)?.editions, id).toContain(r.edition);
        expect(r.ready).toBe(!r.findings.some((f) => f.severity === 'error'));
        expect(new Set(r.ruleIds).size).toBe(r.ruleIds.length);
        if (r.requestedChannel !== null) expect(r.requestedChannel.accepted).toBe(r.requestedChannel.alternative === null);
      }),
    );
  });

  it('the portal statuses are those of portalAvailability on asOf', () => {
    fc.assert(
      fc.property(fc.option(dayIn('2025-10-18', '2028-12-31'), { nil: null }), requestArb(dobArb), (asOf, request) => {
        const r = route(request, asOf === null ? {} : { asOf });
        const portal = r.channels.find((c) => c.channel === 'patient-portal');
        if (portal?.channel !== 'patient-portal') throw new Error('no portal channel');
        // Legacy portals only for the patient or a legal representative, and not when the patient had no care before.
        const legacy = request.legacyRecords !== 'no' && (request.requester === 'patient' || request.requester === 'legal-representative');
        const expected = r.hospital.portals.filter((p) => legacy || p.availability === null).map((p) => availabilityOf(p, asOf));
        expect(portal.portals).toEqual(expected);
        expect(r.findings.some((f) => f.ruleId.startsWith('ln.legacy-portals'))).toBe(legacy);
      }),
    );
  });

  it('shares only frozen objects between results, so mutating one result cannot change another', () => {
    fc.assert(
      fc.property(datedRequest(anyDay), localeArb, ([asOf, request], locale) => {
        const a = route(request, { asOf, locale });
        const b = route(request, { asOf, locale });
        const inB = new Set<object>();
        const collect = (v: unknown): void => {
          if (v === null || typeof v !== 'object' || inB.has(v)) return;
          inB.add(v);
          for (const k of Object.keys(v)) collect((v as Record<string, unknown>)[k]);
        };
        collect(b);
        const seen = new Set<object>();
        const check = (v: unknown): void => {
          if (v === null || typeof v !== 'object' || seen.has(v)) return;
          seen.add(v);
          if (inB.has(v)) expect(Object.isFrozen(v)).toBe(true);
          for (const k of Object.keys(v)) check((v as Record<string, unknown>)[k]);
        };
        check(a);
        expect(a).toEqual(b);
        expect(a).not.toBe(b);
        expect(a.findings).not.toBe(b.findings);
      }),
      { numRuns: 30 },
    );
  });

  it('gives the same result under every process time zone', () => {
    const zones = ['UTC', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Los_Angeles', 'Pacific/Kiritimati', 'America/New_York'];
    const saved = process.env.TZ;
    try {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2025, 9, 15), max: Date.UTC(2027, 5, 1) }), requestArb(dobArb), (ms, request) => {
          const results = zones.map((tz) => {
            process.env.TZ = tz;
            return JSON.stringify([route(request, { asOf: ms }), route(request, { asOf: new Date(ms) }), route(request)]);
          });
          expect(new Set(results).size).toBe(1);
        }),
        { numRuns: 30 },
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('never throws, never mutates and never echoes names or dates of birth, for anything at all', () => {
    const keys = ['requester', 'recipient', 'purpose', 'channel', 'formLanguage', 'preferredLanguage', 'patient', 'signer'];
    const inputArb = fc.oneof(
      anythingFor(keys),
      requestArb(dobArb),
      fc.tuple(requestArb(dobArb), fc.constantFrom(...keys), fc.anything()).map(([r, k, v]) => ({ ...r, [k]: v })),
    );
    fc.assert(
      fc.property(
        inputArb,
        fc.option(fc.record({ locale: fc.oneof(localeArb, fc.anything()), asOf: fc.oneof(anyDay, fc.anything()) }, { requiredKeys: [] }), { nil: undefined }),
        nameArb,
        dobArb,
        (raw, options, name, dob) => {
          const input =
            raw !== null && typeof raw === 'object' && !Array.isArray(raw)
              ? {
                  ...raw,
                  name,
                  preferredLanguage: name,
                  patient: { situation: 'minor', dateOfBirth: dob, name, mrn: name },
                  signer: { role: 'custodial-parent', name },
                }
              : raw;
          const before = snapshot(input);
          for (const locale of [ENGLISH, es]) {
            const r = routeRecordsRequest(input, options === undefined ? { locale } : (options as never));
            const text = JSON.stringify(r);
            expect(text).not.toContain('Zq');
            expect(text).not.toContain(dob);
          }
          expect(snapshot(input)).toBe(before);
          expect(prototypePolluted()).toBe(false);
        },
      ),
    );
  });

  it('survives hostile values', () => {
    for (const value of hostileValues(['requester', 'patient', 'signer'])) {
      expect(() => routeRecordsRequest(value)).not.toThrow();
      expect(() => routeRecordsRequest(value, value as never)).not.toThrow();
      expect(routeRecordsRequest(value).success).toBe(false);
    }
    expect(prototypePolluted()).toBe(false);
  });
});
