import { describe, expect, it } from 'vitest';
import { compile, fill } from './fill';

describe('fill', () => {
  it('fills known placeholders and leaves the others visible', () => {
    expect(fill('Fax {fax}, ask for {name}.', { fax: '(919) 620-5165' })).toBe('Fax (919) 620-5165, ask for {name}.');
    expect(fill('{a}{a} {toString}', { a: 'x' })).toBe('xx {toString}');
    expect(fill('no placeholders', {})).toBe('no placeholders');
  });
});

describe('compile', () => {
  it('splits a template once and then returns the same parts', () => {
    const parts = compile('Call {phone} at {hours}.');
    expect(parts).toEqual(['Call ', 'phone', ' at ', 'hours', '.']);
    expect(compile('Call {phone} at {hours}.')).toBe(parts);
  });
});
