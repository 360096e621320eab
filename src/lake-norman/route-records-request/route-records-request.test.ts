import { describe, expect, it } from 'vitest';
import { DIRECTORY_EDITIONS } from '../../directory/editions';
import { ENGLISH } from '../../core/locale';
import { es } from '../../locales/es';
import { LANGUAGE_MESSAGES_ES } from '../../directory/interpreter/messages.es';
import { LAKE_NORMAN_MESSAGES_EN } from '../messages.en';
import { LAKE_NORMAN_MESSAGES_ES } from '../messages.es';
import { SIGNER_MESSAGES_ES } from '../signer/messages.es';
import type { LakeNormanFindingId } from '../rule-id';
import { routeRecordsRequest, type RecordsRoute } from './route-records-request';
import { throwingGetters } from '../../../test/support/hostile';

const SEED = { asOf: '2025-06-01' } as const;
const [SEED_ED, NEW_ED] = DIRECTORY_EDITIONS;
const LN_SEED = SEED_ED?.destinations.find((d) => d.id === 'lake-norman-medical-records');
const LN_NEW = NEW_ED?.destinations.find((d) => d.id === 'lake-norman-medical-records');
const ROI = NEW_ED?.destinations.find((d) => d.id === 'duke-release-of-information');
const LN_MAIL_ADDRESS = {
  lines: ['Attn: Medical Records Department', 'Duke Health Lake Norman Hospital', 'P.O. Box 3250', 'Mooresville, NC 28117'],
  attention: 'Medical Records Department',
  recipient: null,
  organization: 'Duke Health Lake Norman Hospital',
  street: [],
  poBox: 'P.O. Box 3250',
  city: 'Mooresville',
  state: 'NC',
  zip: '28117',
  country: 'US',
};

