import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message';
import { MESSAGES } from './messages';
import { RULES, type RuleId } from './catalog';
import { ENGLISH, type Locale } from '../core/locale';
import { es } from '../locales/es';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
/** The Spanish rule templates: the `rules` section of the Spanish locale. */
const ES_RULES = es.texts.rules as Readonly<Record<RuleId, string>>;

describe('MESSAGES', () => {
  it('has an English and a Spanish text for every rule, and nothing else', () => {
    const ids = RULES.map((r) => r.id).sort();
    expect(Object.keys(MESSAGES).sort()).toEqual(ids);
    expect(Object.keys(ES_RULES).sort()).toEqual(ids);
  });

  it('uses the same placeholders in both languages, and the texts differ', () => {
    for (const { id } of RULES) {
      expect(placeholders(ES_RULES[id]), id).toEqual(placeholders(MESSAGES[id]));
      expect(MESSAGES[id].trim().length, id).toBeGreaterThan(10);
      expect(ES_RULES[id], id).not.toBe(MESSAGES[id]);
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const id = RULES.find((r) => placeholders(MESSAGES[r.id]).length > 0)?.id;
    if (id === undefined) return;
    const names = placeholders(MESSAGES[id]);
    const params = Object.fromEntries(names.map((n, i) => [n, `<${i}>`]));
    const text = formatMessage(id, ENGLISH, params);
    names.forEach((_, i) => expect(text).toContain(`<${i}>`));
    expect(text).not.toMatch(/\{\w+\}/);
    expect(formatMessage(id, ENGLISH)).toContain(`{${names[0]}}`);
    expect(formatMessage(id, undefined, params)).toBe(text);
  });

  it('returns the plain text when there are no placeholders', () => {
    expect(formatMessage('language.interpreter', es)).toBe(ES_RULES['language.interpreter']);
    expect(formatMessage('language.interpreter', ENGLISH, { unused: 1 })).toBe(MESSAGES['language.interpreter']);
    expect(formatMessage('language.interpreter')).toBe(MESSAGES['language.interpreter']);
  });

  it('reads English for a value that is not a locale (a string such as es included)', () => {
    for (const notLocale of ['es', 'fr', null, 42, {}, { code: '', texts: {} }, { code: 'es' }]) {
      expect(formatMessage('carrier.trackable', notLocale as unknown as Locale)).toBe(MESSAGES['carrier.trackable']);
    }
  });

  it('reads English for every rule a partial locale leaves out or gives in the wrong shape', () => {
    const partial: Locale = { code: 'en-x-plain', texts: { rules: { 'carrier.trackable': 'Mail it with tracking.', 'originals.never': 7 } } };
    expect(formatMessage('carrier.trackable', partial)).toBe('Mail it with tracking.');
    expect(formatMessage('originals.never', partial, { item: 2 })).toBe(formatMessage('originals.never', ENGLISH, { item: 2 }));
    expect(formatMessage('language.interpreter', partial)).toBe(MESSAGES['language.interpreter']);
  });
});
