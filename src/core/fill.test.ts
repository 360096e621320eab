import { describe, expect, it } from 'vitest';
import { compile, fill, listText, render } from './fill';

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

describe('listText', () => {
  it('joins 0, 1, 2 and more words', () => {
    expect(listText([], 'and')).toBe('');
    expect(listText(['a'], 'and')).toBe('a');
    expect(listText(['a', 'b'], 'y')).toBe('a y b');
    expect(listText(['a', 'b', 'c', 'd'], 'and')).toBe('a, b, c and d');
  });
});

describe('render', () => {
  it('asks the resolver for each placeholder with the context, and leaves the unresolved ones visible', () => {
    const asked: [string, number][] = [];
    const text = render('Item {item} of {count}, item {item}', (key, ctx: number) => {
      asked.push([key, ctx]);
      return key === 'item' ? String(ctx) : undefined;
    }, 2);
    expect(text).toBe('Item 2 of {count}, item 2');
    expect(asked).toEqual([['item', 2], ['count', 2], ['item', 2]]);
  });
});
