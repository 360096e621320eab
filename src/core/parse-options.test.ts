import { describe, expect, it } from 'vitest';
import { parseOptions } from './parse-options';
import { ENGLISH, type Locale } from './locale';
import { es } from '../locales/es';

describe('parseOptions', () => {
  it('defaults to English and no as-of date', () => {
    expect(parseOptions(undefined)).toEqual({ success: true, locale: ENGLISH, asOf: null });
    expect(parseOptions(null)).toEqual({ success: true, locale: ENGLISH, asOf: null });
    expect(parseOptions({})).toEqual({ success: true, locale: ENGLISH, asOf: null });
    const r = parseOptions({});
    expect(r.success && r.locale).toBe(ENGLISH);
  });

  it('reads the locale and the as-of date', () => {
    const r = parseOptions({ locale: es, asOf: '2025-10-18T03:00:00Z' });
    expect(r).toEqual({ success: true, locale: es, asOf: '2025-10-17' });
    expect(r.success && r.locale).toBe(es);
    expect(parseOptions({ locale: ENGLISH, asOf: '2026-11-25' })).toEqual({ success: true, locale: ENGLISH, asOf: '2026-11-25' });
    const partial: Locale = { code: 'en-x-plain', texts: {} };
    const p = parseOptions({ locale: partial });
    expect(p.success && p.locale).toBe(partial);
  });

  it('reports a bad locale and a bad as-of date at their paths', () => {
    for (const locale of ['fr', 'es', 'en']) {
      const r = parseOptions({ locale, asOf: 'tomorrow' });
      expect(r.success).toBe(false);
      if (!r.success) {
        expect(r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
          ['options.locale', 'invalid_value'],
          ['options.asOf', 'invalid_as_of'],
        ]);
        // an invalid locale writes the issues in English
        expect(r.issues[1]?.message).toBe('The as-of option is not a valid date or instant.');
      }
    }
    for (const locale of [null, 42, {}, { code: '', texts: {} }, { code: 'es', texts: null }, { code: 'es', texts: 'x' }, { code: 7, texts: {} }]) {
      expect(parseOptions({ locale }), JSON.stringify(locale)).toMatchObject({
        success: false,
        issues: [{ path: ['options', 'locale'], code: 'invalid_value' }],
      });
    }
    const spanish = parseOptions({ locale: es, asOf: 'mañana' });
    expect(!spanish.success && spanish.issues[0]?.message).toBe('La opción de fecha de referencia no es una fecha o un instante válido.');
  });

  it('refuses non-objects and unreadable objects', () => {
    expect(parseOptions('es')).toMatchObject({ success: false, issues: [{ path: ['options'], code: 'invalid_type' }] });
    const hostile = Object.defineProperty({}, 'locale', {
      get() {
        throw new Error('x');
      },
    });
    expect(parseOptions(hostile)).toMatchObject({ success: false, issues: [{ path: ['options'], code: 'unreadable_input' }] });
    const hostileLocale = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('x');
      },
    });
    expect(parseOptions({ locale: hostileLocale })).toMatchObject({ success: false, issues: [{ path: ['options', 'locale'], code: 'invalid_value' }] });
  });
});
