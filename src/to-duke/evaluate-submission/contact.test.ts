import { describe, expect, it } from 'vitest';
import { contactFor } from './contact';
import { TO_DUKE_TEXT } from '../messages';

describe('contactFor', () => {
  it('reads Document Management from the directory, in the locale', () => {
    const en = contactFor(null, 'en', null);
    expect({ ...en, texts: undefined, messages: undefined }).toEqual({
      edition: '2025-10-18',
      locale: 'en',
      words: TO_DUKE_TEXT.en,
      phone: '(919) 684-6178',
      fax: '(919) 620-5165',
      address: 'Document Management, Duke University Health System, P.O. Box 3016, Durham, NC 27710',
      hours: 'Monday to Friday, 8:00 am to 4:30 pm (Eastern time)',
      texts: undefined,
      messages: undefined,
      email: null,
    });
    expect(en.texts.sendFax).toEqual([
      'Fax the copies to Document Management at (919) 620-5165.',
      `Fax the copies to Document Management at (919) 620-5165. ${TO_DUKE_TEXT.en.steps.radiologyNotAccepted}`,
    ]);
    expect(contactFor('2024-05-01', 'es', 'dm@example.org')).toMatchObject({
      edition: 'seed',
      locale: 'es',
      words: TO_DUKE_TEXT.es,
      hours: 'de lunes a viernes, de 8:00 a. m. a 4:30 p. m. (hora del Este)',
      email: 'dm@example.org',
    });
  });

  it('picks the edition of each date, and shares the texts between calls', () => {
    const seed = contactFor('2025-10-17', 'en', null);
    const next = contactFor('2025-10-18', 'en', null);
    expect(seed.edition).toBe('seed');
    expect(next.edition).toBe('2025-10-18');
    expect(contactFor(null, 'en', null).edition).toBe('2025-10-18');
    expect(next.texts).toBe(seed.texts);
    expect(contactFor('2025-10-18', 'en', null)).toBe(next);
    expect(contactFor('2025-10-18', 'en', 'a@example.org')).not.toBe(next);
    expect(contactFor('2025-10-18', 'es', null).texts).not.toBe(next.texts);
  });
});
