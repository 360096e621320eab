/**
 * Differential test against libphonenumber-js with its full (`max`)
 * metadata: on random digit strings, formatted numbers and random
 * phone-like text, the US-only core build gives the same verdict as `max`
 * (valid, and a number of the US), the same E.164 form, display form and
 * `tel:` URI.
 */
import fc from 'fast-check';
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { parseUsPhoneNumber } from './parse-us-phone-number';

/** libphonenumber-js/max's reading, reduced to what this module answers. */
function maxReading(text: string): { valid: false } | { valid: true; e164: string; display: string; uri: string } {
  try {
    const n = parsePhoneNumberWithError(text, { defaultCountry: 'US', extract: false });
    return n.isValid() && n.country === 'US' ? { valid: true, e164: n.number, display: n.formatNational(), uri: n.getURI() } : { valid: false };
  } catch {
    return { valid: false };
  }
}

function ours(text: string): { valid: false } | { valid: true; e164: string; display: string; uri: string } {
  const r = parseUsPhoneNumber(text);
  return r.valid ? { valid: true, e164: r.e164, display: r.display, uri: r.uri } : { valid: false };
}

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** Area codes: in service, toll-free, premium, fictional, other North American countries, random. */
const area = fc.oneof(fc.constantFrom('704', '919', '212', '305', '907', '808', '800', '888', '900', '555', '604', '416', '242', '876', '311', '100'), digits(3, 3));
const exchange = fc.oneof(fc.constantFrom('660', '684', '620', '555', '011', '123'), digits(3, 3));
const extension = fc.constantFrom('', ' x1', ' x 12', ' ext. 345', ' ext 6', ';ext=78', ' #9');
const formatted = fc
  .tuple(area, exchange, digits(4, 4), fc.integer({ min: 0, max: 7 }), extension)
  .map(([a, e, l, style, ext]) => {
    const body = [`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `1-${a}-${e}-${l}`, `+1${a}${e}${l}`, `${a}${e}${l}`, `011 1 ${a} ${e} ${l}`][style];
    return `${body}${ext}`;
  });
const randomDigits = fc.tuple(fc.constantFrom('', '+', '+1', '1', '011', '+44', '+1 '), digits(0, 16)).map(([p, d]) => `${p}${d}`);
const phoneLike = fc.string({ unit: fc.constantFrom(...'0123456789 ()-+.x#*;=et'), maxLength: 30 });

describe('differential: libphonenumber-js/max', () => {
  for (const [name, arbitrary] of [
    ['random digit strings', randomDigits],
    ['formatted numbers', formatted],
    ['random phone-like text', phoneLike],
  ] as const) {
    it(`agrees on ${name}`, () => {
      fc.assert(
        fc.property(arbitrary, (text) => {
          expect(ours(text)).toEqual(maxReading(text));
        }),
      );
    });
  }

  it('agrees on a fixed list that covers both verdicts', () => {
    const texts = ['704-660-4038', '555-123-4567', '(604) 555-1234', '+1 242 357 1234', '1-800-356-9377', '900 555 0100', '+44 20 7946 0958', '919 684 6178 ext. 5'];
    const verdicts = texts.map((t) => {
      expect(ours(t)).toEqual(maxReading(t));
      return ours(t).valid;
    });
    expect(verdicts).toEqual([true, false, false, false, true, true, false, true]);
  });
});
