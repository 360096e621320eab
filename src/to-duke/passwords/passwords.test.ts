import { describe, expect, it } from 'vitest';
import { hasProtectedMedia, PASSWORD_RULES, passwordHits } from './passwords';
import { media, paper } from '../../../test/support/submission-fixtures';

describe('PASSWORD_RULES', () => {
  it('refuses a password sent with its media, on every channel (ambiguity recorded)', () => {
    expect(PASSWORD_RULES.map((r) => [r.id, r.severity, r.source.section])).toEqual([
      ['password.separate', 'error', 'Sending Records Via Mail or Fax'],
    ]);
    expect(PASSWORD_RULES[0].ambiguity.reading).toContain('every channel');
  });
});

describe('hasProtectedMedia', () => {
  it('is true only for password-protected media', () => {
    expect(hasProtectedMedia([paper(), media()])).toBe(false);
    expect(hasProtectedMedia([paper(), media({ passwordProtected: true })])).toBe(true);
  });

  it('never counts a paper item, even when the object carries media fields', () => {
    // e.g. form state whose kind was switched from media to paper without clearing the password fields
    const switched = { ...paper(), passwordProtected: true, passwordEnclosed: true };
    expect(hasProtectedMedia([switched])).toBe(false);
    expect(passwordHits([switched])).toEqual([]);
  });
});

describe('passwordHits', () => {
  it('reports each medium whose password travels with it', () => {
    const items = [
      paper(),
      media({ passwordProtected: true }),
      media({ medium: 'external-hard-drive', passwordProtected: true, passwordEnclosed: true }),
    ];
    expect(passwordHits(items)).toEqual([
      { ruleId: 'password.separate', severity: 'error', path: ['items', 2, 'passwordEnclosed'], item: 3, medium: 'external-hard-drive' },
    ]);
    expect(passwordHits([paper(), media({ passwordProtected: true })])).toEqual([]);
  });
});
