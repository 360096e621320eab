import { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ISSUES_EN, inputIssue, parseInput, toInputIssues } from './parse-input';
import { ISSUES_ES } from './messages.es';
import { ENGLISH, type Locale } from './locale';
import type { InputIssueCode } from './types';
import { es } from '../locales/es';

const schema = z.object({
  name: z.string().max(5),
  n: z.number().int().min(1).max(3),
  kind: z.enum(['a', 'b']),
  list: z.array(z.number()).max(1),
  date: z.string().refine(() => false, { params: { code: 'date_in_future' } }),
  other: z.string().refine(() => false, { params: { code: 'not-a-known-code' } }),
  email: z.email(),
  mult: z.number().multipleOf(5),
});

describe('parseInput', () => {
  it('returns data on success', () => {
    expect(parseInput(z.string().trim(), '  x ')).toEqual({ success: true, data: 'x' });
  });

  it('maps zod codes to stable codes with its own messages, never the value', () => {
    const r = parseInput(
      schema,
      { name: 'Jane Doe', n: 9, kind: 'c', list: [1, 2], date: '2099-01-01', other: 'x', email: 'Jane Doe', mult: 7 },
      ENGLISH,
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path.join('.'), i.code]));
    expect(byPath).toEqual({
      name: 'too_big',
      n: 'too_big',
      kind: 'invalid_value',
      list: 'too_big',
      date: 'date_in_future',
      other: 'invalid_input',
      email: 'invalid_format',
      mult: 'invalid_value',
    });
    expect(JSON.stringify(r)).not.toContain('Jane');
    expect(JSON.stringify(r)).not.toContain('2099');
  });

  it('reports wrong types and too-small values', () => {
    const r = parseInput(z.object({ n: z.number().min(2) }), { n: 1 });
    expect(r).toEqual({ success: false, issues: [{ path: ['n'], code: 'too_small', message: 'This value is too short or too small.' }] });
    const t = parseInput(z.string(), 5, es);
    expect(t).toEqual({ success: false, issues: [{ path: [], code: 'invalid_type', message: 'Este valor tiene un tipo incorrecto.' }] });
  });

  it('maps a discriminated union without a match to invalid_value', () => {
    const u = z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })]);
    const r = parseInput(u, { k: 'z' });
    expect(r.success === false && r.issues[0]?.code).toBe('invalid_value');
  });

  it('never throws on getters or proxies that throw', () => {
    const getter = Object.defineProperty({}, 'name', {
      enumerable: true,
      get() {
        throw new Error('secret Jane Doe');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    for (const input of [getter, proxy]) {
      const r = parseInput(schema, input);
      expect(r).toEqual({ success: false, issues: [{ path: [], code: 'unreadable_input', message: 'The input could not be read.' }] });
    }
  });

  it('reports unreadable input that only the wording of the zod error reads (a nested proxy whose prototype trap throws)', () => {
    const nested = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(parseInput(z.object({ name: z.array(z.string()) }), { name: nested }, ENGLISH, ['patient'])).toEqual({
      success: false,
      issues: [{ path: ['patient'], code: 'unreadable_input', message: 'The input could not be read.' }],
    });
  });

  it('drops symbol path segments', () => {
    const sym = Symbol('s');
    const issues = toInputIssues([{ code: 'custom', path: ['a', sym, 0], message: 'm', input: 1 }]);
    expect(issues).toEqual([{ path: ['a', 0], code: 'invalid_input', message: 'This value is not valid.' }]);
  });
});

describe('inputIssue', () => {
  it('writes the message in the locale, English by default', () => {
    expect(inputIssue(['x'], 'invalid_as_of').message).toBe('The as-of option is not a valid date or instant.');
    expect(inputIssue(['x'], 'date_order', es).message).toBe('Estas fechas están en el orden incorrecto.');
    expect(inputIssue(['x'], 'date_order', ENGLISH).message).toBe('These dates are in the wrong order.');
  });
});

describe('the issue messages and the prefix', () => {
  it('holds the very messages of the whole table, in both locales', () => {
    expect(Object.keys(ISSUES_ES).sort()).toEqual(Object.keys(ISSUES_EN).sort());
    for (const code of Object.keys(ISSUES_EN) as InputIssueCode[]) {
      expect(inputIssue(['x'], code)).toEqual({ path: ['x'], code, message: ISSUES_EN[code] });
      expect(inputIssue(['x'], code, es)).toEqual({ path: ['x'], code, message: ISSUES_ES[code] });
      expect(ISSUES_ES[code], code).not.toBe(ISSUES_EN[code]);
    }
  });

  it('prefixes every path, and reads each code as its own (unknown ones as invalid_input)', () => {
    const schema = z.object({ n: z.number().min(2), s: z.string().refine(() => false, { params: { code: 'date_in_future' } }) }).strict();
    const r = parseInput(schema, { n: 1, s: 'x', extra: 1 }, ENGLISH, ['schedule']);
    // Every table now holds every code: too_small and date_in_future are read as themselves.
    expect(r.success === false && r.issues.map((i) => [i.path, i.code])).toEqual([
      [['schedule', 'n'], 'too_small'],
      [['schedule', 's'], 'date_in_future'],
      [['schedule'], 'invalid_input'],
    ]);
    expect(parseInput(z.number(), 'x', es, ['at'])).toEqual({
      success: false,
      issues: [{ path: ['at'], code: 'invalid_type', message: 'Este valor tiene un tipo incorrecto.' }],
    });
    const proxy = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    expect(parseInput(schema, proxy, ENGLISH, ['schedule'])).toEqual({
      success: false,
      issues: [{ path: ['schedule'], code: 'unreadable_input', message: 'The input could not be read.' }],
    });
    expect(parseInput(schema, proxy, es, ['schedule'])).toEqual({
      success: false,
      issues: [{ path: ['schedule'], code: 'unreadable_input', message: 'No se pudo leer la entrada.' }],
    });
    expect(toInputIssues([{ code: 'too_small', origin: 'number', minimum: 2, path: ['n'], message: 'm', input: 1 }], es, ['p'])).toEqual([
      { path: ['p', 'n'], code: 'too_small', message: ISSUES_ES.too_small },
    ]);
  });

  it('reads English for every issue a partial locale leaves out or gives in the wrong shape', () => {
    const partial: Locale = { code: 'en-x-terse', texts: { issues: { invalid_type: 'Wrong type.', too_big: 42 } } };
    expect(inputIssue([], 'invalid_type', partial).message).toBe('Wrong type.');
    expect(inputIssue([], 'too_big', partial).message).toBe(ISSUES_EN.too_big);
    expect(inputIssue([], 'time_order', partial).message).toBe(ISSUES_EN.time_order);
    const noIssues: Locale = { code: 'en-x-none', texts: { rules: {} } };
    expect(parseInput(z.string(), 1, noIssues)).toEqual({ success: false, issues: [{ path: [], code: 'invalid_type', message: ISSUES_EN.invalid_type }] });
  });

  it('reads a zod code as itself only for the five zod codes that are also ours', () => {
    expectTypeOf<Extract<z.core.$ZodIssue['code'], InputIssueCode>>().toEqualTypeOf<'invalid_type' | 'invalid_value' | 'invalid_format' | 'too_small' | 'too_big'>();
  });
});
