import { describe, expect, it } from 'vitest';
import { DOCUMENT_MANAGEMENT_BY_EDITION, EDITION_DATES } from './document-management';
import { DIRECTORY_EDITIONS } from './editions';

describe('the light edition tables the to-Duke functions read', () => {
  it('EDITION_DATES lists every edition with its date, in the same order', () => {
    expect(EDITION_DATES).toEqual(DIRECTORY_EDITIONS.map((e) => ({ id: e.id, effectiveFrom: e.effectiveFrom })));
  });

  it('DOCUMENT_MANAGEMENT_BY_EDITION is the Document Management entry of each edition, and no other edition', () => {
    expect(Object.keys(DOCUMENT_MANAGEMENT_BY_EDITION)).toEqual(DIRECTORY_EDITIONS.map((e) => e.id));
    for (const edition of DIRECTORY_EDITIONS) {
      expect(DOCUMENT_MANAGEMENT_BY_EDITION[edition.id]).toBe(edition.destinations.find((d) => d.id === 'duke-document-management'));
    }
  });

  it('the destination entries are deeply frozen even when read without DIRECTORY_EDITIONS', () => {
    const dm = DOCUMENT_MANAGEMENT_BY_EDITION.seed;
    expect(Object.isFrozen(dm)).toBe(true);
    expect(Object.isFrozen(dm.mailingAddress)).toBe(true);
    expect(Object.isFrozen(dm.hours)).toBe(true);
  });
});
