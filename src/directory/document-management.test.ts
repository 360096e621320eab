import { describe, expect, it } from 'vitest';
import { DOCUMENT_MANAGEMENT_BY_EDITION } from './document-management';
import { EDITION_DATES } from './editions/dates';
import { DIRECTORY_EDITIONS } from './editions';

describe('the light edition tables the to-Duke functions read', () => {
  it('EDITION_DATES lists every edition with its date, in the same order', () => {
    expect(EDITION_DATES).toEqual(DIRECTORY_EDITIONS.map((e) => ({ id: e.id, effectiveFrom: e.effectiveFrom })));
  });

  it('DOCUMENT_MANAGEMENT_BY_EDITION holds the contact of the Document Management entry of each edition, and no other edition', () => {
    expect(Object.keys(DOCUMENT_MANAGEMENT_BY_EDITION)).toEqual(DIRECTORY_EDITIONS.map((e) => e.id));
    for (const edition of DIRECTORY_EDITIONS) {
      const entry = edition.destinations.find((d) => d.id === 'duke-document-management');
      const contact = DOCUMENT_MANAGEMENT_BY_EDITION[edition.id];
      expect(Object.keys(contact).sort()).toEqual(['fax', 'hours', 'mailingAddress', 'phone']);
      expect(contact.phone).toBe(entry?.phone);
      expect(contact.fax).toBe(entry?.fax);
      expect(contact.mailingAddress).toBe(entry?.mailingAddress);
      expect(contact.hours).toBe(entry?.hours);
    }
  });

  it('the destination entries are deeply frozen even when read without DIRECTORY_EDITIONS', () => {
    const dm = DOCUMENT_MANAGEMENT_BY_EDITION.seed;
    expect(Object.isFrozen(dm)).toBe(true);
    expect(Object.isFrozen(dm.mailingAddress)).toBe(true);
    expect(Object.isFrozen(dm.hours)).toBe(true);
  });
});
