import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSubmission } from './evaluate-submission';
import { ENGLISH } from '../../core/locale';
import { es } from '../../locales/es';
import { fingerprint } from '../../../test/support/fingerprint';
import { anythingFor, hostileValues, prototypePolluted } from '../../../test/support/hostile';
import { dobArb, nameArb, passwordArb, recordNumberArb, submissionArb, trackingArb } from '../../../test/support/submission-arbitraries';

const KEYS = ['sender', 'patient', 'items', 'channel', 'actions', 'preferredLanguage', 'name', 'dateOfBirth', 'kind', 'label'];

function expectWellFormed(result: unknown): void {
  expect(result).toBeTypeOf('object');
  const r = result as { success: boolean; issues?: { path: unknown[]; code: string; message: string }[] };
  expect(typeof r.success).toBe('boolean');
  if (!r.success) {
    expect(r.issues?.length).toBeGreaterThan(0);
    for (const issue of r.issues ?? []) {
      expect(typeof issue.code).toBe('string');
      expect(issue.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
    }
  }
}

describe('evaluateSubmission on anything at all', () => {
  it('uses a fingerprint that sees mutations', () => {
    const input = { items: [{ kind: 'paper', label: { name: true } }] };
    const before = fingerprint(input);
    (input.items[0] as { label: { name: boolean } }).label.name = false;
    expect(fingerprint(input)).not.toBe(before);
    const added = { a: 1 } as Record<string, number>;
    const b2 = fingerprint(added);
    added.b = 2;
    expect(fingerprint(added)).not.toBe(b2);
  });

  it('never throws, never mutates and never pollutes, for random values', () => {
    fc.assert(
      fc.property(anythingFor(KEYS), fc.option(fc.anything(), { nil: undefined }), (input, options) => {
        const before = fingerprint(input);
        let result: unknown;
        expect(() => {
          result = evaluateSubmission(input, options as never);
        }).not.toThrow();
        expectWellFormed(result);
        expect(fingerprint(input)).toBe(before);
        expect(prototypePolluted()).toBe(false);
      }),
    );
  });

  it('answers random objects shaped like a submission with a result or issues', () => {
    const shaped = fc.record({
      sender: fc.oneof(fc.constantFrom('patient', 'external-clinic'), fc.anything()),
      patient: fc.oneof(fc.record({ name: fc.anything(), dateOfBirth: fc.oneof(dobArb, fc.anything()) }), fc.anything()),
      items: fc.oneof(fc.array(fc.dictionary(fc.constantFrom('kind', 'pages', 'medium', 'label', 'original'), fc.anything())), fc.anything()),
      channel: fc.anything(),
    });
    fc.assert(
      fc.property(shaped, (input) => {
        const before = fingerprint(input);
        expectWellFormed(evaluateSubmission(input));
        expect(fingerprint(input)).toBe(before);
      }),
    );
  });

  it('survives the hostile values (10 MB strings, deep nesting, __proto__ keys, throwing getters and proxies)', () => {
    for (const value of hostileValues(KEYS)) {
      for (const input of [value, { sender: 'patient', patient: value, items: [value] }, { sender: 'patient', items: value, channel: value }]) {
        const before = fingerprint(input);
        let result: unknown;
        expect(() => {
          result = evaluateSubmission(input, { asOf: '2026-01-01' });
        }).not.toThrow();
        expectWellFormed(result);
        expect((result as { success: boolean }).success).toBe(false);
        expect(fingerprint(input)).toBe(before);
      }
      expect(() => evaluateSubmission({}, value as never)).not.toThrow();
    }
    expect(prototypePolluted()).toBe(false);
  });

  it('refuses a 10 MB name or date of birth quickly, with one issue each', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const r = evaluateSubmission({ sender: 'patient', patient: { name: huge, dateOfBirth: huge, recordNumber: huge }, items: [{ kind: 'paper', pages: 1 }] });
    expect(r).toMatchObject({
      success: false,
      issues: [
        { path: ['patient', 'name'], code: 'too_big' },
        { path: ['patient', 'dateOfBirth'], code: 'too_big' },
        { path: ['patient', 'recordNumber'], code: 'too_big' },
      ],
    });
  });
});

describe('evaluateSubmission never echoes patient data', () => {
  it('keeps names, dates of birth, record numbers, passwords and tracking numbers out of every result, in both locales', () => {
    fc.assert(
      fc.property(
        submissionArb,
        nameArb,
        dobArb,
        recordNumberArb,
        passwordArb,
        trackingArb,
        fc.constantFrom(ENGLISH, es),
        (base, name, dateOfBirth, recordNumber, password, trackingNumber, locale) => {
          const input = {
            ...base,
            patient: { name, dateOfBirth, recordNumber, password },
            items: base.items.map((item) => ({ ...item, password, passwordHint: password })),
            channel: { kind: 'mail', carrier: 'fedex', trackingNumber },
            password,
          };
          const secrets = [name, dateOfBirth, recordNumber, password, trackingNumber];
          for (const result of [evaluateSubmission(input, { locale }), evaluateSubmission({ ...input, items: [] }, { locale })]) {
            const text = JSON.stringify(result);
            for (const secret of secrets) expect(text).not.toContain(secret);
          }
          // the same values in the wrong places give issues that do not repeat them either
          const wrong = { sender: name, patient: { name: 12, dateOfBirth: `${dateOfBirth}x`, recordNumber: { recordNumber } }, items: password };
          const issues = JSON.stringify(evaluateSubmission(wrong, { locale, asOf: '2026-01-01' }));
          for (const secret of secrets) expect(issues).not.toContain(secret);
        },
      ),
    );
  });
});
