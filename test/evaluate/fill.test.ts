import { describe, expect, it } from 'vitest';
import { fill } from '../../src/evaluate/fill';

describe('fill', () => {
  it('fills known placeholders and leaves the others visible', () => {
    expect(fill('Fax {fax}, ask for {name}.', { fax: '(919) 620-5165' })).toBe('Fax (919) 620-5165, ask for {name}.');
    expect(fill('{a}{a} {toString}', { a: 'x' })).toBe('xx {toString}');
    expect(fill('no placeholders', {})).toBe('no placeholders');
  });
});
