import { describe, expect, it } from 'vitest';
import { readTrackingNumber } from './read-tracking-number';

describe('readTrackingNumber', () => {
  it('refuses anything but a string', () => {
    for (const v of [undefined, null, 12345678901, 1n, {}, [], new String('1Z5R89390357567127'), Symbol('x')]) {
      expect(readTrackingNumber(v)).toEqual({ ok: false, reason: 'not-a-string' });
    }
  });

  it('bounds the raw length at 128 characters before anything else', () => {
    expect(readTrackingNumber(`${' '.repeat(110)}1Z5R89390357567127`)).toEqual({
      ok: true,
      number: '1Z5R89390357567127',
      digits: false,
    });
    expect(readTrackingNumber(`${' '.repeat(111)}1Z5R89390357567127`)).toEqual({ ok: false, reason: 'too-long' });
    expect(readTrackingNumber(' '.repeat(129))).toEqual({ ok: false, reason: 'too-long' });
    const started = performance.now();
    expect(readTrackingNumber('9'.repeat(10 * 1024 * 1024))).toEqual({ ok: false, reason: 'too-long' });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('removes white space and ASCII and Unicode dashes', () => {
    expect(readTrackingNumber(' 9400-1112\t0108\u00a00805\u20134830\u2014 16\n')).toEqual({
      ok: true,
      number: '9400111201080805483016',
      digits: true,
    });
    expect(readTrackingNumber('12\u201034\u201156\u201278\u201390\u201412\u201534\u22125')).toEqual({
      ok: true,
      number: '123456789012345',
      digits: true,
    });
  });

  it('says empty when nothing but spaces and dashes is left', () => {
    for (const v of ['', ' ', ' - ', '\u2013\t\n']) expect(readTrackingNumber(v)).toEqual({ ok: false, reason: 'empty' });
  });

  it('allows at most 34 characters once normalised', () => {
    expect(readTrackingNumber('1'.repeat(34))).toEqual({ ok: true, number: '1'.repeat(34), digits: true });
    expect(readTrackingNumber('1'.repeat(35))).toEqual({ ok: false, reason: 'too-long' });
    expect(readTrackingNumber(`${'1 '.repeat(34)}`)).toEqual({ ok: true, number: '1'.repeat(34), digits: true });
  });

  it('refuses any other character, non-ASCII letters and digits included', () => {
    for (const v of ['1Z5R8939.0357567127', '1Z5R8939_0357567127', '1Z5R8939/0357567127', '1Ż5R89390357567127', '١٢٣', 'ſ1']) {
      expect(readTrackingNumber(v)).toEqual({ ok: false, reason: 'unknown-format' });
    }
  });

  it('upper-cases ASCII letters and tells all-digit numbers apart', () => {
    expect(readTrackingNumber('1z5r89390357567127')).toEqual({ ok: true, number: '1Z5R89390357567127', digits: false });
    expect(readTrackingNumber('986578788855')).toEqual({ ok: true, number: '986578788855', digits: true });
    expect(readTrackingNumber('98657878885a')).toEqual({ ok: true, number: '98657878885A', digits: false });
    expect(readTrackingNumber('a98657878885')).toEqual({ ok: true, number: 'A98657878885', digits: false });
  });
});
