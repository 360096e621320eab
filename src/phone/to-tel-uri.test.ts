import { describe, expect, it } from 'vitest';
import { toTelUri } from './to-tel-uri';

describe('toTelUri', () => {
  it('gives the RFC 3966 URI of a valid number', () => {
    expect(toTelUri('(704) 660-4035')).toBe('tel:+17046604035');
    expect(toTelUri('704-660-4035 ext. 7')).toBe('tel:+17046604035;ext=7');
  });

  it('gives null for anything else', () => {
    for (const v of ['555-123-4567', '+44 20 7946 0958', ' ', 4, null]) expect(toTelUri(v)).toBeNull();
  });
});
