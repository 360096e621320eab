import { describe, expect, it } from 'vitest';
import { ENGLISH, localeText, type Locale } from './locale';

describe('localeText', () => {
  it("gives the locale's string for the key", () => {
    expect(localeText({ code: 'x', texts: { issues: { too_big: 'Big!' } } }, 'issues', 'too_big', 'Too big.')).toBe('Big!');
  });

  it('gives English for English, a missing section, a missing key, or a value that is not a string', () => {
    expect(localeText(ENGLISH, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
    expect(localeText({ code: 'x', texts: {} }, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
    expect(localeText({ code: 'x', texts: { issues: null } }, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
    expect(localeText({ code: 'x', texts: { issues: 'not a table' } }, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
    expect(localeText({ code: 'x', texts: { issues: { other: 'Other' } } }, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
    expect(localeText({ code: 'x', texts: { issues: { too_big: 42 } } }, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
  });

  it('reads only own properties (an inherited key is not a text)', () => {
    const inherited = Object.create({ too_big: 'Inherited' }) as Record<string, unknown>;
    expect(localeText({ code: 'x', texts: { issues: inherited } }, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
    const texts = Object.create({ issues: { too_big: 'Inherited' } }) as Locale['texts'];
    expect(localeText({ code: 'x', texts }, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
  });

  it('never throws: a throwing getter or proxy gives English', () => {
    const section = {
      get too_big(): string {
        throw new Error('boom');
      },
    };
    expect(localeText({ code: 'x', texts: { issues: section } }, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
    const trap = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('trap'); } });
    expect(localeText({ code: 'x', texts: trap }, 'issues', 'too_big', 'Too big.')).toBe('Too big.');
  });
});
