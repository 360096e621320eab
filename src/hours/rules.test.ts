import { describe, expect, it } from 'vitest';
import { formatMessage } from '../catalog/format-message';
import { HOURS_MESSAGES_EN } from './messages.en';
import { HOURS_MESSAGES_ES } from './messages.es';
import { ENGLISH } from '../core/locale';
import { es } from '../locales/es';
import { getRule, RULES } from '../catalog/catalog';
import { HOURS_RULES } from './rules';
import { dukeHours } from './test-support/schedules';

const SEND_TO_DUKE = 'https://www.dukehealth.org/medical-records/send-your-medical-records-duke';

describe('hours rules', () => {
  it('are in the catalog, cite the send-to-Duke page and hold in both editions', () => {
    expect(HOURS_RULES.map((r) => r.id)).toEqual(['hours.customer-service', 'hours.follow-up-call']);
    for (const rule of HOURS_RULES) {
      expect(getRule(rule.id)).toEqual(rule);
      expect(RULES).toContainEqual(rule);
      expect(rule.area).toBe('hours');
      expect(rule.severity).toBe('info');
      expect(rule.source.url).toBe(SEND_TO_DUKE);
      expect(rule.editions).toEqual(['seed', '2025-10-18']);
      expect(rule.ambiguity.note.length).toBeGreaterThan(40);
      expect(rule.ambiguity.reading.length).toBeGreaterThan(40);
    }
    expect(getRule('hours.customer-service')?.source.section).toBe('Contact Us');
    expect(getRule('hours.follow-up-call')?.source.section).toBe('Sending Records Via Mail or Fax');
  });

  it('say what the directory schedule holds: Monday to Friday, 08:00–16:30, Eastern', () => {
    const hours = dukeHours();
    expect(hours.timeZone).toBe('America/New_York');
    const weekday = [{ start: '08:00', end: '16:30' }];
    expect(hours.weekly).toEqual({ monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday });
    expect(hours.closures).toBeUndefined();
    expect(getRule('hours.customer-service')?.summary).toMatch(/Monday to Friday, 8:00 am to 4:30 pm, Eastern/);
    for (const [locale, messages] of [
      [ENGLISH, HOURS_MESSAGES_EN],
      [es, HOURS_MESSAGES_ES],
    ] as const) {
      expect(messages['hours.customer-service']).toMatch(/8:00 .*4:30/);
      expect(formatMessage('hours.follow-up-call', locale)).toBe(messages['hours.follow-up-call']);
    }
    expect(HOURS_MESSAGES_ES['hours.follow-up-call']).not.toBe(HOURS_MESSAGES_EN['hours.follow-up-call']);
  });
});
