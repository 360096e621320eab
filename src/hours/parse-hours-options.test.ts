import { describe, expect, it } from 'vitest';
import { parseHoursOptions } from './parse-hours-options';
import { throwingGetters, throwingProxy } from '../../test/support/hostile';
import { ENGLISH } from '../core/locale';
import { es } from '../locales/es';

describe('parseHoursOptions', () => {
  it('defaults to English and reads a locale value', () => {
    expect(parseHoursOptions(undefined)).toEqual({ success: true, locale: ENGLISH });
    expect(parseHoursOptions(null)).toEqual({ success: true, locale: ENGLISH });
    expect(parseHoursOptions({})).toEqual({ success: true, locale: ENGLISH });
    const spanish = parseHoursOptions({ locale: es });
    expect(spanish.success && spanish.locale).toBe(es);
    const english = parseHoursOptions({ locale: ENGLISH, other: 1 });
    expect(english.success && english.locale).toBe(ENGLISH);
    const undefinedLocale = parseHoursOptions({ locale: undefined });
    expect(undefinedLocale.success && undefinedLocale.locale).toBe(ENGLISH);
    const partial = { code: 'es-x-partial', texts: {} };
    const custom = parseHoursOptions({ locale: partial });
    expect(custom.success && custom.locale).toBe(partial);
  });

  it('refuses other locales and non-objects at options', () => {
    const bad = { success: false, issues: [{ path: ['options'], code: 'invalid_value', message: 'This value is not one of the allowed options.' }] };
    expect(parseHoursOptions({ locale: 'fr' })).toEqual(bad);
    expect(parseHoursOptions({ locale: 'es' })).toEqual(bad);
    expect(parseHoursOptions({ locale: 'en' })).toEqual(bad);
    expect(parseHoursOptions({ locale: { code: '', texts: {} } })).toEqual(bad);
    expect(parseHoursOptions({ locale: { code: 'es', texts: null } })).toEqual(bad);
    expect(parseHoursOptions({ locale: null })).toEqual(bad);
    expect(parseHoursOptions('es')).toEqual(bad);
    expect(parseHoursOptions(1)).toEqual(bad);
    expect(parseHoursOptions(() => 1)).toEqual(bad);
  });

  it('never throws on hostile options', () => {
    const unreadable = { success: false, issues: [{ path: ['options'], code: 'unreadable_input', message: 'The input could not be read.' }] };
    expect(parseHoursOptions(throwingGetters(['locale']))).toEqual(unreadable);
    expect(parseHoursOptions(throwingProxy())).toEqual(unreadable);
  });
});
