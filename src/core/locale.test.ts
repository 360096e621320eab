import { describe, expect, it } from 'vitest';
import { ENGLISH, isLocale, localeTexts, perLocale, type Locale } from './locale';
import { es } from '../locales/es';

const throwing = (keys: string[], base: object = {}): object => {
  for (const key of keys) {
    Object.defineProperty(base, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return base;
};
const trap = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      has: () => {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
    },
  );

/** A flat English table, as a section's built-in texts. */
const FLAT = Object.freeze({ a: 'Alpha', b: 'Beta', c: 'Gamma' });
/** A nested English table: strings, arrays and nested tables. */
const NESTED = Object.freeze({
  and: 'and',
  days: Object.freeze(['Mon', 'Tue', 'Wed']),
  pair: Object.freeze(['am', 'pm']),
  inner: Object.freeze({ x: 'X', y: 'Y', deep: Object.freeze({ z: 'Z' }) }),
});
const locale = (texts: Locale['texts'], code = 'xx'): Locale => ({ code, texts });

describe('ENGLISH', () => {
  it('is the frozen built-in English locale with no texts of its own', () => {
    expect(ENGLISH).toEqual({ code: 'en', texts: {} });
    expect(Object.isFrozen(ENGLISH)).toBe(true);
    expect(Object.isFrozen(ENGLISH.texts)).toBe(true);
    expect(isLocale(ENGLISH)).toBe(true);
  });
});

describe('isLocale', () => {
  it('accepts an object with a non-empty string code and an object texts', () => {
    expect(isLocale(es)).toBe(true);
    expect(isLocale({ code: 'es', texts: {} })).toBe(true);
    expect(isLocale({ code: 'x', texts: [] })).toBe(true);
    expect(isLocale(Object.assign(Object.create({ code: 'pt' }) as object, { texts: {} }))).toBe(true);
  });

  it('refuses strings, other values and objects of another shape', () => {
    const bad: unknown[] = [
      'es',
      'en',
      'fr',
      '',
      undefined,
      null,
      0,
      42,
      true,
      Symbol('es'),
      10n,
      () => 'es',
      [],
      {},
      { code: 'es' },
      { texts: {} },
      { code: '', texts: {} },
      { code: 7, texts: {} },
      { code: new String('es'), texts: {} },
      { code: 'es', texts: null },
      { code: 'es', texts: undefined },
      { code: 'es', texts: 'rules' },
      { code: 'es', texts: 3 },
      { code: 'es', texts: () => ({}) },
    ];
    bad.forEach((value, index) => expect(isLocale(value), `case ${index}`).toBe(false));
  });

  it('never throws: a throwing getter or proxy trap gives false', () => {
    expect(isLocale(throwing(['code'], { texts: {} }))).toBe(false);
    expect(isLocale(throwing(['texts'], { code: 'es' }))).toBe(false);
    expect(isLocale(trap())).toBe(false);
  });
});

describe('localeTexts', () => {
  it('gives the English table itself for English and for a locale without the section', () => {
    expect(localeTexts(ENGLISH, 'rules', FLAT)).toBe(FLAT);
    expect(localeTexts(locale({ issues: { a: 'x' } }), 'rules', FLAT)).toBe(FLAT);
    expect(localeTexts(es, 'nothing-here', FLAT)).toBe(FLAT);
  });

  it('gives English for a section that is not an object', () => {
    for (const section of [null, undefined, 'Alpha', 42, true, Symbol('s'), () => ({ a: 'x' })]) {
      expect(localeTexts(locale({ rules: section }), 'rules', FLAT)).toBe(FLAT);
    }
  });

  it('reads only an own section, never one inherited by texts', () => {
    const texts = Object.create({ rules: { a: 'inherited' } }) as Locale['texts'];
    expect(localeTexts(locale(texts), 'rules', FLAT)).toBe(FLAT);
    expect(localeTexts(locale({}), 'toString', FLAT)).toBe(FLAT);
  });

  it('lays every string the locale gives over English, key by key', () => {
    const t = localeTexts(locale({ rules: { a: 'Uno', b: 2, c: null, extra: 'dropped' } }), 'rules', FLAT);
    expect(t).toEqual({ a: 'Uno', b: 'Beta', c: 'Gamma' });
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.keys(t)).toEqual(['a', 'b', 'c']);
  });

  it('keeps English for a key the section only inherits', () => {
    const section = Object.assign(Object.create({ a: 'inherited' }) as object, { b: 'Dos' });
    expect(localeTexts(locale({ rules: section }), 'rules', FLAT)).toEqual({ a: 'Alpha', b: 'Dos', c: 'Gamma' });
  });

  it('gives an empty section all-English texts', () => {
    const t = localeTexts(locale({ rules: {} }), 'rules', FLAT);
    expect(t).toEqual(FLAT);
    expect(t).not.toBe(FLAT);
  });

  it('never throws: a throwing getter in the section or on the section gives English', () => {
    expect(localeTexts(locale({ rules: throwing(['b'], { a: 'Uno' }) }), 'rules', FLAT)).toBe(FLAT);
    expect(localeTexts(locale(throwing(['rules']) as Locale['texts']), 'rules', FLAT)).toBe(FLAT);
    expect(localeTexts(locale({ rules: trap() }), 'rules', FLAT)).toBe(FLAT);
    expect(localeTexts(locale(trap() as Locale['texts']), 'rules', FLAT)).toBe(FLAT);
    // a getter that throws only once: the failure is not memoized, the next read resolves
    let calls = 0;
    const flaky = Object.defineProperty({}, 'a', {
      enumerable: true,
      get() {
        calls += 1;
        if (calls === 1) throw new Error('once');
        return 'Uno';
      },
    });
    const flakyLocale = locale({ rules: flaky });
    expect(localeTexts(flakyLocale, 'rules', FLAT)).toBe(FLAT);
    expect(localeTexts(flakyLocale, 'rules', FLAT)).toEqual({ a: 'Uno', b: 'Beta', c: 'Gamma' });
  });

  it('resolves a section once per section object and English table', () => {
    const section = { a: 'Uno' };
    const one = locale({ rules: section });
    const first = localeTexts(one, 'rules', FLAT);
    expect(localeTexts(one, 'rules', FLAT)).toBe(first);
    // another locale value sharing the same section object shares the resolved texts
    expect(localeTexts(locale({ rules: section }, 'yy'), 'rules', FLAT)).toBe(first);
    // another English table over the same section is resolved apart
    const other = Object.freeze({ a: 'A', d: 'D' });
    expect(localeTexts(one, 'rules', other)).toEqual({ a: 'Uno', d: 'D' });
    expect(localeTexts(one, 'rules', FLAT)).toBe(first);
    // another section object with the same content is resolved apart
    expect(localeTexts(locale({ rules: { a: 'Uno' } }), 'rules', FLAT)).not.toBe(first);
  });

  it('reads the Spanish issues of the Spanish locale', () => {
    const english = { invalid_type: 'This value has the wrong type.', not_in_spanish: 'Only English.' };
    expect(localeTexts(es, 'issues', english)).toEqual({ invalid_type: 'Este valor tiene un tipo incorrecto.', not_in_spanish: 'Only English.' });
  });
});

