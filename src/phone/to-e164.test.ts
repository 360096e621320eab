import { describe, expect, it } from 'vitest';
import { toE164 } from './to-e164';

describe('toE164', () => {
  it('gives +1 and ten digits for a valid number, dropping an extension', () => {
    expect(toE164('(704) 660-4038')).toBe('+17046604038');
    expect(toE164('919.684.6178 x 5')).toBe('+19196846178');
  });

  it('gives null for anything else', () => {
    for (const v of ['555-123-4567', '+44 20 7946 0958', '', 'fax', 7046604038, null]) expect(toE164(v)).toBeNull();
  });
});
