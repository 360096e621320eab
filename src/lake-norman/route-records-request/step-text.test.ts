import { describe, expect, it } from 'vitest';
import { ENGLISH, type Locale } from '../../core/locale';
import { es } from '../../locales/es';
import { LAKE_NORMAN_STEP_TEXT_EN } from './step-messages.en';
import { LAKE_NORMAN_STEP_TEXT_ES } from './step-messages.es';

import { routeStepText, stepWordsOf } from './step-text';
import { PROOF_KINDS, SIGNER_ROLES } from '../signer/signer-schema';

const PHONE = { e164: '+17046604035', display: '(704) 660-4035' };
const FAX = { e164: '+19196205165', display: '(919) 620-5165' };
const FORM = { title: 'Patient Request for Health Information Form', language: 'es', format: 'PDF', sizeKb: 667 } as const;

describe('routeStepText', () => {
  it('writes each action in English', () => {
    expect(routeStepText({ action: 'request-online' }, ENGLISH)).toBe(
      'Request the records online: it is easy, fast and secure, and recommended whenever possible.',
    );
    expect(routeStepText({ action: 'complete-form', form: FORM }, ENGLISH)).toBe(
      'Complete the Patient Request for Health Information Form in Spanish (PDF, 667 KB).',
    );
    expect(routeStepText({ action: 'send-form', via: { channel: 'fax', fax: FAX } }, ENGLISH)).toBe('Fax the completed, signed form to (919) 620-5165.');
    expect(routeStepText({ action: 'send-form', via: { channel: 'email', email: 'ROI-Requestor3@dm.duke.edu' } }, ENGLISH)).toBe(
      'E-mail the completed, signed form to ROI-Requestor3@dm.duke.edu.',
    );
    expect(
      routeStepText(
        {
          action: 'send-form',
          via: {
            channel: 'mail',
            mailingAddress: {
              lines: ['Release of Information', 'Box 3016', 'Durham, NC 27710'],
              ...{ attention: null, recipient: 'Release of Information', organization: null, street: [], poBox: 'Box 3016' },
              ...{ city: 'Durham', state: 'NC', zip: '27710', country: 'US' },
            },
          },
        },
        ENGLISH,
      ),
    ).toBe('Mail the completed, signed form to: Release of Information, Box 3016, Durham, NC 27710.');
    expect(routeStepText({ action: 'ask-questions', phone: PHONE }, ENGLISH)).toBe('Questions? Call (704) 660-4035.');
  });

  it('writes each action in Spanish', () => {
    expect(routeStepText({ action: 'complete-form', form: { ...FORM, language: 'en', sizeKb: 800 } }, es)).toBe(
      'Complete el formulario «Patient Request for Health Information Form» en inglés (PDF, 800 KB).',
    );
    expect(routeStepText({ action: 'send-form', via: { channel: 'fax', fax: FAX } }, es)).toBe(
      'Envíe por fax el formulario completado y firmado al (919) 620-5165.',
    );
    expect(routeStepText({ action: 'ask-questions', phone: PHONE }, es)).toBe('¿Preguntas? Llame al (704) 660-4035.');
    expect(routeStepText({ action: 'sign-authorization', allowedRoles: ['next-of-kin', 'legal-guardian'], missingProof: ['guardianship-indicates-disability'] }, es)).toBe(
      'La autorización debe firmarla un familiar más cercano o un tutor nombrado legalmente. Adjunte un comprobante de la tutela que indique la discapacidad del paciente.',
    );
  });

  it('lists who may sign as alternatives, and the proof only while it is missing', () => {
    expect(routeStepText({ action: 'sign-authorization', allowedRoles: ['patient', 'legal-representative'], missingProof: [] }, ENGLISH)).toBe(
      "Have the authorization signed by the patient or the patient's legal representative.",
    );
    expect(
      routeStepText({ action: 'sign-authorization', allowedRoles: ['custodial-parent', 'legal-guardian', 'next-of-kin'], missingProof: ['guardianship'] }, ENGLISH),
    ).toBe('Have the authorization signed by a custodial parent, a legally appointed guardian or next-of-kin. Enclose proof of guardianship.');
  });

  it('names the portals that may still hold records, all of them when none is left', () => {
    const portals = [
      { name: 'My Duke Health', status: 'current' },
      { name: 'MyHealthHome', status: 'no-longer-available' },
      { name: 'AthenaHealth', status: 'may-no-longer-be-available' },
    ] as const;
    expect(routeStepText({ action: 'check-portal', portals }, ENGLISH)).toBe(
      'Check your patient portal (My Duke Health and AthenaHealth): it may already hold the information you need.',
    );
    expect(routeStepText({ action: 'check-portal', portals: [portals[1]] }, es)).toBe(
      'Revise su portal del paciente (MyHealthHome): es posible que ya tenga la información que necesita.',
    );
  });

  it('has words for every signer role, proof kind and form language in both locales, without placeholders left', () => {
    for (const [locale, words] of [
      [ENGLISH, LAKE_NORMAN_STEP_TEXT_EN],
      [es, LAKE_NORMAN_STEP_TEXT_ES],
    ] as const) {
      const w = stepWordsOf(locale);
      expect(w).toEqual(words);
      for (const role of SIGNER_ROLES) expect(w.roles[role]).toMatch(/\S/);
      for (const proof of PROOF_KINDS) expect(w.proof[proof]).toMatch(/\S/);
      const texts = [
        routeStepText({ action: 'request-online' }, locale),
        routeStepText({ action: 'check-portal', portals: [{ name: 'Patient Portal', status: 'current' }] }, locale),
        routeStepText({ action: 'complete-form', form: FORM }, locale),
        routeStepText({ action: 'sign-authorization', allowedRoles: [...SIGNER_ROLES], missingProof: [...PROOF_KINDS] }, locale),
        routeStepText({ action: 'ask-questions', phone: PHONE }, locale),
      ];
      for (const text of texts) expect(text).not.toMatch(/[{}]/);
    }
  });

  it('writes in English what a partial locale does not give, word by word', () => {
    const partial: Locale = {
      code: 'es-x-partial',
      texts: { lakeNorman: { askQuestions: '¿Dudas? {phone}', roles: { patient: 'el paciente' }, languages: 'español', or: 3 } },
    };
    expect(routeStepText({ action: 'ask-questions', phone: PHONE }, partial)).toBe('¿Dudas? (704) 660-4035');
    expect(routeStepText({ action: 'sign-authorization', allowedRoles: ['patient', 'legal-representative'], missingProof: [] }, partial)).toBe(
      "Have the authorization signed by el paciente or the patient's legal representative.",
    );
    expect(routeStepText({ action: 'complete-form', form: FORM }, partial)).toBe(
      'Complete the Patient Request for Health Information Form in Spanish (PDF, 667 KB).',
    );
    const noSection: Locale = { code: 'de', texts: { lakeNorman: 'Wörter' } };
    expect(stepWordsOf(noSection)).toBe(LAKE_NORMAN_STEP_TEXT_EN);
  });
});
