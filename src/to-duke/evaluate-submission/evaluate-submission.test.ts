import { describe, expect, it } from 'vitest';
import { evaluateSubmission } from './evaluate-submission';
import type { SubmissionEvaluation, SubmissionResult } from './types';
import { MESSAGES } from '../../catalog/messages';
import { TO_DUKE_WORDS_EN } from '../words.en';
import { ENGLISH, type Locale } from '../../core/locale';
import { es } from '../../locales/es';
import { fullMediaLabel, fullPaperLabel, rawSubmission } from '../../../test/support/submission-fixtures';

function ok(result: SubmissionResult): SubmissionEvaluation {
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  return result;
}
const ids = (r: SubmissionEvaluation) => r.findings.map((f) => `${f.severity}:${f.ruleId}`);
const stepIds = (r: SubmissionEvaluation) => r.steps.map((s) => s.id);
const step = (r: SubmissionEvaluation, id: string) => r.steps.find((s) => s.id === id);
const en = TO_DUKE_WORDS_EN.steps;
const HOURS_EN = 'Monday to Friday, 8:00 am to 4:30 pm (Eastern time)';
const ADDRESS = 'Document Management, Duke University Health System, P.O. Box 3016, Durham, NC 27710';

describe('evaluateSubmission: sample submissions', () => {
  it('accepts a patient bringing labeled copies to the appointment', () => {
    const r = ok(evaluateSubmission(rawSubmission()));
    expect(r.verdict).toBe('accepted');
    expect(r.edition).toBe('2025-10-18');
    expect(ids(r)).toEqual(['info:notify.duke-follows-up', 'info:originals.not-returned']);
    expect(r.findings[0]).toEqual({ ruleId: 'notify.duke-follows-up', severity: 'info', message: MESSAGES['notify.duke-follows-up'] });
    expect(r.findings[1]?.path).toEqual(['items']);
    expect(stepIds(r)).toEqual(['label', 'copies-only', 'choose-channel', 'send', 'when-to-call']);
    expect(r.steps).toEqual([
      {
        id: 'label',
        ruleIds: ['label.paper-each-page'],
        text: "Mark every page of the paper documents clearly with the patient's name, date of birth and medical record number. Handwriting is fine.",
      },
      { id: 'copies-only', ruleIds: ['originals.never', 'originals.not-returned'], text: en.copiesOnly },
      { id: 'choose-channel', ruleIds: ['channel.bring-copies-to-appointment', 'channel.last-resort'], text: en.chooseChannel },
      { id: 'send', ruleIds: ['channel.bring-copies-to-appointment'], text: en.sendAppointment },
      {
        id: 'when-to-call',
        ruleIds: ['hours.customer-service', 'notify.duke-follows-up'],
        text: `Questions? Call customer service at (919) 684-6178, ${HOURS_EN}. Medical Records will follow up with the sender when the records are received.`,
      },
    ]);
    expect(r.channels[0]?.channel).toBe('appointment-copies');
    expect(r.submission).toEqual({
      sender: 'patient',
      patient: { hasRecordNumber: true },
      items: [{ kind: 'paper', pages: 3, original: false, radiology: [], label: fullPaperLabel }],
      channel: { kind: 'appointment-copies' },
      actions: { notifiedMedicalRecords: false },
    });
  });

  it('refuses a clinic mailing a CD of MRI images by USPS with the password inside', () => {
    const r = ok(
      evaluateSubmission(
        rawSubmission({
          sender: 'external-clinic',
          items: [{ kind: 'media', medium: 'cd', radiology: ['mri'], passwordProtected: true, passwordEnclosed: true, label: fullMediaLabel }],
          channel: { kind: 'mail', carrier: 'usps' },
        }),
      ),
    );
    expect(r.verdict).toBe('not-accepted');
    expect(ids(r)).toEqual([
      'error:password.separate',
      'error:channel.radiology-clinic-upload',
      'warning:notify.external-clinic',
      'warning:channel.last-resort',
      'warning:carrier.usps-untracked',
      'warning:followup.mail-or-fax',
      'info:notify.duke-follows-up',
      'info:originals.not-returned',
      'info:carrier.lost-in-transit',
    ]);
    expect(r.findings[0]).toEqual({
      ruleId: 'password.separate',
      severity: 'error',
      message: 'Item 1 (CD): do not send the password with the removable media. Give it to Medical Records separately, by phone or e-mail.',
      path: ['items', 0, 'passwordEnclosed'],
    });
    expect(r.findings.find((f) => f.ruleId === 'channel.last-resort')?.message).toBe(
      'Sending by mail is accepted only as a last resort: it is less secure and not recommended. Duke recommends bringing copies to your clinical appointment.',
    );
    expect(r.findings.find((f) => f.ruleId === 'notify.external-clinic')?.message).toContain('call (919) 684-6178.');
    expect(stepIds(r)).toEqual(['notify-first', 'label', 'copies-only', 'choose-channel', 'keep-password-apart', 'send', 'follow-up', 'when-to-call']);
    expect(step(r, 'label')?.ruleIds).toEqual(['label.media-outside']);
    expect(step(r, 'label')?.text).toContain('Mark the outside of every removable medium clearly');
    expect(step(r, 'keep-password-apart')).toEqual({
      id: 'keep-password-apart',
      ruleIds: ['password.separate', 'followup.mail-or-fax'],
      text: en.passwordApartFollowUp,
    });
    expect(step(r, 'send')).toEqual({
      id: 'send',
      ruleIds: ['channel.last-resort', 'channel.radiology-clinic-upload', 'carrier.usps-untracked', 'carrier.trackable', 'carrier.lost-in-transit'],
      text: `Mail the copies by USPS to: ${ADDRESS}. ${en.radiologyNotAccepted}`,
    });
    expect(step(r, 'follow-up')?.text).toBe(
      'After sending, call (919) 684-6178 to verify that Medical Records received the records and to give the passwords of the protected media (the e-mail address is not published).',
    );
    expect(r.channels.map((c) => c.channel)).toEqual(['clinic-upload', 'appointment-copies', 'fax', 'email', 'mail']);
  });
});