const adult = { patient: { situation: 'adult' }, signer: { role: 'patient' } } as const;
const attorneyByFax = { requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax', ...adult } as const;
const providerByFax = { requester: 'provider', recipient: 'third-party', purpose: 'patient-care', channel: 'fax', ...adult } as const;
const patientSelf = { requester: 'patient', recipient: 'patient', purpose: 'other', ...adult } as const;

function ok(input: unknown, options?: Parameters<typeof routeRecordsRequest>[1]): RecordsRoute {
  const r = routeRecordsRequest(input, options);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r;
}
/** The Spanish text of every rule a Lake Norman route can cite. */
const ES_TEXT: Readonly<Record<LakeNormanFindingId, string>> = { ...LAKE_NORMAN_MESSAGES_ES, ...SIGNER_MESSAGES_ES, ...LANGUAGE_MESSAGES_ES };
const summary = (r: RecordsRoute) => r.findings.map((f) => `${f.severity}:${f.ruleId}`);

describe('routeRecordsRequest: seed edition', () => {
  it('an attorney asking by fax is told to mail the request', () => {
    const r = ok(attorneyByFax, SEED);
    expect(r.edition).toBe('seed');
    expect(r.asOf).toBe('2025-06-01');
    expect(r.channels.map((c) => [c.channel, c.level])).toEqual([
      ['online-request', 'recommended'],
      ['patient-portal', 'recommended'],
      ['mail', 'accepted'],
    ]);
    const mail = r.channels[2];
    expect(mail).toEqual({
      channel: 'mail',
      level: 'accepted',
      destinationId: 'lake-norman-medical-records',
      mailingAddress: LN_MAIL_ADDRESS,
      ruleIds: ['ln.mail', 'ln.mail-all-others'],
    });
    expect(r.requestedChannel).toEqual({
      channel: 'fax',
      accepted: false,
      alternative: mail,
      ruleIds: ['ln.fax-patient-care-only', 'ln.mail-all-others'],
    });
    expect(r.destination).toBe(LN_SEED);
    expect(r.hospital).toBe(LN_SEED);
    expect(r.form).toEqual({ title: 'Patient Request for Health Information Form', language: 'en', format: 'PDF', sizeKb: 101 });
    expect(r.ready).toBe(false);
    expect(summary(r)).toEqual([
      'info:ln.release-to-self-or-third-party',
      'info:ln.online-recommended',
      'info:ln.patient-portal',
      'info:ln.mail',
      'error:ln.fax-patient-care-only',
      'error:ln.mail-all-others',
      'info:ln.forms',
    ]);
    expect(r.findings.find((f) => f.ruleId === 'ln.fax-patient-care-only')).toEqual({
      ruleId: 'ln.fax-patient-care-only',
      severity: 'error',
      message: LAKE_NORMAN_MESSAGES_EN['ln.fax-patient-care-only'],
      path: ['channel'],
    });
    expect(r.findings.find((f) => f.ruleId === 'ln.forms')?.message).toBe(
      'Use the Patient Request for Health Information Form in English (PDF, 101 KB).',
    );
    expect(r.ruleIds).toEqual(r.findings.map((f) => f.ruleId));
    expect(r.steps.map((s) => s.action)).toEqual([
      'request-online',
      'check-portal',
      'complete-form',
      'sign-authorization',
      'send-form',
      'ask-questions',
    ]);
    expect(r.steps[4]).toEqual({
      action: 'send-form',
      via: mail,
      text: 'Mail the completed, signed form to: Attn: Medical Records Department, Duke Health Lake Norman Hospital, P.O. Box 3250, Mooresville, NC 28117.',
      ruleIds: ['ln.mail', 'ln.mail-all-others'],
    });
    expect(r.steps[5]).toEqual({
      action: 'ask-questions',
      phone: { e164: '+17046604035', display: '(704) 660-4035' },
      text: 'Questions? Call (704) 660-4035.',
      ruleIds: ['ln.phone-questions'],
    });
    expect(r.steps.slice(0, 4).map((s) => s.text)).toEqual([
      'Request the records online: it is easy, fast and secure, and recommended whenever possible.',
      'Check your patient portal (Patient Portal): it may already hold the information you need.',
      'Complete the Patient Request for Health Information Form in English (PDF, 101 KB).',
      "Have the authorization signed by the patient or the patient's legal representative.",
    ]);
    expect(r.request).toEqual({
      requester: 'attorney',
      recipient: 'third-party',
      purpose: 'other',
      channel: 'fax',
      formLanguage: 'en',
      situation: 'adult',
      signerRole: 'patient',
      proofHeld: [],
      interpreterNotice: false,
      legacyRecords: 'unknown',
    });
  });

  it('a provider asking by fax for patient care uses the Lake Norman fax', () => {
    const r = ok(providerByFax, SEED);
    const fax = {
      channel: 'fax',
      lineId: 'lake-norman-fax',
      destinationId: 'lake-norman-medical-records',
      fax: { e164: '+17046604038', display: '(704) 660-4038' },
      level: 'accepted',
      ruleIds: ['ln.fax-patient-care-only'],
    };
    expect(r.channels.map((c) => c.channel)).toEqual(['online-request', 'patient-portal', 'fax', 'mail']);
    expect(r.channels[2]).toEqual(fax);
    expect(r.channels[3]?.ruleIds).toEqual(['ln.mail']);
    expect(r.requestedChannel).toEqual({ channel: 'fax', accepted: true, alternative: null, ruleIds: ['ln.fax-patient-care-only'] });
    expect(r.ready).toBe(true);
    // A kept error rule is cited by the channel and the step, never a finding.
    expect(summary(r).filter((x) => x.includes('ln.fax-patient-care-only') || x.includes('ln.mail-all-others'))).toEqual([]);
    expect(r.requestedChannel?.ruleIds).toEqual(['ln.fax-patient-care-only']);
    expect(r.steps.find((s) => s.action === 'send-form')).toEqual({
      action: 'send-form',
      via: fax,
      text: 'Fax the completed, signed form to (704) 660-4038.',
      ruleIds: ['ln.fax-patient-care-only'],
    });
  });

  it('a patient asking by mail sends the form by mail; by e-mail is refused', () => {
    const mail = ok({ ...patientSelf, channel: 'mail' }, SEED);
    expect(mail.requestedChannel).toEqual({ channel: 'mail', accepted: true, alternative: null, ruleIds: ['ln.mail', 'ln.mail-all-others'] });
    expect(mail.ready).toBe(true);
    const email = ok({ ...patientSelf, channel: 'email' }, SEED);
    expect(email.requestedChannel).toMatchObject({ channel: 'email', accepted: false, ruleIds: ['ln.email-not-published'] });
    expect(email.requestedChannel?.alternative?.channel).toBe('mail');
    expect(email.findings.find((f) => f.ruleId === 'ln.email-not-published')).toMatchObject({ severity: 'error', path: ['channel'] });
    expect(email.ready).toBe(false);
    const careEmail = ok({ ...providerByFax, channel: 'email' }, SEED);
    expect(careEmail.requestedChannel?.alternative?.channel).toBe('fax');
  });

  it('phone is for questions: refused, with the online request as alternative', () => {
    const r = ok({ ...patientSelf, channel: 'phone' }, SEED);
    expect(r.requestedChannel).toEqual({ channel: 'phone', accepted: false, alternative: r.channels[0], ruleIds: ['ln.phone-questions'] });
    expect(r.requestedChannel?.alternative?.channel).toBe('online-request');
    expect(r.findings.find((f) => f.ruleId === 'ln.phone-questions')).toEqual({
      ruleId: 'ln.phone-questions',
      severity: 'error',
      message: LAKE_NORMAN_MESSAGES_EN['ln.phone-questions'],
      path: ['channel'],
    });
  });

  it('online request and portal are accepted when asked for; the form then goes by the first send channel', () => {
    for (const channel of ['online-request', 'patient-portal'] as const) {
      const r = ok({ ...providerByFax, channel }, SEED);
      expect(r.requestedChannel?.accepted).toBe(true);
      expect(r.requestedChannel?.ruleIds).toEqual([channel === 'online-request' ? 'ln.online-recommended' : 'ln.patient-portal']);
      const send = r.steps.find((s) => s.action === 'send-form');
      expect(send?.action === 'send-form' && send.via.channel).toBe('fax');
    }
    const none = ok(patientSelf, SEED);
    expect(none.requestedChannel).toBeNull();
    expect(none.request.channel).toBeNull();
    const send = none.steps.find((s) => s.action === 'send-form');
    expect(send?.action === 'send-form' && send.via.channel).toBe('mail');
  });

  it('gives the Spanish form and Spanish messages', () => {
    const r = ok({ ...attorneyByFax, formLanguage: 'es' }, { ...SEED, locale: es });
    expect(r.form).toEqual({ title: 'Patient Request for Health Information Form', language: 'es', format: 'PDF', sizeKb: 279 });
    expect(r.findings.find((f) => f.ruleId === 'ln.forms')?.message).toBe(
      'Use el formulario «Patient Request for Health Information Form» en español (PDF, 279 KB).',
    );
    for (const f of r.findings) expect(ES_TEXT[f.ruleId].slice(0, 12)).toBe(f.message.slice(0, 12));
    const en = ok({ ...attorneyByFax, formLanguage: 'es' }, { ...SEED, locale: ENGLISH });
    expect(en.findings.find((f) => f.ruleId === 'ln.forms')?.message).toContain('in Spanish (PDF, 279 KB)');
    const esEn = ok(attorneyByFax, { ...SEED, locale: es });
    expect(esEn.findings.find((f) => f.ruleId === 'ln.forms')?.message).toContain('en inglés (PDF, 101 KB)');
    expect(r.steps.map((s) => s.text)).toEqual([
      'Solicite los expedientes en línea: es fácil, rápido y seguro, y se recomienda siempre que sea posible.',
      'Revise su portal del paciente (Patient Portal): es posible que ya tenga la información que necesita.',
      'Complete el formulario «Patient Request for Health Information Form» en español (PDF, 279 KB).',
      'La autorización debe firmarla el paciente o su representante legal.',
      'Envíe por correo postal el formulario completado y firmado a: Attn: Medical Records Department, Duke Health Lake Norman Hospital, P.O. Box 3250, Mooresville, NC 28117.',
      '¿Preguntas? Llame al (704) 660-4035.',
    ]);
  });
});

describe('routeRecordsRequest: 2025-10-18 edition', () => {
  it('a patient today: portals, then Release of Information by fax, e-mail or mail', () => {
    const r = ok(patientSelf);
    expect(r.edition).toBe('2025-10-18');
    expect(r.asOf).toBeNull();
    expect(r.hospital).toBe(LN_NEW);
    expect(r.destination).toBe(ROI);
    expect(r.form.sizeKb).toBe(800);
    expect(r.channels.map((c) => c.channel)).toEqual(['online-request', 'patient-portal', 'fax', 'email', 'mail']);
    const portal = r.channels[1];
    expect(portal?.channel === 'patient-portal' && portal.portals.map((p) => [p.id, p.status])).toEqual([
      ['my-duke-health', 'current'],
      ['myhealthhome', 'unverified'],
      ['athenahealth', 'unverified'],
    ]);
    expect(portal?.ruleIds).toEqual(['ln.my-duke-health', 'ln.legacy-portals']);
    expect(r.channels.slice(2)).toEqual([
      {
        channel: 'fax',
        lineId: 'release-of-information-fax',
        destinationId: 'duke-release-of-information',
        fax: { e164: '+19196205165', display: '(919) 620-5165' },
        level: 'accepted',
        ruleIds: ['ln.roi-forms'],
      },
      { channel: 'email', level: 'accepted', destinationId: 'duke-release-of-information', email: 'ROI-Requestor3@dm.duke.edu', ruleIds: ['ln.roi-forms'] },
      {
        channel: 'mail',
        level: 'accepted',
        destinationId: 'duke-release-of-information',
        mailingAddress: {
          lines: ['Release of Information', 'Duke University Health System', 'Box 3016', 'Durham, NC 27710'],
          attention: null,
          recipient: 'Release of Information',
          organization: 'Duke University Health System',
          street: [],
          poBox: 'Box 3016',
          city: 'Durham',
          state: 'NC',
          zip: '27710',
          country: 'US',
          ambiguity: expect.objectContaining({ reading: expect.stringContaining('A box, not a street') }),
        },
        ruleIds: ['ln.roi-forms'],
      },
    ]);
    expect(summary(r)).toEqual([
      'info:ln.release-to-self-or-third-party',
      'info:ln.online-recommended',
      'info:ln.my-duke-health',
      'info:ln.legacy-portals',
      'info:ln.roi-forms',
      'info:ln.forms',
    ]);
    expect(r.findings.find((f) => f.ruleId === 'ln.legacy-portals')?.message).toBe(
      'Records of Lake Norman care before 2025-10-18 stay in the MyHealthHome and AthenaHealth portals for 12 to 18 months: they may no longer be available from 2026-10-18, and are no longer available from 2027-04-18.',
    );
    expect(r.steps.map((s) => s.action)).toEqual(['request-online', 'check-portal', 'complete-form', 'sign-authorization', 'send-form']);
    expect(r.ready).toBe(true);
  });

  it('the attorney by fax is accepted by Release of Information (no patient-care restriction)', () => {
    const r = ok(attorneyByFax, { asOf: '2026-01-01' });
    expect(r.requestedChannel).toEqual({ channel: 'fax', accepted: true, alternative: null, ruleIds: ['ln.roi-forms'] });
    expect(summary(r)).not.toContain('info:ln.fax-patient-care-only');
    expect(r.ready).toBe(true);
  });

  it('e-mail goes to Release of Information; phone is still refused', () => {
    const email = ok({ ...patientSelf, channel: 'email' }, { asOf: '2026-01-01' });
    expect(email.requestedChannel?.accepted).toBe(true);
    const send = email.steps.find((s) => s.action === 'send-form');
    expect(send?.action === 'send-form' && send.via.channel).toBe('email');
    const phone = ok({ ...patientSelf, channel: 'phone' }, { asOf: '2026-01-01' });
    expect(phone.requestedChannel).toMatchObject({ accepted: false, ruleIds: ['ln.phone-questions'] });
    expect(phone.steps.some((s) => s.action === 'ask-questions')).toBe(false);
  });

  it('says whether records of earlier care are still in the legacy portals', () => {
    const at = (asOf: string) => {
      const r = ok(patientSelf, { asOf });
      return r.findings.filter((f) => f.ruleId.startsWith('ln.legacy')).map((f) => `${f.severity}:${f.ruleId}`);
    };
    expect(at('2025-10-18')).toEqual(['info:ln.legacy-portals']);
    expect(at('2026-10-17')).toEqual(['info:ln.legacy-portals']);
    expect(at('2026-10-18')).toEqual(['warning:ln.legacy-portals-may-be-gone']);
    expect(at('2027-04-17')).toEqual(['warning:ln.legacy-portals-may-be-gone']);
    expect(at('2027-04-18')).toEqual(['warning:ln.legacy-portals-gone']);
    const gone = ok(patientSelf, { asOf: '2027-04-18', locale: es });
    expect(gone.findings.find((f) => f.ruleId === 'ln.legacy-portals-gone')?.message).toBe(
      'Según la página, los expedientes de la atención en Lake Norman anterior al 2025-10-18 se conservaron en MyHealthHome y AthenaHealth de 12 a 18 meses: desde el 2027-04-18 ya no están disponibles allí.',
    );
    expect(gone.ready).toBe(true);
    // The step names only the portal that may still hold records.
    expect(gone.steps.find((s) => s.action === 'check-portal')?.text).toBe(
      'Revise su portal del paciente (My Duke Health): es posible que ya tenga la información que necesita.',
    );
  });

  it('an asOf before 2025-10-18 gives the seed edition exactly', () => {
    expect(ok(patientSelf, { asOf: '2025-10-17' }).hospital).toBe(LN_SEED);
    expect(ok(patientSelf, { asOf: '2025-10-18T03:59:59Z' }).hospital).toBe(LN_SEED);
    expect(ok(patientSelf, { asOf: '2025-10-18T04:00:00Z' }).hospital).toBe(LN_NEW);
    expect(ok(patientSelf, { asOf: '2025-10-17' }).form.sizeKb).toBe(101);
  });
});

describe('routeRecordsRequest: legacy portals only where they can apply', () => {
  const at = { asOf: '2026-12-01' } as const; // within 12–18 months of 2025-10-18: records may be gone
  const portalIds = (r: RecordsRoute) => {
    const c = r.channels.find((x) => x.channel === 'patient-portal');
    return c?.channel === 'patient-portal' ? c.portals.map((p) => p.id) : [];
  };
  const legacyFindings = (r: RecordsRoute) => r.findings.filter((f) => f.ruleId.startsWith('ln.legacy-portals')).map((f) => f.ruleId);

  it('tells a patient (or legal representative) with care before 2025-10-18, or not saying, about the legacy portals', () => {
    for (const input of [patientSelf, { ...patientSelf, legacyRecords: 'yes' }, { ...patientSelf, requester: 'legal-representative' }]) {
      const r = ok(input, at);
      expect(portalIds(r)).toEqual(['my-duke-health', 'myhealthhome', 'athenahealth']);
      expect(legacyFindings(r)).toEqual(['ln.legacy-portals-may-be-gone']);
      expect(r.request.legacyRecords).toBe('legacyRecords' in input ? 'yes' : 'unknown');
    }
  });

  it('says nothing of them to a patient first seen from 2025-10-18, nor to an attorney, a provider or an insurer', () => {
    for (const input of [
      { ...patientSelf, legacyRecords: 'no' },
      { ...attorneyByFax, legacyRecords: 'yes' },
      { ...providerByFax, channel: 'online-request' },
      { ...attorneyByFax, requester: 'insurance-company' },
    ]) {
      const r = ok(input, at);
      expect(portalIds(r)).toEqual(['my-duke-health']);
      expect(legacyFindings(r)).toEqual([]);
      expect(r.steps.find((s) => s.action === 'check-portal')?.text).not.toMatch(/MyHealthHome|AthenaHealth/);
    }
  });
});

describe('routeRecordsRequest: signer', () => {
  const minor = (dateOfBirth: string, signer: object) => ({ ...patientSelf, requester: 'legal-representative', patient: { situation: 'minor', dateOfBirth }, signer });

  it('a minor needs a custodial parent or guardian with proof', () => {
    const missing = ok(minor('2012-03-04', { role: 'custodial-parent' }), { asOf: '2026-01-01' });
    expect(missing.signer.missingProof).toEqual(['guardianship']);
    expect(missing.ready).toBe(false);
    expect(missing.steps.find((s) => s.action === 'sign-authorization')).toEqual({
      action: 'sign-authorization',
      allowedRoles: ['custodial-parent', 'legal-guardian'],
      missingProof: ['guardianship'],
      text: 'Have the authorization signed by a custodial parent or a legally appointed guardian. Enclose proof of guardianship.',
      ruleIds: ['signer.minor', 'signer.proof-of-guardianship'],
    });
    const full = ok(minor('2012-03-04', { role: 'custodial-parent', proof: ['guardianship'] }), { asOf: '2026-01-01' });
    expect(full.ready).toBe(true);
    expect(full.request.proofHeld).toEqual(['guardianship']);
  });

  it('a declared minor aged 18 on asOf is treated as an adult', () => {
    const r = ok(minor('2008-01-01', { role: 'custodial-parent', proof: ['guardianship'] }), { asOf: '2026-01-01' });
    expect(r.signer.situation).toBe('adult');
    expect(r.request.situation).toBe('minor');
    expect(summary(r)).toContain('warning:signer.minor-age');
    expect(summary(r)).toContain('error:signer.patient-or-representative');
    expect(r.ready).toBe(false);
  });

  it('without asOf the age is not verified', () => {
    const r = ok(minor('1970-01-01', { role: 'legal-guardian', proof: ['guardianship', 'guardianship'] }));
    expect(r.signer.ageCheck).toBe('unverified');
    expect(summary(r)).toContain('info:signer.minor-age-unverified');
    expect(r.request.proofHeld).toEqual(['guardianship']);
  });

  it('a date of birth after asOf is a date_in_future issue that does not echo the date', () => {
    const r = routeRecordsRequest(minor('2026-01-02', { role: 'custodial-parent' }), { asOf: '2026-01-01', locale: es });
    expect(r).toEqual({
      success: false,
      issues: [{ path: ['patient', 'dateOfBirth'], code: 'date_in_future', message: 'Esta fecha es posterior a la fecha de referencia.' }],
    });
    expect(ok(minor('2026-01-01', { role: 'custodial-parent' }), { asOf: '2026-01-01' }).signer.ageCheck).toBe('under-18');
  });

  it('a deceased patient never signs', () => {
    const r = ok({ ...patientSelf, requester: 'legal-representative', patient: { situation: 'deceased' } }, SEED);
    expect(r.signer.allowed).toBe(false);
    expect(r.ready).toBe(false);
    expect(r.findings.find((f) => f.ruleId === 'signer.deceased')).toMatchObject({ severity: 'error', path: ['signer', 'role'] });
  });
});

describe('routeRecordsRequest: interpreter notice', () => {
  it('applies when the requester prefers a language other than English', () => {
    const r = ok({ ...patientSelf, preferredLanguage: 'vi' }, { locale: es });
    expect(r.request.interpreterNotice).toBe(true);
    expect(r.findings.at(-1)).toEqual({
      ruleId: 'language.interpreter',
      severity: 'info',
      message: LANGUAGE_MESSAGES_ES['language.interpreter'],
      path: ['preferredLanguage'],
    });
    expect(JSON.stringify(r)).not.toContain('"vi"');
    for (const preferredLanguage of ['en-US', '', undefined]) {
      const e = ok({ ...patientSelf, preferredLanguage });
      expect(e.request.interpreterNotice).toBe(false);
      expect(e.ruleIds).not.toContain('language.interpreter');
    }
  });
});

describe('routeRecordsRequest: bad input', () => {
  it('returns issues with paths and codes', () => {
    expect(routeRecordsRequest(null)).toEqual({
      success: false,
      issues: [{ path: [], code: 'invalid_type', message: 'This value must be an object.', expected: 'object' }],
    });
    const r = routeRecordsRequest({ ...attorneyByFax, purpose: 'patient-care' });
    expect(r.success === false && r.issues.map((i) => [i.path, i.code])).toEqual([[['purpose'], 'invalid_value']]);
    expect(routeRecordsRequest(throwingGetters(['requester', 'patient']))).toEqual({
      success: false,
      issues: [{ path: [], code: 'unreadable_input', message: 'The input could not be read.' }],
    });
  });

  it('checks the options first', () => {
    expect(routeRecordsRequest(patientSelf, { asOf: 'next week' })).toEqual({
      success: false,
      issues: [{ path: ['options', 'asOf'], code: 'invalid_as_of', message: 'The as-of option is not a valid date or instant.' }],
    });
    for (const locale of ['es', 'fr', 'en']) {
      expect(routeRecordsRequest(patientSelf, { locale } as never)).toEqual({
        success: false,
        issues: [{ path: ['options', 'locale'], code: 'invalid_value', message: 'This value is not one of the allowed options.' }],
      });
    }
  });

  it('never echoes a name or date of birth given in unknown keys', () => {
    const input = { ...patientSelf, name: 'Zqjane Zqdoe', patient: { situation: 'minor', dateOfBirth: '2011-07-23', name: 'Zqjane Zqdoe' }, signer: { role: 'custodial-parent', name: 'Zqjohn' } };
    for (const locale of [ENGLISH, es]) {
      for (const asOf of [undefined, '2026-01-01', '2024-01-01']) {
        const text = JSON.stringify(routeRecordsRequest(input, asOf === undefined ? { locale } : { locale, asOf }));
        expect(text).not.toContain('Zq');
        expect(text).not.toContain('2011-07-23');
        expect(text).toContain('"success":true');
      }
    }
  });
});
