import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../directory/sources';
import { getRule, lookupRule, RULES } from './catalog';
import { es } from '../locales/es';
import { AUTHORIZATION_EXTENSION_FIELDS } from '../fhir/consent/consent-map';

const root = join(import.meta.dirname, '..', '..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });

const isTest = (path: string): boolean => /\.test\.ts$|\/test-support\//.test(path);

const ids = new Set<string>(RULES.map((r) => r.id));
const sourceUrls = new Set<string>(Object.values(SOURCES).map((s) => s.url));

describe('RULES', () => {
  it('has unique, well-formed ids', () => {
    expect(ids.size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
  });

  it('cites a known source page and a section for every rule', () => {
    for (const rule of RULES) {
      expect(sourceUrls, rule.id).toContain(rule.source.url);
      expect(rule.source.section.trim().length, rule.id).toBeGreaterThan(0);
      expect(rule.summary.trim().length, rule.id).toBeGreaterThan(10);
      expect(rule.editions.length, rule.id).toBeGreaterThan(0);
      for (const e of rule.editions) expect(['seed', '2025-10-18']).toContain(e);
      if (rule.ambiguity) {
        expect(rule.ambiguity.note.length, rule.id).toBeGreaterThan(10);
        expect(rule.ambiguity.reading.length, rule.id).toBeGreaterThan(10);
      }
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(RULES)).toBe(true);
    for (const rule of RULES) {
      expect(Object.isFrozen(rule)).toBe(true);
      expect(Object.isFrozen(rule.source)).toBe(true);
      expect(Object.isFrozen(rule.editions)).toBe(true);
      expect(() => {
        (rule as { severity: string }).severity = 'info';
      }).toThrow(TypeError);
    }
    expect(() => (RULES as unknown[]).push({})).toThrow(TypeError);
  });

  it('lookupRule finds every rule, and fails a misspelt id with unknown_id and a non-string with invalid_type', () => {
    for (const rule of RULES) expect(lookupRule(rule.id)).toEqual({ success: true, rule });
    expect(lookupRule('language.interpretor' as never)).toEqual({
      success: false,
      issues: [{ path: ['id'], code: 'unknown_id', message: 'No item has this id (check its spelling).' }],
    });
    expect(lookupRule('__proto__' as never, { locale: es })).toEqual({
      success: false,
      issues: [{ path: ['id'], code: 'unknown_id', message: 'Ningún elemento tiene este identificador (revise la ortografía).' }],
    });
    expect(lookupRule(42 as never)).toMatchObject({ success: false, issues: [{ path: ['id'], code: 'invalid_type' }] });
    expect(lookupRule('originals.never', { locale: 'es' } as never)).toMatchObject({ success: false, issues: [{ path: ['options', 'locale'], code: 'invalid_value' }] });
  });

  it('getRule finds every rule and nothing else', () => {
    for (const rule of RULES) expect(getRule(rule.id)).toBe(rule);
    expect(getRule('no.such-rule')).toBeUndefined();
    expect(getRule('__proto__')).toBeUndefined();
    expect(getRule(42 as unknown as string)).toBeUndefined();
  });

  it('every rule id written in src/ is in the catalog', () => {
    const literal =
      /['"]((?:label|channel|originals|carrier|tracking|followup|password|notify|hours|language|ln|signer|hipaa|access)\.[a-z0-9.-]+)['"]/g;
    for (const file of walk(join(root, 'src')).filter((f) => !isTest(f))) {
      for (const match of readFileSync(file, 'utf8').matchAll(literal)) {
        // the FHIR extension names authorization fields by their dotted path ('signer.role'): not rule ids
        if (Object.hasOwn(AUTHORIZATION_EXTENSION_FIELDS, match[1] as string)) continue;
        expect(ids, `${match[1]} in ${file}`).toContain(match[1]);
      }
    }
  });

  it('every catalog rule is exercised by at least one test outside the catalog and message tests', () => {
    const self = new Set(['catalog.test.ts', 'messages.test.ts', 'rules-reference.test.ts']);
    const text = [...walk(join(root, 'test')), ...walk(join(root, 'src')).filter(isTest)]
      .filter((f) => !self.has(f.split('/').pop() as string))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const missing = RULES.map((r) => r.id).filter((id) => !text.includes(`'${id}'`) && !text.includes(`"${id}"`));
    expect(missing).toEqual([]);
  });
});
