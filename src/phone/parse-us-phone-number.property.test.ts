import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUsPhoneNumber } from './format-us-phone-number';
import { isDirectoryNumber } from './is-directory-number';
import { matchDirectoryNumber } from './match-directory-number';
import { parseUsPhoneNumber } from './parse-us-phone-number';
import { toE164 } from './to-e164';
import { toTelUri } from './to-tel-uri';
import { hostileValues } from '../../test/support/hostile';

const REASONS = ['not-a-string', 'empty', 'too-long', 'not-a-number', 'too-short', 'not-us', 'invalid-length', 'invalid-number'];
const digits = (n: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
/** Ten-digit numbers in the 704 and 919 areas (exchanges 2–9: all valid in the plan). */
const valid = fc
  .tuple(fc.constantFrom('704', '919'), fc.constantFrom(...'23456789'), digits(6))
  .map(([a, first, rest]) => `${a}${first}${rest}`);
/** Valid numbers of every region (whole exchanges in service in the plan), each with its region. */
const anyRegion = fc.oneof(
  valid.map((n) => [n, 'US'] as const),
  fc.tuple(fc.constantFrom('787', '939'), fc.constantFrom(...'23456789'), digits(6)).map(([a, f, r]) => [`${a}${f}${r}`, 'PR'] as const),
  digits(4).map((r) => [`340774${r}`, 'VI'] as const),
  digits(4).map((r) => [`671472${r}`, 'GU'] as const),
  digits(4).map((r) => [`684633${r}`, 'AS'] as const),
  digits(4).map((r) => [`670234${r}`, 'MP'] as const),
);
/** The ways of writing a number, and an optional extension in each of its written forms. */
const written = fc.tuple(
  anyRegion,
  fc.integer({ min: 0, max: 5 }),
  fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 6 }), { nil: undefined }),
  fc.constantFrom(' x', ' ext. ', ';ext=', ' #'),
);

describe('parseUsPhoneNumber (properties)', () => {
  it('never throws, whatever it is given, and answers with a known reason', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        for (const r of [parseUsPhoneNumber(v), matchDirectoryNumber(v)]) {
          if (!r.valid) expect(REASONS).toContain(r.reason);
        }
        expect(typeof isDirectoryNumber(v)).toBe('boolean');
        expect([toE164(v), formatUsPhoneNumber(v), toTelUri(v)].every((x) => x === null) || typeof v === 'string').toBe(true);
      }),
    );
    for (const v of hostileValues(['number'])) {
      expect(parseUsPhoneNumber(v).valid).toBe(false);
      expect(isDirectoryNumber(v)).toBe(false);
    }
  });

  it('never throws on phone-like text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 ()-+.x#*;=ext:tel/'), maxLength: 60 }), (s) => {
        const r = parseUsPhoneNumber(s);
        expect(r.valid || REASONS.includes(r.reason)).toBe(true);
      }),
    );
  });

  it('answers strings over 250 characters with too-long, quickly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 251, maxLength: 3000 }), (s) => {
        expect(parseUsPhoneNumber(s)).toEqual({ valid: false, reason: 'too-long' });
      }),
    );
    const huge = '704-660-4038 '.repeat(800_000);
    const started = performance.now();
    parseUsPhoneNumber(huge);
    matchDirectoryNumber(huge);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('reads its own display form and E.164 form back to the same number', () => {
    fc.assert(
      fc.property(valid, (n) => {
        const r = parseUsPhoneNumber(n);
        expect(r.valid).toBe(true);
        if (!r.valid) return;
        expect(r.e164).toBe(`+1${n}`);
        expect(r.display).toBe(`(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`);
        expect(r.uri).toBe(`tel:+1${n}`);
        expect(parseUsPhoneNumber(r.display)).toEqual(r);
        expect(parseUsPhoneNumber(r.e164)).toEqual(r);
      }),
    );
  });

  it('reads its own tel: URI back to the same result, in every region, with or without an extension', () => {
    let readBack = 0;
    fc.assert(
      fc.property(written, ([[n, region], style, ext, mark]) => {
        const body = [`(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, `+1 ${n}`, `1-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, n, `+1${n}`, `tel:+1-${n}`][style];
        const text = `${body}${ext === undefined ? '' : style === 5 ? `;ext=${ext}` : `${mark}${ext}`}`;
        const r = parseUsPhoneNumber(text);
        expect(r).toMatchObject({ valid: true, region, e164: `+1${n}`, extension: ext ?? null });
        const uri = toTelUri(text) as string;
        expect(uri).toBe(`tel:+1${n}${ext === undefined ? '' : `;ext=${ext}`}`);
        expect(parseUsPhoneNumber(uri)).toEqual(r);
        expect(toTelUri(uri)).toBe(uri);
        readBack++;
      }),
    );
    expect(readBack).toBe(fc.readConfigureGlobal().numRuns ?? 100);
  });

  it('rejects a valid number with a digit added or removed', () => {
    fc.assert(
      fc.property(valid, fc.constantFrom(...'0123456789'), (n, d) => {
        expect(parseUsPhoneNumber(`${n}${d}`)).toEqual({ valid: false, reason: 'invalid-length' });
        expect(parseUsPhoneNumber(n.slice(1))).toEqual({ valid: false, reason: 'invalid-length' });
      }),
    );
  });
});
