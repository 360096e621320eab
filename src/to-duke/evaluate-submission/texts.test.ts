import { describe, expect, it } from 'vitest';
import { TO_DUKE_WORDS_EN } from '../words.en';
import { TO_DUKE_WORDS_ES } from '../words.es';
import { stepTexts } from './texts';

const parts = { phone: 'P', fax: 'F', address: 'A', hours: 'H' };

describe('stepTexts', () => {
  it('renders every checklist text of a locale with the directory numbers', () => {
    const t = stepTexts(TO_DUKE_WORDS_EN, parts);
    expect(t.notifyFirst).toBe(
      'Before sending anything, notify the Medical Records department (Document Management) that you intend to send records: call P.',
    );
    expect(t.label.paper).toEqual([
      "Mark every page of the paper documents clearly with the patient's name and date of birth. Handwriting is fine.",
      "Mark every page of the paper documents clearly with the patient's name, date of birth and medical record number. Handwriting is fine.",
    ]);
    expect(t.label.media[0]).toContain('the outside of every removable medium');
    expect(t.sendMail.ups).toEqual(['Mail the copies by UPS to: A.', `Mail the copies by UPS to: A. ${TO_DUKE_WORDS_EN.steps.radiologyNotAccepted}`]);
    expect(t.sendEmailUnpublished[0]).toContain('call customer service at P');
    expect(t.whenToCall).toBe('Questions? Call customer service at P, H. Medical Records will follow up with the sender when the records are received.');
    expect(JSON.stringify(stepTexts(TO_DUKE_WORDS_ES, parts))).not.toMatch(/\{\w+\}/);
  });
});