describe('evaluateSubmission: channels', () => {
  it('faxes with a follow-up step and warns until a follow-up is planned', () => {
    const r = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'fax' } })));
    expect(r.verdict).toBe('accepted-with-warnings');
    expect(ids(r)).toEqual([
      'warning:channel.last-resort',
      'warning:followup.mail-or-fax',
      'info:notify.duke-follows-up',
      'info:originals.not-returned',
    ]);
    expect(r.findings[1]?.message).toBe(
      'After sending by fax, follow up with a phone call to (919) 684-6178 or an e-mail to Medical Records to verify that your records were received and to give any passwords the removable media need.',
    );
    expect(step(r, 'send')).toEqual({ id: 'send', ruleIds: ['channel.last-resort'], text: 'Fax the copies to Document Management at (919) 620-5165.' });
    expect(step(r, 'follow-up')?.ruleIds).toEqual(['followup.mail-or-fax', 'hours.follow-up-call']);
    const planned = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'fax' }, actions: { followUp: 'phone' } })));
    expect(ids(planned)).toEqual(['warning:channel.last-resort', 'info:notify.duke-follows-up', 'info:originals.not-returned']);
    expect(stepIds(planned)).toContain('follow-up');
  });

  it('e-mails: never invents the address, uses the one the integrator supplies', () => {
    const r = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'email' } })));
    expect(ids(r)).toContain('info:channel.email-address-unpublished');
    expect(r.findings.find((f) => f.ruleId === 'channel.email-address-unpublished')?.message).toContain('call customer service at (919) 684-6178');
    expect(step(r, 'send')).toEqual({
      id: 'send',
      ruleIds: ['channel.last-resort', 'channel.email-address-unpublished'],
      text: 'E-mail the copies to Document Management: the address is not published, so call customer service at (919) 684-6178 to get it first.',
    });
    expect(stepIds(r)).not.toContain('follow-up');
    expect(JSON.stringify(r)).not.toMatch(/@/);

    const withAddress = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'email' } }), { documentManagementEmail: ' records@example.org ' }));
    expect(ids(withAddress)).not.toContain('info:channel.email-address-unpublished');
    expect(step(withAddress, 'send')).toEqual({
      id: 'send',
      ruleIds: ['channel.last-resort'],
      text: 'E-mail the copies to Document Management at records@example.org.',
    });
  });

  it('mails by FedEx with an e-mail follow-up planned', () => {
    const input = rawSubmission({ channel: { kind: 'mail', carrier: 'fedex', trackingNumber: '123456789012' }, actions: { followUp: 'email' } });
    const r = ok(evaluateSubmission(input));
    expect(ids(r)).toEqual([
      'warning:channel.last-resort',
      'info:notify.duke-follows-up',
      'info:originals.not-returned',
      'info:carrier.lost-in-transit',
      'info:channel.email-address-unpublished',
    ]);
    expect(r.findings.at(-1)?.path).toEqual(['actions', 'followUp']);
    expect(r.submission.channel).toEqual({ kind: 'mail', carrier: 'fedex', hasTrackingNumber: true });
    expect(step(r, 'send')?.text).toBe(`Mail the copies by FedEx to: ${ADDRESS}.`);
    expect(step(r, 'send')?.ruleIds).toEqual(['channel.last-resort', 'carrier.trackable', 'carrier.lost-in-transit']);

    const known = ok(evaluateSubmission(input, { documentManagementEmail: 'records@example.org' }));
    expect(ids(known)).not.toContain('info:channel.email-address-unpublished');
    expect(step(known, 'follow-up')?.text).toBe(
      'After sending, call (919) 684-6178 or e-mail records@example.org to verify that Medical Records received the records.',
    );
    // Paper and unprotected media only: the follow-up step says nothing of passwords, in either language.
    for (const locale of [undefined, es]) {
      for (const email of [{}, { documentManagementEmail: 'records@example.org' }]) {
        const r = ok(evaluateSubmission(input, { ...email, ...(locale === undefined ? {} : { locale }) }));
        expect(step(r, 'follow-up')?.text).not.toMatch(/password|contraseña/i);
      }
    }
    const withProtected = rawSubmission({
      channel: { kind: 'fax' },
      actions: { followUp: 'email' },
      items: [{ kind: 'media', medium: 'cd', passwordProtected: true, label: fullMediaLabel }],
    });
    for (const [locale, word] of [[undefined, 'password'], [es, 'contraseña']] as const) {
      for (const email of [{}, { documentManagementEmail: 'records@example.org' }]) {
        const r = ok(evaluateSubmission(withProtected, { ...email, ...(locale === undefined ? {} : { locale }) }));
        expect(step(r, 'follow-up')?.text).toContain(word);
      }
    }
  });

  it('warns for another carrier and reports a blank tracking number as none', () => {
    const r = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'other', trackingNumber: '  ' } })));
    expect(ids(r)).toContain('warning:carrier.unknown-trackability');
    expect(r.submission.channel).toEqual({ kind: 'mail', carrier: 'other', hasTrackingNumber: false });
    expect(step(r, 'send')?.text).toBe(`Mail the copies by another carrier to: ${ADDRESS}.`);
    const none = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'ups' } })));
    expect(none.submission.channel).toEqual({ kind: 'mail', carrier: 'ups', hasTrackingNumber: false });
  });

  it('recommends when no channel is chosen, with no send or follow-up step', () => {
    const r = ok(evaluateSubmission(rawSubmission({ channel: undefined })));
    expect(ids(r)).toEqual(['info:notify.duke-follows-up', 'info:originals.not-returned', 'info:channel.bring-copies-to-appointment']);
    expect(r.findings[2]?.path).toEqual(['items']);
    expect(stepIds(r)).toEqual(['label', 'copies-only', 'choose-channel', 'when-to-call']);
    expect('channel' in r.submission).toBe(false);
  });

  it('takes radiology images to the clinic: upload required, appointment explained, nothing else', () => {
    const items = [{ kind: 'media', medium: 'dvd', radiology: ['ct', 'x-ray'], label: fullMediaLabel }];
    const upload = ok(evaluateSubmission(rawSubmission({ items, channel: { kind: 'clinic-upload' } })));
    expect(upload.verdict).toBe('accepted');
    expect(ids(upload)).toEqual(['info:notify.duke-follows-up', 'info:originals.not-returned']);
    expect(step(upload, 'send')).toEqual({ id: 'send', ruleIds: ['channel.radiology-clinic-upload'], text: en.sendClinicUpload });
    expect(step(upload, 'choose-channel')).toEqual({
      id: 'choose-channel',
      ruleIds: ['channel.radiology-clinic-upload', 'channel.radiology-at-appointment'],
      text: en.chooseChannelRadiology,
    });

    const appointment = ok(evaluateSubmission(rawSubmission({ items, channel: { kind: 'appointment-copies' } })));
    expect(appointment.verdict).toBe('accepted');
    expect(ids(appointment)).toEqual(['info:notify.duke-follows-up', 'info:originals.not-returned', 'info:channel.radiology-at-appointment']);
    expect(step(appointment, 'send')).toEqual({
      id: 'send',
      ruleIds: ['channel.bring-copies-to-appointment', 'channel.radiology-at-appointment'],
      text: en.sendAppointmentRadiology,
    });

    const fax = ok(evaluateSubmission(rawSubmission({ items, channel: { kind: 'fax' } })));
    expect(fax.verdict).toBe('not-accepted');
    expect(step(fax, 'send')?.text).toBe(`Fax the copies to Document Management at (919) 620-5165. ${en.radiologyNotAccepted}`);

    const email = ok(evaluateSubmission(rawSubmission({ items, channel: { kind: 'email' } }), { documentManagementEmail: 'a@example.org' }));
    expect(email.verdict).toBe('not-accepted');
    expect(step(email, 'send')?.text).toBe(`E-mail the copies to Document Management at a@example.org. ${en.radiologyNotAccepted}`);
    const emailUnknown = ok(evaluateSubmission(rawSubmission({ items, channel: { kind: 'email' } })));
    expect(step(emailUnknown, 'send')?.ruleIds).toEqual(['channel.last-resort', 'channel.radiology-clinic-upload', 'channel.email-address-unpublished']);
  });

  it('notes clinic upload for records without images', () => {
    const r = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'clinic-upload' } })));
    expect(ids(r)).toEqual(['info:notify.duke-follows-up', 'info:originals.not-returned', 'info:channel.clinic-upload']);
    expect(step(r, 'send')?.ruleIds).toEqual(['channel.clinic-upload']);
  });
});

