import { describe, expect, it } from 'vitest';
import { contactFor } from './contact';
import { ENGLISH, type Locale } from '../../core/locale';
import { es } from '../../locales/es';
import { TO_DUKE_MESSAGES_EN } from '../messages.en';
import { TO_DUKE_MESSAGES_ES } from '../messages.es';
import { TO_DUKE_WORDS_EN } from '../words.en';
import { TO_DUKE_WORDS_ES } from '../words.es';

describe('contactFor', () => {
  it('reads Document Management from the directory, in the locale', () => {
    const en = contactFor(null, ENGLISH, null);
    expect({ ...en, texts: undefined, messages: undefined }).toEqual({
      edition: '2025-10-18',
      locale: ENGLISH,
      words: TO_DUKE_WORDS_EN,
      templates: TO_DUKE_MESSAGES_EN,
      phone: '(919) 684-6178',
      fax: '(919) 620-5165',
      address: 'Document Management, Duke University Health System, P.O. Box 3016, Durham, NC 27710',
      hours: 'Monday to Friday, 8:00 am to 4:30 pm (Eastern time)',
      texts: undefined,
      messages: undefined,
      email: null,
    });
    expect(en.locale).toBe(ENGLISH);
    expect(en.texts.sendFax).toEqual([
      'Fax the copies to Document Management at (919) 620-5165.',
      `Fax the copies to Document Management at (919) 620-5165. ${TO_DUKE_WORDS_EN.steps.radiologyNotAccepted}`,
    ]);
    const spanish = contactFor('2024-05-01', es, 'dm@example.org');
    expect(spanish).toMatchObject({
      edition: 'seed',
      locale: es,
      words: TO_DUKE_WORDS_ES,
      hours: 'de lunes a viernes, de 8:00 a. m. a 4:30 p. m. (hora del Este)',
      email: 'dm@example.org',
    });
    expect({ ...spanish.templates }).toEqual({ ...TO_DUKE_MESSAGES_ES });
  });

  it('reads English for every word and template a partial locale leaves out', () => {
    const partial: Locale = {
      code: 'en-x-plain',
      texts: { toDuke: { and: '&', days: ['Mon'], steps: { sendFax: 'Fax {fax}.' } }, rules: { 'originals.never': 'No originals ({item}).' } },
    };
    const contact = contactFor(null, partial, null);
    expect(contact.words.and).toBe('&');
    expect(contact.words.days).toEqual(TO_DUKE_WORDS_EN.days); // an array of another length stays English
    expect(contact.words.carriers).toEqual(TO_DUKE_WORDS_EN.carriers);
    expect(contact.texts.sendFax[0]).toBe('Fax (919) 620-5165.');
    expect(contact.texts.copiesOnly).toBe(TO_DUKE_WORDS_EN.steps.copiesOnly);
    expect(contact.templates['originals.never']).toBe('No originals ({item}).');
    expect(contact.templates['carrier.trackable']).toBe(TO_DUKE_MESSAGES_EN['carrier.trackable']);
    expect(contact.hours).toBe('Monday to Friday, 8:00 am to 4:30 pm (Eastern time)');
  });

  it('picks the edition of each date, and shares the texts between calls', () => {
    const seed = contactFor('2025-10-17', ENGLISH, null);
    const next = contactFor('2025-10-18', ENGLISH, null);
    expect(seed.edition).toBe('seed');
    expect(next.edition).toBe('2025-10-18');
    expect(contactFor(null, ENGLISH, null).edition).toBe('2025-10-18');
    expect(next.texts).toBe(seed.texts);
    expect(contactFor('2025-10-18', ENGLISH, null)).toBe(next);
    expect(contactFor('2025-10-18', ENGLISH, 'a@example.org')).not.toBe(next);
    expect(contactFor('2025-10-18', es, null).texts).not.toBe(next.texts);
  });
});
