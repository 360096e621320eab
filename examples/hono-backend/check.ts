/**
 * Exercises the Hono example with `app.request(...)` (no socket), against
 * the BUILT package: `npx tsup && npx tsx examples/hono-backend/check.ts`.
 * Exits non-zero on the first failed check.
 */
import assert from 'node:assert/strict';
import { sValidator } from '@hono/standard-validator';
import { Hono } from 'hono';
import { evaluateSubmission } from 'duke-records-rules/to-duke';
import { submissionEvaluator } from 'duke-records-rules/standard-schema';
import { createApp, type LogEntry } from './app';

// Patient data that must never come back in a response or a log line.
const NAME = 'Qx Jane Marker xQ';
const DOB = '1980-02-29';
const MRN = 'MRN7731PHI';
const TRACKING = '1Z999AA10123456784';
const PHI = [NAME, DOB, MRN, TRACKING];

const logs: LogEntry[] = [];
const at = (iso: string) => () => new Date(iso);
const today = createApp({ now: at('2026-11-25T15:00:00Z'), log: (e) => logs.push(e) });
const seedDay = createApp({ now: at('2025-06-01T12:00:00Z'), log: (e) => logs.push(e) });
const withEmail = createApp({ now: at('2026-11-25T15:00:00Z'), documentManagementEmail: 'records@clinic.example' });

type App = ReturnType<typeof createApp>;

async function post(app: App, path: string, body: unknown): Promise<{ status: number; json: any; text: string }> {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  for (const secret of PHI) assert.ok(!text.includes(secret), `${path} answered with patient data (${secret.length} chars)`);
  return { status: res.status, json: JSON.parse(text), text };
}

const patient = { name: NAME, dateOfBirth: DOB, recordNumber: MRN };
const fullLabel = { name: true, dateOfBirth: true, recordNumber: true };
const ids = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId);

