import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSubmission } from './evaluate-submission';
import type { SubmissionEvaluation } from './types';
import { getRule } from '../../catalog/catalog';
import { carrierPolicy } from '../carriers/carriers';
import { requirementsOf } from '../labeling/labeling';
import { submissionSchema } from '../schemas/submission';
import { submissionArb } from '../../../test/support/submission-arbitraries';
import { ENGLISH, type Locale } from '../../core/locale';
import { es } from '../../locales/es';

const evaluate = (input: unknown, locale: Locale = ENGLISH): SubmissionEvaluation => {
  const r = evaluateSubmission(input, { locale });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r;
};
const remote = new Set(['fax', 'email', 'mail']);
const localeArb = fc.constantFrom(ENGLISH, es);

describe('evaluateSubmission invariants', () => {
  it('ranks a never-empty list of channels, appointment first unless radiology governs', () => {
    fc.assert(
      fc.property(submissionArb, localeArb, (input, locale) => {
        const r = evaluate(input, locale);
        const radiology = input.items.some((i) => (i.radiology ?? []).length > 0);
        expect(r.channels.length).toBeGreaterThan(0);
        expect(r.channels.map((c) => c.rank)).toEqual(r.channels.map((_, i) => i + 1));
        expect(new Set(r.channels.map((c) => c.kind)).size).toBe(r.channels.length);
        expect(r.channels[0]?.kind).toBe(radiology ? 'clinic-upload' : 'appointment-copies');
        for (const c of r.channels) {
          if (remote.has(c.kind)) expect(c.accepted).toBe(!radiology);
          if (!c.accepted) expect(c.level).toBe('not-accepted');
        }
      }),
    );
  });

  it('never accepts radiology images by fax, e-mail or mail', () => {
    fc.assert(
      fc.property(submissionArb, (input) => {
        const r = evaluate(input);
        const radiology = input.items.some((i) => (i.radiology ?? []).length > 0);
        const refused = r.findings.some((f) => f.ruleId === 'channel.radiology-clinic-upload' && f.severity === 'error');
        expect(refused).toBe(radiology && input.channel !== undefined && remote.has(input.channel.kind));
        if (refused) expect(r.verdict).toBe('not-accepted');
      }),
    );
  });

  it('accepts USPS without recommending it; FedEx and UPS are trackable', () => {
    fc.assert(
      fc.property(fc.constantFrom('fedex', 'ups', 'usps', 'other') as fc.Arbitrary<'fedex' | 'ups' | 'usps' | 'other'>, (carrier) => {
        const p = carrierPolicy(carrier);
        expect(p.accepted).toBe(true);
        if (carrier === 'usps') expect([p.trackable, p.recommended]).toEqual([false, false]);
        if (carrier === 'fedex' || carrier === 'ups') expect([p.trackable, p.recommended]).toEqual([true, true]);
        if (carrier === 'other') expect([p.trackable, p.recommended]).toEqual([null, false]);
      }),
    );
    fc.assert(
      fc.property(submissionArb, (input) => {
        const r = evaluate(input);
        const usps = input.channel?.kind === 'mail' && input.channel.carrier === 'usps';
        expect(r.findings.some((f) => f.ruleId === 'carrier.usps-untracked' && f.severity === 'warning')).toBe(usps);
        expect(r.findings.filter((f) => f.ruleId.startsWith('carrier.')).every((f) => f.severity !== 'error')).toBe(true);
        expect(r.findings.some((f) => f.ruleId === 'carrier.lost-in-transit')).toBe(input.channel?.kind === 'mail');
      }),
    );
  });

  it('requires name and date of birth on every label, and the record number exactly when the patient has one', () => {
    fc.assert(
      fc.property(submissionArb, (input) => {
        const parsed = submissionSchema.parse(input);
        const hasNumber = parsed.patient.recordNumber !== undefined;
        const r = evaluate(input);
        parsed.items.forEach((item, i) => {
          const req = requirementsOf(item, { hasRecordNumber: hasNumber });
          expect(req.fields.slice(0, 2)).toEqual(['name', 'dateOfBirth']);
          expect(req.fields.includes('recordNumber')).toBe(hasNumber);
          const incomplete =
            req.fields.some((f) => !item.label[f]) || (item.kind === 'paper' && item.pages > 1 && !item.label.everyPage);
          const found = r.findings.some((f) => f.ruleId === req.ruleId && f.path?.[1] === i);
          expect(found).toBe(incomplete);
        });
        const labelStep = r.steps.find((s) => s.id === 'label');
        expect(labelStep).toBeDefined();
      }),
    );
  });

  it('always reports originals and enclosed passwords', () => {
    fc.assert(
      fc.property(submissionArb, (input) => {
        const r = evaluate(input);
        input.items.forEach((item, i) => {
          const original = r.findings.some((f) => f.ruleId === 'originals.never' && f.severity === 'error' && f.path?.[1] === i);
          expect(original).toBe(item.original === true);
          const enclosed = item.kind === 'media' && (item as { passwordEnclosed?: boolean }).passwordEnclosed === true;
          expect(r.findings.some((f) => f.ruleId === 'password.separate' && f.severity === 'error' && f.path?.[1] === i)).toBe(enclosed);
          if (item.original === true || enclosed) expect(r.verdict).toBe('not-accepted');
        });
        expect(r.findings.some((f) => f.ruleId === 'originals.not-returned')).toBe(true);
      }),
    );
  });

  it('adds a follow-up step after mail or fax, and the notify step before any send step for an external clinic', () => {
    fc.assert(
      fc.property(submissionArb, (input) => {
        const r = evaluate(input);
        const ids = r.steps.map((s) => s.id);
        const mailOrFax = input.channel?.kind === 'mail' || input.channel?.kind === 'fax';
        expect(ids.includes('follow-up')).toBe(mailOrFax);
        if (mailOrFax) expect(ids.indexOf('follow-up')).toBeGreaterThan(ids.indexOf('send'));
        expect(ids.includes('send')).toBe(input.channel !== undefined);
        if (input.sender === 'external-clinic') {
          expect(ids[0]).toBe('notify-first');
          if (ids.includes('send')) expect(ids.indexOf('notify-first')).toBeLessThan(ids.indexOf('send'));
        } else {
          expect(ids).not.toContain('notify-first');
        }
        expect(ids.at(-1)).toBe('when-to-call');
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('checks tracking numbers only of mail by FedEx, UPS or USPS', () => {
    fc.assert(
      fc.property(submissionArb, (input) => {
        const r = evaluate(input);
        const tracking = r.findings.filter((f) => f.ruleId.startsWith('tracking.'));
        const checkable =
          input.channel?.kind === 'mail' && input.channel.carrier !== 'other' && (input.channel as { trackingNumber?: string }).trackingNumber !== undefined;
        if (!checkable) expect(tracking).toEqual([]);
        expect(tracking.length).toBeLessThanOrEqual(1);
        for (const f of tracking) expect([f.severity, f.path]).toEqual(['warning', ['channel', 'trackingNumber']]);
      }),
    );
  });

  it('cites only catalog rules, with the catalog severity or a milder one, and derives the verdict from them', () => {
    fc.assert(
      fc.property(submissionArb, localeArb, (input, locale) => {
        const r = evaluate(input, locale);
        const rank = { error: 0, warning: 1, info: 2 } as const;
        for (const f of r.findings) {
          const rule = getRule(f.ruleId);
          expect(rule, f.ruleId).toBeDefined();
          // One meaning of severity: a finding carries its rule's catalog severity.
          expect(f.severity, f.ruleId).toBe(rule?.severity);
          expect(f.message).not.toMatch(/\{\w+\}/);
        }
        for (const s of r.steps) {
          for (const id of s.ruleIds) expect(getRule(id), id).toBeDefined();
          expect(s.text).not.toMatch(/\{\w+\}/);
        }
        const severities = r.findings.map((f) => rank[f.severity]);
        expect(severities).toEqual([...severities].sort((a, b) => a - b));
        const expected = severities.includes(0) ? 'not-accepted' : severities.includes(1) ? 'accepted-with-warnings' : 'accepted';
        expect(r.verdict).toBe(expected);
      }),
    );
  });

  it('gives the same result under any process time zone (zones switched in a child process)', async () => {
    const zones = ['UTC', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Los_Angeles', 'Pacific/Kiritimati'];
    const cases = fc.sample(fc.tuple(submissionArb, fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })), 100);
    const script = fileURLToPath(new URL('../../../test/support/evaluate-in-zone.ts', import.meta.url));
    const outputs = await new Promise<{ zone: string; offset: number; results: unknown }[]>((resolve, reject) => {
      const child = execFile(process.execPath, ['--import', 'tsx', script], { maxBuffer: 1 << 28 }, (error, stdout) =>
        error ? reject(error) : resolve(JSON.parse(stdout) as { zone: string; offset: number; results: unknown }[]),
      );
      child.stdin?.end(JSON.stringify({ zones, cases }));
    });
    expect(outputs.map((o) => o.zone)).toEqual(zones);
    expect(new Set(outputs.map((o) => o.offset)).size).toBe(zones.length);
    const reference = JSON.stringify(cases.map(([input, asOf]) => [evaluateSubmission(input, { asOf }), evaluateSubmission(input, { asOf: new Date(asOf), locale: es })]));
    for (const o of outputs) expect(JSON.stringify(o.results), o.zone).toBe(reference);
  }, 60_000);
});
