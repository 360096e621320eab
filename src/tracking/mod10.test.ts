import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mod10 } from './mod10';
import { digits, refMod10 } from './test-support/reference';

describe('mod10', () => {
  it('accepts a published USPS 20 number and rejects every other check digit', () => {
    expect(mod10('03071790000523483741', 0, 19, 3, 1, 0)).toBe(true);
    for (const d of '023456789') expect(mod10(`0307179000052348374${d}`, 0, 19, 3, 1, 0)).toBe(false);
  });

  it('weights even offsets with `even` and odd ones with `odd`', () => {
    // 1×3 + 2×1 = 5 → 5; 1×1 + 2×3 = 7 → 3
    expect(mod10('125', 0, 2, 3, 1, 0)).toBe(true);
    expect(mod10('123', 0, 2, 1, 3, 0)).toBe(true);
    expect(mod10('125', 0, 2, 1, 3, 0)).toBe(false);
  });

  it('counts parity from `from`, not from the start of the string', () => {
    expect(mod10('9125', 1, 3, 3, 1, 0)).toBe(true);
    expect(mod10('99125', 2, 4, 3, 1, 0)).toBe(true);
    expect(mod10('9125', 1, 3, 1, 3, 0)).toBe(false);
  });

  it('gives 0 when the sum is a multiple of 10, and adds `extra`', () => {
    expect(mod10('550', 0, 2, 1, 1, 0)).toBe(true);
    expect(mod10('01', 0, 1, 3, 1, 29)).toBe(true); // 29 → 1
    expect(mod10('00', 0, 1, 3, 1, 0)).toBe(true);
    expect(mod10('01', 0, 1, 3, 1, 0)).toBe(false);
  });

  it('maps letters as UPS does (A = 2 … I = 0, J = 1 … Z = 7)', () => {
    const expected = '23456789012345678901234567';
    [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].forEach((letter, i) => {
      // the letter alone with weight 1: the check digit is 10 - value
      const check = (10 - Number(expected[i])) % 10;
      expect(mod10(`${letter}${check}`, 0, 1, 1, 2, 0)).toBe(true);
      expect(mod10(`${letter}${(check + 1) % 10}`, 0, 1, 1, 2, 0)).toBe(false);
    });
  });

  it('agrees with the reference on random serials, weights and offsets', () => {
    fc.assert(
      fc.property(digits(3), digits(20), fc.constantFrom<[number, number]>([1, 2], [3, 1], [1, 3]), (pad, serial, w) => {
        const check = refMod10(serial, w);
        expect(mod10(`${pad}${serial}${check}`, 3, 23, w[0], w[1], 0)).toBe(true);
        expect(mod10(`${pad}${serial}${(check + 1) % 10}`, 3, 23, w[0], w[1], 0)).toBe(false);
      }),
    );
  });
});
