import { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ISSUE_DETAILS_EN, ISSUES_EN, inputIssue, parseInput, toInputIssues } from './parse-input';
import { ISSUE_DETAILS_ES, ISSUES_ES } from './messages.es';
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

  it('tells missing from wrong type by parsing a failed input again, and keeps the first issues if the input changed in between', () => {
    const schema = z.object({ n: z.number() });
    expect(parseInput(schema, {})).toMatchObject({ success: false, issues: [{ path: ['n'], code: 'missing' }] });
    expect(parseInput(schema, { n: 'Jane Doe' })).toMatchObject({ success: false, issues: [{ path: ['n'], code: 'invalid_type' }] });
    // A getter that gives a number only from its second read: the first parse fails, the second passes.
    let reads = 0;
    const shifty = {
      get n(): unknown {
        reads += 1;
        return reads === 1 ? 'Jane Doe' : 7;
      },
    };
    const r = parseInput(schema, shifty);
    expect(r).toMatchObject({ success: false, issues: [{ path: ['n'], code: 'invalid_type' }] });
    expect(JSON.stringify(r)).not.toContain('Jane');
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
    expect(r).toEqual({
      success: false,
      issues: [{ path: ['n'], code: 'too_small', message: 'This value must be at least 2.', minimum: { value: 2, inclusive: true, of: 'value' } }],
    });
    const t = parseInput(z.string(), 5, es);
    expect(t).toEqual({ success: false, issues: [{ path: [], code: 'invalid_type', message: 'Este valor debe ser texto.', expected: 'string' }] });
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
      issues: [{ path: ['at'], code: 'invalid_type', message: 'Este valor debe ser un número.', expected: 'number' }],
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
    expect(toInputIssues([{ code: 'too_small', origin: 'date', minimum: 2, path: ['n'], message: 'm', input: 1 }], es, ['p'])).toEqual([
      { path: ['p', 'n'], code: 'too_small', message: ISSUES_ES.too_small },
    ]);
  });

  it('reads English for every issue a partial locale leaves out or gives in the wrong shape', () => {
    const partial: Locale = { code: 'en-x-terse', texts: { issues: { invalid_type: 'Wrong type.', too_big: 42 } } };
    expect(inputIssue([], 'invalid_type', partial).message).toBe('Wrong type.');
    expect(inputIssue([], 'too_big', partial).message).toBe(ISSUES_EN.too_big);
    expect(inputIssue([], 'time_order', partial).message).toBe(ISSUES_EN.time_order);
    const noIssues: Locale = { code: 'en-x-none', texts: { rules: {} } };
    expect(parseInput(z.string(), 1, noIssues)).toEqual({
      success: false,
      issues: [{ path: [], code: 'invalid_type', message: ISSUE_DETAILS_EN['invalid_type.expected'].replace('{expected}', 'text'), expected: 'string' }],
    });
  });

  it('reads a zod code as itself only for the five zod codes that are also ours', () => {
    expectTypeOf<Extract<z.core.$ZodIssue['code'], InputIssueCode>>().toEqualTypeOf<'invalid_type' | 'invalid_value' | 'invalid_format' | 'too_small' | 'too_big'>();
  });
});