describe('evaluateSubmission: tracking numbers', () => {
  it('warns when the tracking number is another carrier\u2019s or mistyped, never repeating it', () => {
    const wrong = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'fedex', trackingNumber: '1Z5R89390357567127' } })));
    const finding = wrong.findings.find((f) => f.ruleId === 'tracking.wrong-carrier');
    expect(finding).toEqual({
      ruleId: 'tracking.wrong-carrier',
      severity: 'warning',
      message: 'The tracking number is not a valid FedEx number: it is a valid UPS number. Check the carrier and the number.',
      path: ['channel', 'trackingNumber'],
    });
    expect(step(wrong, 'send')?.ruleIds).toEqual(['channel.last-resort', 'carrier.trackable', 'carrier.lost-in-transit', 'tracking.wrong-carrier']);
    expect(JSON.stringify(wrong)).not.toContain('1Z5R89390357567127');

    const typo = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'ups', trackingNumber: '1Z5R89390357567128' } }), { locale: es }));
    expect(typo.findings.find((f) => f.ruleId === 'tracking.check-digit')?.message).toBe(
      'El número de rastreo no supera su dígito de control: lo más probable es que tenga un error. Compruébelo con el recibo de UPS.',
    );
    const unknown = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'usps', trackingNumber: 'hello' } })));
    expect(unknown.findings.find((f) => f.ruleId === 'tracking.unrecognized')?.message).toBe(
      'The tracking number is not in a form USPS uses: check it against the receipt.',
    );
    const valid = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'ups', trackingNumber: '1Z5R89390357567127' } })));
    expect(valid.findings.some((f) => f.ruleId.startsWith('tracking.'))).toBe(false);
  });

  it('renders carrier-specific messages per carrier, not from a cache of another', () => {
    const a = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'usps', trackingNumber: 'x' } })));
    const b = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'fedex', trackingNumber: 'x' } })));
    expect(a.findings.find((f) => f.ruleId === 'tracking.unrecognized')?.message).toContain('USPS');
    expect(b.findings.find((f) => f.ruleId === 'tracking.unrecognized')?.message).toContain('FedEx');
  });
});

