import { describe, expect, it } from 'vitest';
import { CARD_EDITIONS } from './cards';
import { DIRECTORY_EDITIONS } from './editions';

const CARD_KEYS = ['email', 'fax', 'hours', 'id', 'mailingAddress', 'name', 'organization', 'phone', 'physicalAddress', 'source'];

describe('CARD_EDITIONS', () => {
  it('lists every edition with its date and the card of each entry, in the same order', () => {
    expect(CARD_EDITIONS.map((e) => [e.id, e.effectiveFrom])).toEqual(DIRECTORY_EDITIONS.map((e) => [e.id, e.effectiveFrom]));
    CARD_EDITIONS.forEach((edition, i) => {
      const entries = DIRECTORY_EDITIONS[i]?.destinations ?? [];
      expect(edition.cards.map((c) => c.id)).toEqual(entries.map((d) => d.id));
      edition.cards.forEach((card, j) => {
        expect(Object.keys(card).sort()).toEqual(CARD_KEYS);
        for (const key of CARD_KEYS) expect((card as unknown as Record<string, unknown>)[key]).toBe((entries[j] as unknown as Record<string, unknown>)[key]);
      });
    });
  });

  it('the cards are deeply frozen', () => {
    for (const card of CARD_EDITIONS.flatMap((e) => e.cards)) {
      expect(Object.isFrozen(card)).toBe(true);
      expect(Object.isFrozen(card.source)).toBe(true);
      if (card.mailingAddress !== null) expect(Object.isFrozen(card.mailingAddress.lines)).toBe(true);
    }
  });
});
