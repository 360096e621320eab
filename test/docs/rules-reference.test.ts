import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesReference } from '../../scripts/rules-reference';
import { RULES } from '../../src/catalog/catalog';

describe('docs/rules.md', () => {
  it('is up to date with RULES and MESSAGES (run `npm run docs:rules`)', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRulesReference());
  });

  it('lists every rule id once', () => {
    const text = renderRulesReference();
    for (const rule of RULES) {
      expect(text.split(`### \`${rule.id}\``).length - 1).toBe(1);
    }
  });
});
