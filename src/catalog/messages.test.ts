import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message';
import { MESSAGES } from './messages';
import { RULES } from './catalog';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe('MESSAGES', () => {
  it('has an English and a Spanish text for every rule, and nothing else', () => {
    const ids = RULES.map((r) => r.id).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(ids);
    expect(Object.keys(MESSAGES.es).sort()).toEqual(ids);
  });

  it('uses the same placeholders in both languages, and the texts differ', () => {
    for (const { id } of RULES) {
      expect(placeholders(MESSAGES.es[id]), id).toEqual(placeholders(MESSAGES.en[id]));
      expect(MESSAGES.en[id].trim().length, id).toBeGreaterThan(10);
      expect(MESSAGES.es[id], id).not.toBe(MESSAGES.en[id]);
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const id = RULES.find((r) => placeholders(MESSAGES.en[r.id]).length > 0)?.id;
    if (id === undefined) return;
    const names = placeholders(MESSAGES.en[id]);
    const params = Object.fromEntries(names.map((n, i) => [n, `<${i}>`]));
    const text = formatMessage(id, 'en', params);
    names.forEach((_, i) => expect(text).toContain(`<${i}>`));
    expect(text).not.toMatch(/\{\w+\}/);
    expect(formatMessage(id, 'en')).toContain(`{${names[0]}}`);
  });

  it('returns the plain text when there are no placeholders', () => {
    expect(formatMessage('language.interpreter', 'es')).toBe(MESSAGES.es['language.interpreter']);
    expect(formatMessage('language.interpreter', 'en', { unused: 1 })).toBe(MESSAGES.en['language.interpreter']);
  });
});
