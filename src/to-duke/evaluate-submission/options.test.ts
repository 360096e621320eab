import { describe, expect, it } from 'vitest';
import { parseEvaluateOptions } from './options';
import { throwingGetters } from '../../../test/support/hostile';
import { ENGLISH, type Locale } from '../../core/locale';
import { es } from '../../locales/es';

describe('parseEvaluateOptions', () => {
  it('defaults to English, no asOf and no e-mail address', () => {
    expect(parseEvaluateOptions(undefined)).toEqual({ success: true, locale: ENGLISH, asOf: null, documentManagementEmail: null });
    expect(parseEvaluateOptions(null)).toEqual({ success: true, locale: ENGLISH, asOf: null, documentManagementEmail: null });
    const spanish = parseEvaluateOptions({ locale: es, asOf: '2026-01-02' });
    expect(spanish).toEqual({
      success: true,
      locale: es,
      asOf: '2026-01-02',
      documentManagementEmail: null,
    });
    expect(spanish.success && spanish.locale).toBe(es);
    // a string is not a locale: 'es' is refused like any other value
    expect(parseEvaluateOptions({ locale: 'es' as unknown as Locale })).toEqual({
      success: false,
      issues: [{ path: ['options', 'locale'], code: 'invalid_value', message: 'This value is not one of the allowed options.' }],
    });
  });

  it('takes a valid, trimmed e-mail address', () => {
    expect(parseEvaluateOptions({ documentManagementEmail: ' dm@example.org ' })).toMatchObject({ documentManagementEmail: 'dm@example.org' });
  });

  it('refuses an invalid or overlong address, or another type', () => {
    const path = ['options', 'documentManagementEmail'];
    for (const bad of ['dm', 'dm@', '@example.org', `${'a'.repeat(250)}@x.org`, 'a'.repeat(10_000_000)]) {
      expect(parseEvaluateOptions({ documentManagementEmail: bad })).toEqual({
        success: false,
        issues: [{ path, code: 'invalid_format', message: 'This value is not in the expected format.' }],
      });
    }
    expect(parseEvaluateOptions({ documentManagementEmail: null })).toMatchObject({ success: false, issues: [{ path, code: 'invalid_type' }] });
  });

  it('never throws on a getter that throws', () => {
    expect(parseEvaluateOptions(throwingGetters(['documentManagementEmail']))).toEqual({
      success: false,
      issues: [{ path: ['options'], code: 'unreadable_input', message: 'The input could not be read.' }],
    });
    expect(parseEvaluateOptions(throwingGetters(['locale'])).success).toBe(false);
  });
});
