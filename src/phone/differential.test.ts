/**
 * Differential test against libphonenumber-js with its full (`max`)
 * metadata: on random digit strings, formatted numbers and random
 * phone-like text, the core build on the metadata of the US and its
 * territories gives the same verdict as `max` (valid, and a number of the US
 * or a US territory), the same region, E.164 form, display form and `tel:`
 * URI; and `max`'s own `tel:` URI of every valid number reads back to the
 * same answer.
 */
import fc from 'fast-check';
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { parseUsPhoneNumber } from './parse-us-phone-number';

type Reading = { valid: false } | { valid: true; region: string; e164: string; display: string; uri: string };
const US_REGIONS = ['US', 'PR', 'VI', 'GU', 'AS', 'MP'];

/** libphonenumber-js/max's reading, reduced to what this module answers. */
function maxReading(text: string): Reading {
  try {
    const n = parsePhoneNumberWithError(text, { defaultCountry: 'US', extract: false });
    return n.isValid() && US_REGIONS.includes(n.country as string)
      ? { valid: true, region: n.country as string, e164: n.number, display: n.formatNational(), uri: n.getURI() }
      : { valid: false };
  } catch {
    return { valid: false };
  }
}

function ours(text: string): Reading {
  const r = parseUsPhoneNumber(text);
  return r.valid ? { valid: true, region: r.region, e164: r.e164, display: r.display, uri: r.uri } : { valid: false };
}

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** Area codes: in service, US territories, toll-free, premium, fictional, other North American countries, random. */
const area = fc.oneof(
  fc.constantFrom('704', '919', '212', '305', '907', '808', '787', '939', '340', '671', '684', '670', '800', '888', '900', '555', '604', '416', '242', '876', '311', '100'),
  digits(3, 3),
);
/** Exchanges: in service in 704/919, in service in the territories (PR 723, VI 774, GU 472, AS 633, MP 234), reserved, random. */
const exchange = fc.oneof(fc.constantFrom('660', '684', '620', '723', '774', '472', '633', '234', '555', '011', '123'), digits(3, 3));
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

  it("reads max's own tel: URI of every valid number back to max's reading", () => {
    let readBack = 0;
    fc.assert(
      fc.property(formatted, (text) => {
        const theirs = maxReading(text);
        if (!theirs.valid) return;
        expect(ours(theirs.uri)).toEqual(theirs);
        readBack++;
      }),
    );
    expect(readBack).toBeGreaterThan(0);
  });

  it('agrees on a fixed list that covers both verdicts and every region', () => {
    const texts = [
      '704-660-4038',
      '555-123-4567',
      '(604) 555-1234',
      '+1 242 357 1234',
      '1-800-356-9377',
      '900 555 0100',
      '+44 20 7946 0958',
      '919 684 6178 ext. 5',
      '(787) 723-4567',
      '+1 340 774 1234',
      '671-472-1234',
      '684 633 1234',
      '1 670 234 5678',
      '(787) 123-4567',
    ];
    const readings = texts.map((t) => {
      expect(ours(t)).toEqual(maxReading(t));
      const r = ours(t);
      return r.valid ? r.region : null;
    });
    expect(readings).toEqual(['US', null, null, null, 'US', 'US', null, 'US', 'PR', 'VI', 'GU', 'AS', 'MP', null]);
  });
});
