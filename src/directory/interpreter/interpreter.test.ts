import { describe, expect, it } from 'vitest';
import { interpreterNotice, LANGUAGE_RULES } from './interpreter';

describe('interpreterNotice', () => {
  it('applies to any language other than English', () => {
    for (const lang of ['es', 'es-MX', 'zh_Hans', 'Vietnamese', ' fr ', 'ENGLISHMAN']) {
      expect(interpreterNotice(lang)).toEqual(['language.interpreter']);
    }
  });

  it('does not apply to English, empty or unknown preferences', () => {
    for (const lang of ['en', 'en-US', 'EN_gb', 'eng', 'English', ' english ', '', '   ', null, undefined]) {
      expect(interpreterNotice(lang)).toEqual([]);
    }
    expect(interpreterNotice(7 as unknown as string)).toEqual([]);
  });

  it('cites the interpreter-services section of the send page', () => {
    expect(LANGUAGE_RULES[0].source.section).toBe('Interpreter Services');
  });
});