describe('evaluateSubmission: items, sender and language', () => {
  it('refuses originals and warns for incomplete labels, naming the item', () => {
    const r = ok(
      evaluateSubmission(
        rawSubmission({
          patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29' },
          items: [
            { kind: 'paper', pages: 2, original: true, label: { name: true, dateOfBirth: true } },
            { kind: 'media', medium: 'usb-drive', label: { name: true } },
          ],
        }),
      ),
    );
    expect(r.verdict).toBe('not-accepted');
    expect(ids(r)).toEqual([
      'error:originals.never',
      'warning:label.paper-each-page',
      'warning:label.media-outside',
      'info:notify.duke-follows-up',
      'info:originals.not-returned',
    ]);
    expect(r.findings[0]?.message).toBe('Item 1 is an original: do not send originals, send copies.');
    expect(r.findings[1]?.message).toBe(
      "Item 1: every page of these paper documents should be clearly marked with the patient's name and date of birth (handwriting is fine). Missing: marks on every page.",
    );
    expect(r.findings[2]?.message).toBe(
      "Item 2 (USB drive): the outside should be clearly marked with the patient's name and date of birth (handwriting is fine). Missing: date of birth.",
    );
    expect(step(r, 'label')).toEqual({
      id: 'label',
      ruleIds: ['label.paper-each-page', 'label.media-outside'],
      text: "Mark every page of the paper documents and the outside of every removable medium clearly with the patient's name and date of birth. Handwriting is fine.",
    });
    expect(r.submission.patient).toEqual({ hasRecordNumber: false });
  });

  it('keeps the password apart for protected media on channels without a follow-up', () => {
    const r = ok(evaluateSubmission(rawSubmission({ items: [{ kind: 'media', medium: 'cd', passwordProtected: true, label: fullMediaLabel }] })));
    expect(r.verdict).toBe('accepted');
    expect(step(r, 'keep-password-apart')).toEqual({ id: 'keep-password-apart', ruleIds: ['password.separate'], text: en.passwordApart });
  });

  it('puts the notify step first for an external clinic, and stops warning once notified', () => {
    const r = ok(evaluateSubmission(rawSubmission({ sender: 'external-clinic', actions: { notifiedMedicalRecords: true } })));
    expect(r.verdict).toBe('accepted');
    expect(r.steps[0]).toEqual({
      id: 'notify-first',
      ruleIds: ['notify.external-clinic'],
      text: 'Before sending anything, notify the Medical Records department (Document Management) that you intend to send records: call (919) 684-6178.',
    });
    const warned = ok(evaluateSubmission(rawSubmission({ sender: 'external-clinic' })));
    expect(warned.verdict).toBe('accepted-with-warnings');
    expect(warned.findings[0]?.path).toEqual(['actions', 'notifiedMedicalRecords']);
  });

  it('adds the interpreter notice for another preferred language', () => {
    const r = ok(evaluateSubmission(rawSubmission({ preferredLanguage: 'vi' })));
    expect(r.findings.at(-1)).toEqual({
      ruleId: 'language.interpreter',
      severity: 'info',
      message: MESSAGES['language.interpreter'],
      path: ['preferredLanguage'],
    });
    expect(r.submission.preferredLanguage).toBe('vi');
    expect(ids(ok(evaluateSubmission(rawSubmission({ preferredLanguage: 'en-US' }))))).not.toContain('info:language.interpreter');
  });

  it('writes everything in Spanish when asked', () => {
    const r = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'usps' } }), { locale: es }));
    for (const f of r.findings) expect(f.message).not.toMatch(/\{\w+\}/);
    expect(r.findings.find((f) => f.ruleId === 'channel.last-resort')?.message).toBe(
      'El envío por correo postal solo se acepta como último recurso: es menos seguro y no se recomienda. Duke recomienda llevar copias a su cita clínica.',
    );
    expect(step(r, 'when-to-call')?.text).toBe(
      '¿Preguntas? Llame a servicio al cliente al (919) 684-6178, de lunes a viernes, de 8:00 a. m. a 4:30 p. m. (hora del Este). Registros Médicos se comunicará con el remitente cuando reciba los registros.',
    );
    expect(step(r, 'send')?.text).toBe(`Envíe las copias por USPS a: ${ADDRESS}.`);
  });

  it('writes what a partial locale gives, and English for everything else', () => {
    const partial: Locale = {
      code: 'en-x-plain',
      texts: { rules: { 'channel.last-resort': 'Last resort: {channel}.' }, toDuke: { channels: { mail: 'post' }, steps: { sendMail: 'Post it by {carrier}.' } } },
    };
    const r = ok(evaluateSubmission(rawSubmission({ channel: { kind: 'mail', carrier: 'usps' } }), { locale: partial }));
    expect(r.findings.find((f) => f.ruleId === 'channel.last-resort')?.message).toBe('Last resort: post.');
    expect(r.findings.find((f) => f.ruleId === 'carrier.lost-in-transit')?.message).toBe(MESSAGES['carrier.lost-in-transit']);
    expect(step(r, 'send')?.text).toBe('Post it by USPS.');
    expect(step(r, 'copies-only')?.text).toBe(en.copiesOnly);
    expect(evaluateSubmission(null, { locale: partial })).toEqual({
      success: false,
      issues: [{ path: [], code: 'invalid_type', message: 'This value must be an object.', expected: 'object' }],
    });
  });
});