const checks: [string, () => Promise<void>][] = [
  [
    'a clinic mailing an MRI CD by USPS with the password inside is not accepted',
    async () => {
      const { status, json } = await post(today, '/submissions', {
        sender: 'external-clinic',
        patient,
        items: [{ kind: 'media', medium: 'cd', radiology: ['mri'], passwordProtected: true, passwordEnclosed: true, label: fullLabel }],
        channel: { kind: 'mail', carrier: 'usps', trackingNumber: TRACKING },
      });
      assert.equal(status, 200);
      assert.equal(json.verdict, 'not-accepted');
      assert.equal(json.edition, '2025-10-18');
      assert.deepEqual(ids(json.findings).slice(0, 2), ['password.separate', 'channel.radiology-clinic-upload']);
      for (const id of ['carrier.usps-untracked', 'notify.external-clinic', 'followup.mail-or-fax']) assert.ok(ids(json.findings).includes(id), id);
      assert.equal(json.steps[0].id, 'notify-first');
      assert.equal(json.channels[0].channel, 'clinic-upload');
    },
  ],
  [
    'a patient bringing labeled paper copies to the appointment is accepted',
    async () => {
      const { status, json } = await post(today, '/submissions', {
        sender: 'patient',
        patient,
        items: [{ kind: 'paper', pages: 12, label: { ...fullLabel, everyPage: true } }],
        channel: { kind: 'appointment-copies' },
      });
      assert.equal(status, 200);
      assert.equal(json.verdict, 'accepted');
      assert.ok(json.findings.every((f: { severity: string }) => f.severity === 'info'));
      assert.deepEqual(
        json.steps.map((s: { id: string }) => s.id),
        ['label', 'copies-only', 'choose-channel', 'send', 'when-to-call'],
      );
    },
  ],
  [
    '?lang=es: FedEx with pages not all marked gives warnings in Spanish',
    async () => {
      const { status, json } = await post(today, '/submissions?lang=es', {
        sender: 'external-clinic',
        patient,
        items: [{ kind: 'paper', pages: 40, label: { name: true, dateOfBirth: true, recordNumber: true, everyPage: false } }],
        channel: { kind: 'mail', carrier: 'fedex', trackingNumber: TRACKING },
        actions: { notifiedMedicalRecords: true, followUp: 'phone' },
      });
      assert.equal(status, 200);
      assert.equal(json.verdict, 'accepted-with-warnings');
      const label = json.findings.find((f: { ruleId: string }) => f.ruleId === 'label.paper-each-page');
      assert.match(label.message, /cada página/);
      assert.ok(!ids(json.findings).includes('carrier.usps-untracked'));
    },
  ],
  [
    'the Document Management e-mail option reaches the e-mail steps',
    async () => {
      const body = { sender: 'patient', patient, items: [{ kind: 'paper', pages: 2, label: { ...fullLabel, everyPage: true } }], channel: { kind: 'email' } };
      const known = await post(withEmail, '/submissions', body);
      const unknown = await post(today, '/submissions', body);
      assert.equal(known.status, 200);
      assert.ok(known.text.includes('records@clinic.example'));
      assert.ok(!unknown.text.includes('records@clinic.example'));
      assert.ok(ids(unknown.json.findings).includes('channel.email-address-unpublished'));
      assert.ok(!ids(known.json.findings).includes('channel.email-address-unpublished'));
    },
  ],
  [
    'a body the evaluator refuses gets 400 with the library issues (path, code, message), never the body',
    async () => {
      const body = { sender: 'patient', patient: { ...patient, dateOfBirth: '1980-02-30' }, items: [] };
      const { status, json, text } = await post(today, '/submissions', body);
      assert.equal(status, 400);
      assert.equal(json.error, 'invalid-input');
      assert.equal(json.data, undefined);
      assert.ok(!text.includes(NAME));
      const library = evaluateSubmission(body);
      assert.ok(!library.success);
      assert.deepEqual(json.issues, library.issues);
      assert.deepEqual(
        json.issues.map((i: { path: unknown[]; code: string }) => [i.path.join('.'), i.code]),
        [
          ['patient.dateOfBirth', 'invalid_date'],
          ['items', 'too_small'],
        ],
      );
    },
  ],
  [
    'issue messages follow ?lang',
    async () => {
      const en = await post(today, '/submissions', { sender: 'nobody', patient, items: [{ kind: 'paper', pages: 1 }] });
      const es = await post(today, '/submissions?lang=es', { sender: 'nobody', patient, items: [{ kind: 'paper', pages: 1 }] });
      assert.equal(en.status, 400);
      assert.equal(es.status, 400);
      assert.deepEqual(en.json.issues[0].path, ['sender']);
      assert.equal(en.json.issues[0].code, es.json.issues[0].code);
      assert.notEqual(en.json.issues[0].message, es.json.issues[0].message);
    },
  ],
  [
    'a date of birth after "today" (asOf: now, per request) gets 400 date_in_future',
    async () => {
      const { status, json } = await post(today, '/submissions', {
        sender: 'patient',
        patient: { name: NAME, dateOfBirth: '2026-11-26' },
        items: [{ kind: 'paper', pages: 1 }],
      });
      assert.equal(status, 400);
      assert.deepEqual(json.issues.map((i: { code: string }) => i.code), ['date_in_future']);
    },
  ],
  [
    'malformed JSON gets 400 without an echo; a 100 KB body gets 413',
    async () => {
      const bad = await post(today, '/submissions', `{"patient":{"name":"${NAME}"`);
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.json, { error: 'bad-request' });
      const big = await post(today, '/submissions', { sender: 'patient', filler: 'x'.repeat(100_000) });
      assert.equal(big.status, 413);
    },
  ],
  [
    'Lake Norman, seed edition: an attorney asking by fax is told to mail',
    async () => {
      const { status, json } = await post(seedDay, '/records-requests', {
        requester: 'attorney',
        recipient: 'third-party',
        purpose: 'other',
        channel: 'fax',
        patient: { situation: 'adult' },
        signer: { role: 'patient' },
      });
      assert.equal(status, 200);
      assert.equal(json.edition, 'seed');
      assert.equal(json.ready, false);
      assert.equal(json.requestedChannel.accepted, false);
      assert.equal(json.requestedChannel.alternative.channel, 'mail');
      assert.ok(ids(json.findings).includes('ln.fax-patient-care-only'));
    },
  ],
  [
    'Lake Norman, newer edition: a patient asking for her own records is ready, form in Spanish',
    async () => {
      const { status, json } = await post(today, '/records-requests', {
        requester: 'patient',
        recipient: 'patient',
        purpose: 'other',
        formLanguage: 'es',
        patient: { situation: 'adult' },
        signer: { role: 'patient' },
      });
      assert.equal(status, 200);
      assert.equal(json.edition, '2025-10-18');
      assert.equal(json.ready, true);
      assert.equal(json.form.language, 'es');
      assert.equal(json.requestedChannel, null);
    },
  ],
  [
    'a records request mixing an attorney with patient care is refused at purpose',
    async () => {
      const { status, json } = await post(today, '/records-requests', {
        requester: 'attorney',
        recipient: 'third-party',
        purpose: 'patient-care',
        patient: { situation: 'minor', dateOfBirth: DOB },
        signer: { role: 'custodial-parent' },
      });
      assert.equal(status, 400);
      assert.deepEqual(json.issues.map((i: { path: unknown[]; code: string }) => [i.path.join('.'), i.code]), [['purpose', 'invalid_value']]);
    },
  ],
  [
    "why the hook: @hono/standard-validator's default hook answers 400 with the whole body, patient name included",
    async () => {
      const naive = new Hono().post('/submissions', sValidator('json', submissionEvaluator()), (c) => c.json({ ok: true }));
      const res = await naive.request('/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sender: 'nobody', patient }),
      });
      assert.equal(res.status, 400);
      assert.ok((await res.text()).includes(NAME), 'the default hook no longer echoes the body: update the README warning');
    },
  ],
  [
    'every log line is free of patient data and names its outcome',
    async () => {
      assert.ok(logs.length >= 10, `expected the log to hold the requests above, got ${logs.length}`);
      const text = JSON.stringify(logs);
      for (const secret of PHI) assert.ok(!text.includes(secret), 'the log holds patient data');
      assert.deepEqual(
        logs.filter((l) => l.route === '/submissions' && l.status === 200).map((l) => l.outcome),
        ['not-accepted', 'accepted', 'accepted-with-warnings', 'accepted-with-warnings'],
      );
    },
  ],
];

let passed = 0;
for (const [name, run] of checks) {
  try {
    await run();
    passed += 1;
    console.log(`  ✓ ${name}`);
  } catch (err) {
    console.error(`  ✗ ${name}\n${err instanceof Error ? err.stack : String(err)}`);
    process.exitCode = 1;
    break;
  }
}
console.log(`hono-backend: ${passed} of ${checks.length} checks passed`);