describe('localeTexts on nested sections (words, lists, step templates)', () => {
  it('gives the English table itself for English, a missing section or a section that is not an object', () => {
    expect(localeTexts(ENGLISH, 'toDuke', NESTED)).toBe(NESTED);
    expect(localeTexts(locale({ rules: {} }), 'toDuke', NESTED)).toBe(NESTED);
    for (const section of [null, 'and', 7, false]) expect(localeTexts(locale({ toDuke: section }), 'toDuke', NESTED)).toBe(NESTED);
  });

  it('lays strings, whole arrays and nested tables of the same shape over English', () => {
    const w = localeTexts(
      locale({ toDuke: { and: 'y', days: ['lun', 'mar', 'mié'], pair: ['a. m.', 'p. m.'], inner: { x: 'equis', deep: { z: 'zeta' } } } }),
      'toDuke',
      NESTED,
    );
    expect(w).toEqual({ and: 'y', days: ['lun', 'mar', 'mié'], pair: ['a. m.', 'p. m.'], inner: { x: 'equis', y: 'Y', deep: { z: 'zeta' } } });
    expect(Object.isFrozen(w)).toBe(true);
    expect(Object.isFrozen(w.days)).toBe(true);
    expect(Object.isFrozen(w.inner)).toBe(true);
    expect(Object.isFrozen(w.inner.deep)).toBe(true);
  });

  it('copies a given array, so a later change to it does not show', () => {
    const days = ['lun', 'mar', 'mié'];
    const w = localeTexts(locale({ toDuke: { days } }), 'toDuke', NESTED);
    expect(w.days).not.toBe(days);
    days[0] = 'changed';
    expect(w.days).toEqual(['lun', 'mar', 'mié']);
  });

  it('keeps English for an array of the wrong length, with a non-string, or not an array', () => {
    const cases: unknown[] = [['lun', 'mar'], ['lun', 'mar', 'mié', 'jue'], [], ['lun', 2, 'mié'], ['lun', null, 'mié'], 'lun', { 0: 'lun', 1: 'mar', 2: 'mié', length: 3 }, null];
    for (const days of cases) {
      const w = localeTexts(locale({ toDuke: { days } }), 'toDuke', NESTED);
      expect(w.days, JSON.stringify(days)).toBe(NESTED.days);
    }
  });

  it('keeps English for a string given as another type, and for a nested table given as anything but an object', () => {
    const w = localeTexts(locale({ toDuke: { and: ['y'], inner: 'equis', pair: { 0: 'a', 1: 'p' } } }), 'toDuke', NESTED);
    expect(w).toEqual(NESTED);
    expect(w.inner).toBe(NESTED.inner);
    expect(w.pair).toBe(NESTED.pair);
    expect(localeTexts(locale({ toDuke: { and: 7, inner: null } }), 'toDuke', NESTED)).toEqual(NESTED);
    expect(localeTexts(locale({ toDuke: { inner: { x: 1, deep: 'zeta' } } }), 'toDuke', NESTED).inner).toEqual(NESTED.inner);
  });

  it('keeps English for keys a nested table only inherits, and drops keys English lacks', () => {
    const inner = Object.assign(Object.create({ x: 'inherited' }) as object, { y: 'ye', extra: 'dropped' });
    const w = localeTexts(locale({ toDuke: { inner, unknown: 'dropped' } }), 'toDuke', NESTED);
    expect(w.inner).toEqual({ x: 'X', y: 'ye', deep: { z: 'Z' } });
    expect(Object.keys(w)).toEqual(['and', 'days', 'pair', 'inner']);
  });

  it('never throws: a throwing getter anywhere in the section gives English', () => {
    expect(localeTexts(locale({ toDuke: throwing(['and']) }), 'toDuke', NESTED)).toBe(NESTED);
    expect(localeTexts(locale({ toDuke: { inner: throwing(['y'], { x: 'equis' }) } }), 'toDuke', NESTED)).toBe(NESTED);
    expect(localeTexts(locale({ toDuke: { inner: { deep: throwing(['z']) } } }), 'toDuke', NESTED)).toBe(NESTED);
    expect(localeTexts(locale({ toDuke: { inner: trap() } }), 'toDuke', NESTED)).toBe(NESTED);
    const days = ['lun', 'mar', 'mié'];
    Object.defineProperty(days, 1, {
      get() {
        throw new Error('getter');
      },
    });
    expect(localeTexts(locale({ toDuke: { days } }), 'toDuke', NESTED)).toBe(NESTED);
    expect(localeTexts(locale(throwing(['toDuke']) as Locale['texts']), 'toDuke', NESTED)).toBe(NESTED);
  });

  it('resolves a section once per section object and English table', () => {
    const section = { and: 'y' };
    const one = locale({ toDuke: section });
    const first = localeTexts(one, 'toDuke', NESTED);
    expect(localeTexts(one, 'toDuke', NESTED)).toBe(first);
    expect(localeTexts(locale({ toDuke: section }, 'other'), 'toDuke', NESTED)).toBe(first);
    const english2 = { and: 'and', or: 'or' };
    expect(localeTexts(one, 'toDuke', english2)).toEqual({ and: 'y', or: 'or' });
    expect(localeTexts(one, 'toDuke', NESTED)).toBe(first);
    // the flat and the nested reading of one section over different tables do not mix
    expect(localeTexts(one, 'toDuke', { and: 'AND' })).toEqual({ and: 'y' });
  });

  it('reads the Spanish words of the Spanish locale', () => {
    const english = { and: 'and', missingInSpanish: 'English only' };
    expect(localeTexts(es, 'toDuke', english)).toEqual({ and: 'y', missingInSpanish: 'English only' });
  });
});

describe('perLocale', () => {
  it('computes once per locale value and keeps locales apart', () => {
    const seen: string[] = [];
    const greeting = perLocale((l) => {
      seen.push(l.code);
      return { text: `${l.code}!` };
    });
    const en1 = greeting(ENGLISH);
    expect(en1).toEqual({ text: 'en!' });
    expect(greeting(ENGLISH)).toBe(en1);
    const es1 = greeting(es);
    expect(es1).toEqual({ text: 'es!' });
    expect(greeting(es)).toBe(es1);
    // another value with the same code is another locale
    expect(greeting({ code: 'es', texts: {} })).not.toBe(es1);
    expect(seen).toEqual(['en', 'es', 'es']);
  });

  it('keeps separate memos for separate functions', () => {
    const a = perLocale(() => ({}));
    const b = perLocale(() => ({}));
    expect(a(ENGLISH)).toBe(a(ENGLISH));
    expect(a(ENGLISH)).not.toBe(b(ENGLISH));
  });
});
