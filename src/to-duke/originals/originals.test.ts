import { describe, expect, it } from 'vitest';
import { ORIGINALS_RULES, originalsHits } from './originals';

describe('ORIGINALS_RULES', () => {
  it('refuses originals and notes that nothing is returned', () => {
    expect(ORIGINALS_RULES.map((r) => [r.id, r.severity, r.area])).toEqual([
      ['originals.never', 'error', 'originals'],
      ['originals.not-returned', 'info', 'originals'],
    ]);
  });
});

describe('originalsHits', () => {
  it('reports each original item, then the not-returned notice', () => {
    expect(originalsHits([{ original: false }, { original: true }, { original: true }])).toEqual([
      { ruleId: 'originals.never', severity: 'error', path: ['items', 1, 'original'], item: 2 },
      { ruleId: 'originals.never', severity: 'error', path: ['items', 2, 'original'], item: 3 },
      { ruleId: 'originals.not-returned', severity: 'info', path: ['items'] },
    ]);
    expect(originalsHits([{ original: false }])).toEqual([{ ruleId: 'originals.not-returned', severity: 'info', path: ['items'] }]);
  });
});
