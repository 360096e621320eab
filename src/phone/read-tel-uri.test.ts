import { describe, expect, it } from 'vitest';
import { readTelUri } from './read-tel-uri';

describe('readTelUri', () => {
  it('returns text that is not a tel: URI unchanged', () => {
    for (const s of ['704-660-4038', ' (704) 660-4038 ', '+17046604038;ext=7', 'telephone 704', '']) expect(readTelUri(s)).toBe(s);
  });

  it('reads a global number: separators out, the extension kept, other parameters dropped', () => {
    expect(readTelUri('tel:+1-704-660-4035')).toBe('+17046604035');
    expect(readTelUri(' TEL:+1.(704).660.4035;ext=0-7 ')).toBe('+17046604035;ext=07');
    expect(readTelUri('tel:+17046604035;isub=%41b;ext=7;x=y')).toBe('+17046604035;ext=7');
  });

  it('refuses local numbers, contexts, repeated parameters and broken syntax', () => {
    for (const s of ['tel:4035;phone-context=+1704660', 'tel:+17046604035;Phone-Context=+1', 'tel:+17046604035;ext=7;Ext=8', 'tel:+17046604035;ext', 'tel:+()', 'tel:+1704 6604035']) {
      expect(readTelUri(s)).toBeNull();
    }
  });
});
