/**
 * `npm run demo`: the main job. Evaluates sample submissions to Duke,
 * sample Lake Norman records requests and a HIPAA authorization with the BUILT package (the import
 * below resolves to dist/ through the package's own `exports`), and prints
 * verdicts, findings and steps.
 *
 *   npm run demo                  # "today" is the clock's date in New York
 *   npm run demo -- 2026-11-25    # or pass the as-of date / instant
 */
import { getDestination } from 'duke-records-rules';
import { checkAuthorization } from 'duke-records-rules/hipaa';
import { nextCallWindow } from 'duke-records-rules/hours';
import { routeRecordsRequest } from 'duke-records-rules/lake-norman';
import { es } from 'duke-records-rules/locales/es';
import { evaluateSubmission, type Finding, type Locale } from 'duke-records-rules/to-duke';
import { checkTrackingNumber } from 'duke-records-rules/tracking';

// The library never reads the clock; the demo, like an app, passes the instant.
const now = process.argv[2] ?? new Date().toISOString();

const icon: Record<Finding['severity'], string> = { error: '✖', warning: '!', info: 'i' };
const printFindings = (findings: readonly Finding[]): void => {
  for (const f of findings) console.log(`    ${icon[f.severity]} [${f.ruleId}] ${f.message}`);
};

function submission(title: string, input: unknown, locale?: Locale): void {
  console.log(`\n■ ${title}`);
  const r = evaluateSubmission(input, locale === undefined ? { asOf: now } : { locale, asOf: now });
  if (!r.success) {
    console.log('  input issues:', r.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
    return;
  }
  console.log(`  verdict: ${r.verdict}   (edition ${r.edition})`);
  console.log(`  channels: ${r.channels.map((c) => `${c.channel} (${c.level})`).join(' > ')}`);
  console.log('  findings:');
  printFindings(r.findings);
  console.log('  steps:');
  r.steps.forEach((s, i) => console.log(`    ${i + 1}. ${s.text}`));
}

function request(title: string, input: unknown, asOf: string, locale?: Locale): void {
  console.log(`\n■ ${title}`);
  const r = routeRecordsRequest(input, locale === undefined ? { asOf } : { locale, asOf });
  if (!r.success) {
    console.log('  input issues:', r.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
    return;
  }
  console.log(`  edition ${r.edition} (as of ${r.asOf}); ready to send: ${r.ready}`);
  console.log(`  channels: ${r.channels.map((c) => `${c.channel} (${c.level})`).join(' > ')}`);
  if (r.requestedChannel) {
    const alt = r.requestedChannel.alternative;
    console.log(`  requested ${r.requestedChannel.channel}: ${r.requestedChannel.accepted ? 'accepted' : `not accepted${alt ? `, use ${alt.channel} instead` : ''}`}`);
  }
  console.log(`  send to: ${r.destination.organization}, ${r.destination.name}`);
  console.log(`  form: ${r.form.title} (${r.form.language}, PDF ${r.form.sizeKb} KB)`);
  console.log('  findings:');
  printFindings(r.findings);
  console.log('  steps:');
  r.steps.forEach((s, i) => console.log(`    ${i + 1}. ${s.text}`));
}

console.log(`duke-records-rules demo — as of ${now}`);

submission('A clinic mails a labeled CD of MRI images by USPS, password inside', {
  sender: 'external-clinic',
  patient: { name: 'Jane Q. Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' },
  items: [
    {
      kind: 'media',
      medium: 'cd',
      radiology: ['mri'],
      passwordProtected: true,
      passwordEnclosed: true,
      label: { name: true, dateOfBirth: true, recordNumber: true },
    },
  ],
  channel: { kind: 'mail', carrier: 'usps' },
  actions: { notifiedMedicalRecords: false },
});

submission('A patient brings copies of paper records to the appointment', {
  sender: 'patient',
  patient: { name: 'John Roe', dateOfBirth: '1975-06-15' },
  items: [{ kind: 'paper', pages: 12, label: { name: true, dateOfBirth: true, everyPage: true, handwritten: true } }],
  channel: { kind: 'appointment-copies' },
});

submission(
  'Una clínica envía por FedEx documentos en papel, con el número de guía (en español)',
  {
    sender: 'external-clinic',
    patient: { name: 'Ana Pérez', dateOfBirth: '1990-01-01' },
    items: [{ kind: 'paper', pages: 40, label: { name: true, dateOfBirth: true, everyPage: false } }],
    channel: { kind: 'mail', carrier: 'fedex', trackingNumber: '123456789012' },
    actions: { notifiedMedicalRecords: true, followUpPlanned: 'phone' },
  },
  es,
);

const adult = { patient: { situation: 'adult' }, signer: { role: 'patient' } } as const;
request(
  'Lake Norman, seed edition: an attorney asks by fax',
  { requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax', ...adult },
  '2025-06-01',
);
request(
  'Lake Norman, today: a patient asks for her own records, form in Spanish',
  { requester: 'patient', recipient: 'patient', purpose: 'other', formLanguage: 'es', preferredLanguage: 'es', ...adult },
  now,
);

console.log('\n■ A HIPAA authorization: complete, but is it valid for a disclosure today?');
const authorization = {
  information: 'Discharge summary, 2025 admission',
  disclosedBy: 'Duke Health Lake Norman Hospital',
  disclosedTo: 'Example Clinic',
  purpose: { kind: 'described', descriptions: ['Continuing care'] },
  expiration: { kind: 'date', date: '2027-06-30' },
  signature: { signedBy: 'individual', signedOn: '2026-01-31' },
  statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
  soughtBy: 'individual',
};
for (const [label, input] of [
  ['as signed', authorization],
  ['revoked in writing on 2026-03-01', { ...authorization, revocation: { revokedOn: '2026-03-01', inWriting: true } }],
] as const) {
  const a = checkAuthorization(input, { asOf: now });
  if (!a.success) continue;
  console.log(`  ${label}: complete ${a.complete}, valid ${a.valid}`);
  printFindings(a.findings);
}

console.log('\n■ Can I call Duke Medical Records customer service now?');
const dm = getDestination('duke-document-management', { asOf: now });
if (dm.success && dm.destination) {
  const w = nextCallWindow(dm.destination, now);
  if (w.success && (w.status === 'open-now' || w.status === 'opens-later')) {
    console.log(`  ${w.status === 'open-now' ? 'Yes, open now' : 'Not now; next opening'}: ${w.from.local} ${w.from.timeZone} (${w.from.utc}), ${dm.destination.phone?.display}`);
  } else if (w.success) {
    console.log(`  ${w.status}`);
  }
}

console.log('\n■ Tracking numbers');
for (const [carrier, number] of [['ups', '1Z999AA10123456784'], ['fedex', '123456789012'], ['usps', '1Z999AA10123456784']] as const) {
  const t = checkTrackingNumber(carrier, number);
  console.log(`  ${carrier} ${number}: ${t.valid ? 'valid' : `not valid (${t.reason}${t.detectedCarrier ? `, looks like ${t.detectedCarrier}` : ''})`}`);
}
