import { describe, expect, it } from 'vitest';
import { parseHoursOptions } from './parse-hours-options';
import { throwingGetters, throwingProxy } from '../../test/support/hostile';

describe('parseHoursOptions', () => {
  it('defaults to English and reads en or es', () => {
    expect(parseHoursOptions(undefined)).toEqual({ success: true, locale: 'en' });
    expect(parseHoursOptions(null)).toEqual({ success: true, locale: 'en' });
    expect(parseHoursOptions({})).toEqual({ success: true, locale: 'en' });
    expect(parseHoursOptions({ locale: 'es' })).toEqual({ success: true, locale: 'es' });
    expect(parseHoursOptions({ locale: 'en', other: 1 })).toEqual({ success: true, locale: 'en' });
  });

  it('refuses other locales and non-objects at options', () => {
    const bad = { success: false, issues: [{ path: ['options'], code: 'invalid_value', message: 'This value is not one of the allowed options.' }] };
    expect(parseHoursOptions({ locale: 'fr' })).toEqual(bad);
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
