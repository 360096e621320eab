import { describe, expect, it } from 'vitest';
import { TO_DUKE_MESSAGES_EN } from './messages.en';
import { TO_DUKE_MESSAGES_ES } from './messages.es';
import { TO_DUKE_WORDS_EN } from './words.en';
import { TO_DUKE_WORDS_ES } from './words.es';
import { LANGUAGE_RULES } from '../directory/interpreter/interpreter';
import { HOURS_RULES } from '../hours/rules';
import { CARRIER_RULES } from './carriers/carriers';
import { CHANNEL_RULES } from './channels/channels';
import { FOLLOW_UP_RULES } from './follow-up/follow-up';
import { LABELING_RULES } from './labeling/labeling';
import { NOTIFY_RULES } from './notify/notify';
import { ORIGINALS_RULES } from './originals/originals';
import { PASSWORD_RULES } from './passwords/passwords';
import { TRACKING_RULES } from './tracking-number/tracking-number';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const ALLOWED = new Set(['item', 'medium', 'channel', 'fields', 'missing', 'phone', 'fax', 'email', 'address', 'carrier', 'targets', 'hours', 'first', 'last', 'start', 'end', 'detected', 'passwords']);
// 'passwords' is filled only with the library's own clause (steps.followUpPasswords), never input text.

/** Every string leaf with its key path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
}

describe('TO_DUKE_MESSAGES_EN and TO_DUKE_MESSAGES_ES', () => {
  it('cover exactly the to-Duke rule ids, the interpreter notice and the hours, in both languages', () => {
    const ids = [LABELING_RULES, CHANNEL_RULES, ORIGINALS_RULES, CARRIER_RULES, PASSWORD_RULES, FOLLOW_UP_RULES, NOTIFY_RULES, TRACKING_RULES, LANGUAGE_RULES, HOURS_RULES]
      .flatMap((rules) => rules.map((r) => r.id as string))
      .sort();
    expect(Object.keys(TO_DUKE_MESSAGES_EN).sort()).toEqual(ids);
    expect(Object.keys(TO_DUKE_MESSAGES_ES).sort()).toEqual(ids);
  });

  it('uses only patient-free placeholders', () => {
    for (const [, text] of [...leaves(TO_DUKE_MESSAGES_EN), ...leaves(TO_DUKE_MESSAGES_ES)]) {
      for (const p of placeholders(text)) expect(ALLOWED, p).toContain(p);
    }
  });
});

describe('TO_DUKE_WORDS_EN and TO_DUKE_WORDS_ES', () => {
  it('has the same entries and placeholders in English and Spanish, and different texts for the sentences', () => {
    const en = leaves(TO_DUKE_WORDS_EN);
    const es = new Map(leaves(TO_DUKE_WORDS_ES));
    expect([...es.keys()]).toEqual(en.map(([k]) => k));
    for (const [key, text] of en) {
      expect(placeholders(es.get(key) as string), key).toEqual(placeholders(text));
      for (const p of placeholders(text)) expect(ALLOWED, p).toContain(p);
      if (key.startsWith('.steps.')) expect(es.get(key), key).not.toBe(text);
    }
  });

  it('has 12 months and 7 days, Monday first', () => {
    for (const words of [TO_DUKE_WORDS_EN, TO_DUKE_WORDS_ES]) {
      expect(words.months).toHaveLength(12);
      expect(new Set(words.months).size).toBe(12);
      expect(words.days).toHaveLength(7);
    }
    expect(TO_DUKE_WORDS_EN.days[0]).toBe('Monday');
    expect(TO_DUKE_WORDS_ES.days[6]).toBe('domingo');
  });
});
