import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { s10Check } from './s10-check';
import { digits, refS10 } from './test-support/reference';

describe('s10Check', () => {
  it('accepts the UPU example and rejects its other check digits', () => {
    expect(s10Check('RB123456785US')).toBe(true);
    for (const d of '012346789') expect(s10Check(`RB12345678${d}US`)).toBe(false);
  });

  it('uses 11 - r for r from 2 to 10', () => {
    expect(s10Check('RR100000003US')).toBe(true); // 8 → 3
    expect(s10Check('RR100000008US')).toBe(false);
    expect(s10Check('RR100100001US')).toBe(true); // 8 + 2 = 10 → 1
    expect(s10Check('RR000000017US')).toBe(false); // 7 → 4, not 7
    expect(s10Check('RR000000014US')).toBe(true);
  });

  it('uses 0 when r is 1 and 5 when r is 0', () => {
    expect(s10Check('RR000040000US')).toBe(true); // 4 × 3 = 12 → r = 1 → 0
    expect(s10Check('RR000040001US')).toBe(false);
    expect(s10Check('RR000000005US')).toBe(true); // r = 0 → 5
    expect(s10Check('RR000000000US')).toBe(false);
  });

  it('weights the eight serial digits 8, 6, 4, 2, 3, 5, 9, 7', () => {
    const weights = [8, 6, 4, 2, 3, 5, 9, 7];
    weights.forEach((w, i) => {
      const serial = '00000000'.slice(0, i) + '1' + '00000000'.slice(i + 1);
      expect(s10Check(`RR${serial}${11 - w}US`)).toBe(true);
    });
  });

  it('agrees with the reference on random serials', () => {
    fc.assert(
      fc.property(digits(8), (serial) => {
        const check = refS10(serial);
        expect(s10Check(`EA${serial}${check}US`)).toBe(true);
        expect(s10Check(`EA${serial}${(check + 3) % 10}US`)).toBe(false);
      }),
    );
  });
});