describe('evaluateSubmission: input, options and dates', () => {
  it('returns issues with paths and codes, never values', () => {
    const r = evaluateSubmission({ sender: 'patient', patient: { name: 'Jane Doe', dateOfBirth: '1980-02-30' }, items: [] });
    expect(r).toEqual({
      success: false,
      issues: [
        { path: ['patient', 'dateOfBirth'], code: 'invalid_date', message: 'This is not a real calendar date (YYYY-MM-DD).' },
        { path: ['items'], code: 'too_small', message: 'This list must have at least one item.', minimum: { value: 1, inclusive: true, of: 'items' } },
      ],
    });
    expect(evaluateSubmission(null, { locale: es })).toEqual({
      success: false,
      issues: [{ path: [], code: 'invalid_type', message: 'Este valor debe ser un objeto.', expected: 'object' }],
    });
  });

  it('checks the date of birth against asOf only when given', () => {
    const future = rawSubmission({ patient: { name: 'Jane Doe', dateOfBirth: '2026-11-26' } });
    expect(evaluateSubmission(future, { asOf: '2026-11-25' })).toEqual({
      success: false,
      issues: [{ path: ['patient', 'dateOfBirth'], code: 'date_in_future', message: 'This date lies after the as-of date.' }],
    });
    expect(evaluateSubmission(future, { asOf: '2026-11-26' }).success).toBe(true);
    expect(evaluateSubmission(future).success).toBe(true);
    // an instant is read in America/New_York: 2026-11-26T03:00Z is still the 25th there
    expect(evaluateSubmission(future, { asOf: '2026-11-26T03:00:00Z' }).success).toBe(false);
    expect(evaluateSubmission(future, { asOf: '2026-11-26T05:00:00Z' }).success).toBe(true);
  });

  it('reports a future date of birth next to other issues', () => {
    const both = { ...rawSubmission({ patient: { name: 'Jane Doe', dateOfBirth: '2030-01-01' } }), items: [] };
    expect(evaluateSubmission(both, { asOf: '2026-01-01', locale: es })).toEqual({
      success: false,
      issues: [
        { path: ['items'], code: 'too_small', message: 'Esta lista debe tener al menos un elemento.', minimum: { value: 1, inclusive: true, of: 'items' } },
        { path: ['patient', 'dateOfBirth'], code: 'date_in_future', message: 'Esta fecha es posterior a la fecha de referencia.' },
      ],
    });
    const past = { ...rawSubmission(), items: [] };
    expect(evaluateSubmission(past, { asOf: '2026-01-01' })).toEqual({
      success: false,
      issues: [{ path: ['items'], code: 'too_small', message: 'This list must have at least one item.', minimum: { value: 1, inclusive: true, of: 'items' } }],
    });
    expect(evaluateSubmission({ items: [] }, { asOf: '2026-01-01' }).success).toBe(false);
    const bornOnAsOf = { ...rawSubmission({ patient: { name: 'Jane Doe', dateOfBirth: '2026-01-01' } }), items: [] };
    expect(evaluateSubmission(bornOnAsOf, { asOf: '2026-01-01' })).toEqual({
      success: false,
      issues: [{ path: ['items'], code: 'too_small', message: 'This list must have at least one item.', minimum: { value: 1, inclusive: true, of: 'items' } }],
    });
    expect(evaluateSubmission(both).success === false && evaluateSubmission(both)).toMatchObject({ issues: [{ code: 'too_small' }] });
  });

  it('selects the directory edition by asOf', () => {
    expect(ok(evaluateSubmission(rawSubmission(), { asOf: '2025-10-17' })).edition).toBe('seed');
    expect(ok(evaluateSubmission(rawSubmission(), { asOf: '2025-10-18' })).edition).toBe('2025-10-18');
  });

  it('refuses bad options', () => {
    for (const locale of ['fr', 'es', 'en', null, { code: 'es' }]) {
      expect(evaluateSubmission(rawSubmission(), { locale: locale as unknown as Locale })).toEqual({
        success: false,
        issues: [{ path: ['options', 'locale'], code: 'invalid_value', message: 'This value is not one of the allowed options.' }],
      });
    }
    expect(evaluateSubmission(rawSubmission(), { locale: ENGLISH }).success).toBe(true);
    expect(evaluateSubmission(rawSubmission(), { asOf: 'tomorrow' })).toMatchObject({ success: false, issues: [{ code: 'invalid_as_of' }] });
    expect(evaluateSubmission(rawSubmission(), { documentManagementEmail: 'not an address' })).toEqual({
      success: false,
      issues: [{ path: ['options', 'documentManagementEmail'], code: 'invalid_format', message: 'This value is not in the expected format.' }],
    });
    expect(evaluateSubmission(rawSubmission(), { documentManagementEmail: 42 as unknown as string, locale: es })).toEqual({
      success: false,
      issues: [{ path: ['options', 'documentManagementEmail'], code: 'invalid_type', message: 'Este valor tiene un tipo incorrecto.' }],
    });
    expect(evaluateSubmission(rawSubmission(), 'en' as never)).toMatchObject({ success: false, issues: [{ path: ['options'], code: 'invalid_type' }] });
  });
});
