import { describe, expect, it } from 'vitest';
import { formatUsPhoneNumber } from './format-us-phone-number';

describe('formatUsPhoneNumber', () => {
  it('writes a valid number as the directory does', () => {
    expect(formatUsPhoneNumber('+17046604038')).toBe('(704) 660-4038');
    expect(formatUsPhoneNumber('1 919 620 5165')).toBe('(919) 620-5165');
    expect(formatUsPhoneNumber('919 684 6178 x 5')).toBe('(919) 684-6178 ext. 5');
  });

  it('gives null for anything else', () => {
    for (const v of ['555-123-4567', 'call me', '704-660-403', undefined, {}]) expect(formatUsPhoneNumber(v)).toBeNull();
  });
});
