import { describe, expect, it } from 'vitest';
import { parseOptions } from './parse-options';

describe('parseOptions', () => {
  it('defaults to English and no as-of date', () => {
    expect(parseOptions(undefined)).toEqual({ success: true, locale: 'en', asOf: null });
    expect(parseOptions(null)).toEqual({ success: true, locale: 'en', asOf: null });
    expect(parseOptions({})).toEqual({ success: true, locale: 'en', asOf: null });
  });

  it('reads the locale and the as-of date', () => {
    expect(parseOptions({ locale: 'es', asOf: '2025-10-18T03:00:00Z' })).toEqual({ success: true, locale: 'es', asOf: '2025-10-17' });
    expect(parseOptions({ locale: 'en', asOf: '2026-11-25' })).toEqual({ success: true, locale: 'en', asOf: '2026-11-25' });
  });

  it('reports a bad locale and a bad as-of date at their paths', () => {
    const r = parseOptions({ locale: 'fr', asOf: 'tomorrow' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['options.locale', 'invalid_value'],
        ['options.asOf', 'invalid_as_of'],
      ]);
    }
    const es = parseOptions({ locale: 'es', asOf: 'mañana' });
    expect(!es.success && es.issues[0]?.message).toBe('La opción de fecha de referencia no es una fecha o un instante válido.');
  });

  it('refuses non-objects and unreadable objects', () => {
    expect(parseOptions('es')).toMatchObject({ success: false, issues: [{ path: ['options'], code: 'invalid_type' }] });
    const hostile = Object.defineProperty({}, 'locale', {
      get() {
        throw new Error('x');
      },
    });
    expect(parseOptions(hostile)).toMatchObject({ success: false, issues: [{ path: ['options'], code: 'unreadable_input' }] });
  });
});