describe('issue details', () => {
  const issues = (schema: z.ZodType, input: unknown, locale: Locale = ENGLISH) => {
    const r = parseInput(schema, input, locale);
    return r.success ? [] : r.issues;
  };
  const person = z.object({ dateOfBirth: z.string(), sender: z.enum(['patient', 'outside-provider']) });

  it('tells a missing field (missing) from a value of the wrong type (invalid_type), both with what is expected', () => {
    expect(issues(person, { sender: 'patient' })).toEqual([{ path: ['dateOfBirth'], code: 'missing', message: 'This field is required.', expected: 'string' }]);
    expect(issues(person, { sender: 'patient', dateOfBirth: undefined })).toMatchObject([{ path: ['dateOfBirth'], code: 'missing' }]);
    expect(issues(person, { sender: 'patient', dateOfBirth: 19800101 })).toEqual([
      { path: ['dateOfBirth'], code: 'invalid_type', message: 'This value must be text.', expected: 'string' },
    ]);
    expect(issues(person, { dateOfBirth: '1980-01-01' })).toEqual([{ path: ['sender'], code: 'missing', message: 'This field is required.' }]);
    expect(issues(person, { dateOfBirth: null, sender: 'patient' }, es)).toEqual([
      { path: ['dateOfBirth'], code: 'invalid_type', message: 'Este valor debe ser texto.', expected: 'string' },
    ]);
    expect(issues(person, { sender: 'patient' }, es)).toEqual([{ path: ['dateOfBirth'], code: 'missing', message: 'Este campo es obligatorio.', expected: 'string' }]);
    // a missing object, discriminated union, plain union or nonoptional value is missing too
    const nested = z.object({
      patient: z.object({ name: z.string() }),
      item: z.discriminatedUnion('kind', [z.object({ kind: z.literal('paper') }), z.object({ kind: z.literal('media') })]),
      either: z.union([z.string(), z.number()]),
      must: z.string().optional().nonoptional(),
    });
    expect(issues(nested, {}).map((i) => [i.path.join('.'), i.code, i.expected])).toEqual([
      ['patient', 'missing', 'object'],
      ['item', 'missing', 'object'],
      ['either', 'missing', undefined],
      ['must', 'missing', undefined],
    ]);
    // a zod issue without its input (not from parseInput) cannot tell: it stays invalid_type
    expect(toInputIssues([{ code: 'invalid_type', expected: 'string', path: ['x'], message: 'm' }])).toEqual([
      { path: ['x'], code: 'invalid_type', message: 'This value must be text.', expected: 'string' },
    ]);
  });

  it('names every expected type it knows, and none it does not', () => {
    const cases: [z.ZodType, unknown, string | undefined][] = [
      [z.number(), 'x', 'number'],
      [z.number(), Number.NaN, 'number'],
      [z.number().int(), 1.5, 'integer'],
      [z.boolean(), 'yes', 'boolean'],
      [z.array(z.string()), 'x', 'array'],
      [z.tuple([z.string()]), 'x', 'array'],
      [z.object({}), 'x', 'object'],
      [z.record(z.string(), z.string()), 'x', 'object'],
      [z.date(), 'x', undefined],
      [z.bigint(), 'x', undefined],
    ];
    for (const [schema, input, expected] of cases) {
      const [issue] = issues(schema, input);
      expect(issue?.code).toBe('invalid_type');
      expect(issue?.expected, String(expected)).toBe(expected);
      if (expected === undefined) expect(issue?.message).toBe(ISSUES_EN.invalid_type);
    }
    expect(issues(z.number().int(), 1.5, es)[0]?.message).toBe('Este valor debe ser un número entero.');
  });

  it('names the expected string format (email, ISO date and date-time) and keeps the generic message for others', () => {
    expect(issues(z.email(), 'not an address')).toEqual([{ path: [], code: 'invalid_format', message: 'This value must be an email address.', expected: 'email' }]);
    expect(issues(z.iso.date(), '1980-13-01')).toEqual([{ path: [], code: 'invalid_format', message: 'This value must be a date (YYYY-MM-DD).', expected: 'date' }]);
    expect(issues(z.iso.datetime(), 'x', es)).toEqual([
      { path: [], code: 'invalid_format', message: 'Este valor debe ser una fecha y hora con desfase horario.', expected: 'instant' },
    ]);
    expect(issues(z.string().regex(/^a$/), 'b')).toEqual([{ path: [], code: 'invalid_format', message: ISSUES_EN.invalid_format }]);
  });

  it('names the allowed values of an enum, a literal and a discriminated union, in both languages', () => {
    expect(issues(person, { dateOfBirth: '1980-01-01', sender: 'external-clinc' })).toEqual([
      {
        path: ['sender'],
        code: 'invalid_value',
        message: 'This value must be one of: patient, outside-provider.',
        allowed: ['patient', 'outside-provider'],
      },
    ]);
    expect(issues(person, { dateOfBirth: '1980-01-01', sender: 'x' }, es)[0]?.message).toBe('Este valor debe ser uno de: patient, outside-provider.');
    expect(issues(z.literal('paper'), 'film')).toMatchObject([{ code: 'invalid_value', allowed: ['paper'] }]);
    const item = z.discriminatedUnion('kind', [z.object({ kind: z.literal('paper') }), z.object({ kind: z.literal('media') })]);
    expect(issues(item, { kind: 'film' })).toEqual([
      { path: ['kind'], code: 'invalid_value', message: 'This value must be one of: paper, media.', allowed: ['paper', 'media'] },
    ]);
    // options that are not all strings, a plain union and a multiple-of check: no list, the generic message
    expect(issues(z.literal([1, 'a']), 'b')).toEqual([{ path: [], code: 'invalid_value', message: ISSUES_EN.invalid_value }]);
    expect(issues(z.union([z.string(), z.number()]), true)).toEqual([{ path: [], code: 'invalid_value', message: ISSUES_EN.invalid_value }]);
    expect(issues(z.number().multipleOf(5), 7)).toEqual([{ path: [], code: 'invalid_value', message: ISSUES_EN.invalid_value }]);
    // the list is a frozen copy: the schema's own list is never handed out
    const [issue] = issues(z.enum(['a', 'b']), 'c');
    expect(Object.isFrozen(issue?.allowed)).toBe(true);
  });

  it('gives the limit of a too-small or too-big number, string or list, inclusive or not', () => {
    const limit = (schema: z.ZodType, input: unknown, locale: Locale = ENGLISH) => {
      const [issue] = issues(schema, input, locale);
      return [issue?.code, issue?.message, issue?.minimum ?? issue?.maximum];
    };
    expect(limit(z.number().int().min(1), -1)).toEqual(['too_small', 'This value must be at least 1.', { value: 1, inclusive: true, of: 'value' }]);
    expect(limit(z.number().positive(), 0)).toEqual(['too_small', 'This value must be greater than 0.', { value: 0, inclusive: false, of: 'value' }]);
    expect(limit(z.number().max(100_000), 100_001)).toEqual(['too_big', 'This value must be at most 100000.', { value: 100_000, inclusive: true, of: 'value' }]);
    expect(limit(z.number().lt(10), 10)).toEqual(['too_big', 'This value must be less than 10.', { value: 10, inclusive: false, of: 'value' }]);
    expect(limit(z.bigint().min(5n), 1n)).toEqual(['too_small', 'This value must be at least 5.', { value: 5, inclusive: true, of: 'value' }]);
    expect(limit(z.string().min(3), 'ab')).toEqual(['too_small', 'This value must be at least 3 characters long.', { value: 3, inclusive: true, of: 'length' }]);
    expect(limit(z.string().min(1), '')).toEqual(['too_small', 'This value must not be empty.', { value: 1, inclusive: true, of: 'length' }]);
    expect(limit(z.string().max(5), 'Jane Doe')).toEqual(['too_big', 'This value must be at most 5 characters long.', { value: 5, inclusive: true, of: 'length' }]);
    expect(limit(z.string().length(3), 'abcd')).toEqual(['too_big', 'This value must be at most 3 characters long.', { value: 3, inclusive: true, of: 'length' }]);
    expect(limit(z.array(z.string()).min(2), ['a'])).toEqual(['too_small', 'This list must have at least 2 items.', { value: 2, inclusive: true, of: 'items' }]);
    expect(limit(z.array(z.string()).min(1), [])).toEqual(['too_small', 'This list must have at least one item.', { value: 1, inclusive: true, of: 'items' }]);
    expect(limit(z.array(z.string()).max(1), ['a', 'b'])).toEqual(['too_big', 'This list must have at most 1 items.', { value: 1, inclusive: true, of: 'items' }]);
    expect(limit(z.set(z.string()).max(1), new Set(['a', 'b']))).toEqual(['too_big', 'This list must have at most 1 items.', { value: 1, inclusive: true, of: 'items' }]);
    // Spanish
    expect(limit(z.number().int().min(1), -1, es)[1]).toBe('Este valor debe ser como mínimo 1.');
    expect(limit(z.number().positive(), 0, es)[1]).toBe('Este valor debe ser mayor que 0.');
    expect(limit(z.number().max(3), 4, es)[1]).toBe('Este valor debe ser como máximo 3.');
    expect(limit(z.number().lt(3), 3, es)[1]).toBe('Este valor debe ser menor que 3.');
    expect(limit(z.string().min(3), 'a', es)[1]).toBe('Este valor debe tener al menos 3 caracteres.');
    expect(limit(z.string().trim().min(1), '  ', es)[1]).toBe('Este valor no puede estar vacío.');
    expect(limit(z.string().max(3), 'abcd', es)[1]).toBe('Este valor debe tener como máximo 3 caracteres.');
    expect(limit(z.array(z.number()).min(2), [1], es)[1]).toBe('Esta lista debe tener al menos 2 elementos.');
    expect(limit(z.array(z.number()).min(1), [], es)[1]).toBe('Esta lista debe tener al menos un elemento.');
    expect(limit(z.array(z.number()).max(1), [1, 2], es)[1]).toBe('Esta lista debe tener como máximo 1 elementos.');
  });

  it('gives no limit it cannot state as a number of its kind (dates, files, an exclusive length, an infinite bound)', () => {
    const generic = (issue: Parameters<typeof toInputIssues>[0][number]) => toInputIssues([issue])[0];
    expect(generic({ code: 'too_small', origin: 'date', minimum: 0, path: [], message: 'm' })).toEqual({ path: [], code: 'too_small', message: ISSUES_EN.too_small });
    expect(generic({ code: 'too_big', origin: 'file', maximum: 10, path: [], message: 'm' })).toEqual({ path: [], code: 'too_big', message: ISSUES_EN.too_big });
    expect(generic({ code: 'too_big', origin: 'number', maximum: Number.POSITIVE_INFINITY, path: [], message: 'm' })).toEqual({
      path: [],
      code: 'too_big',
      message: ISSUES_EN.too_big,
    });
    // an exclusive bound of a length or a list (zod never makes one): the limit, and the generic message
    expect(generic({ code: 'too_small', origin: 'string', minimum: 2, inclusive: false, path: [], message: 'm' })).toEqual({
      path: [],
      code: 'too_small',
      message: ISSUES_EN.too_small,
      minimum: { value: 2, inclusive: false, of: 'length' },
    });
    // inclusive when zod does not say (its default)
    expect(generic({ code: 'too_big', origin: 'array', maximum: 2, path: [], message: 'm' })?.maximum).toEqual({ value: 2, inclusive: true, of: 'items' });
  });

  it('holds the same detail texts in Spanish, each different from the English', () => {
    expect(Object.keys(ISSUE_DETAILS_ES).sort()).toEqual(Object.keys(ISSUE_DETAILS_EN).sort());
    for (const [key, text] of Object.entries(ISSUE_DETAILS_EN)) {
      expect(ISSUE_DETAILS_ES[key as keyof typeof ISSUE_DETAILS_EN], key).not.toBe(text);
      expect(es.texts.issues).toHaveProperty([key], ISSUE_DETAILS_ES[key as keyof typeof ISSUE_DETAILS_EN]);
    }
  });

  it('reads a custom locale: its detailed template, else its own message for the code, else English', () => {
    const detailed: Locale = { code: 'en-x-terse', texts: { issues: { 'too_small.value': 'Min {limit}!', 'invalid_value.allowed': 'One of {allowed}', 'invalid_type.expected': 'Want {expected}' } } };
    expect(issues(z.number().min(1), 0, detailed)[0]?.message).toBe('Min 1!');
    expect(issues(z.enum(['a', 'b']), 'c', detailed)[0]?.message).toBe('One of a, b');
    // a template without the locale's word for the type takes the English word
    expect(issues(z.number(), 'x', detailed)[0]?.message).toBe('Want a number');
    const words: Locale = { code: 'en-x-words', texts: { issues: { 'invalid_type.expected': 'Want {expected}', 'expected.number': 'digits' } } };
    expect(issues(z.number(), 'x', words)[0]?.message).toBe('Want digits');
    // a locale that rewords a code but gives no detailed template keeps its wording (the details are still on the issue)
    const generic: Locale = { code: 'fr', texts: { issues: { too_small: 'Trop petit.', invalid_value: 'Option inconnue.' } } };
    expect(issues(z.number().min(1), 0, generic)).toEqual([{ path: [], code: 'too_small', message: 'Trop petit.', minimum: { value: 1, inclusive: true, of: 'value' } }]);
    expect(issues(z.enum(['a']), 'b', generic)[0]?.message).toBe('Option inconnue.');
    // a locale without the new keys, or whose texts are not strings, reads English
    const none: Locale = { code: 'en-x-none', texts: { issues: { missing: 42, 'too_small.value': null } } };
    expect(issues(z.number().min(1), 0, none)[0]?.message).toBe('This value must be at least 1.');
    expect(issues(person, {}, none)[0]?.message).toBe('This field is required.');
    // a template whose placeholder has no value here keeps it as written
    const odd: Locale = { code: 'en-x-odd', texts: { issues: { 'too_small.value': 'Min {allowed} {limit} {expected}' } } };
    expect(issues(z.number().min(1), 0, odd)[0]?.message).toBe('Min {allowed} 1 {expected}');
  });
});
