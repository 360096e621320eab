/**
 * The corpus of the JSON Schema agreement test (corpus.test.ts): valid
 * documents and edge cases of every class where a JSON Schema tends to
 * disagree with the library, for every input schema file. Deterministic:
 * built from the case lists below, no randomness, so a run prints the same
 * figures every time.
 *
 * Each entry names its `cls` (what it probes) and, where JSON Schema cannot
 * agree with zod, the `label` of the limit (see LIMITS in
 * scripts/json-schema-lib.mjs) that explains it; the test checks that every
 * disagreement carries a label listed in its file's `$comment`.
 */
import type { LimitLabel } from '../../scripts/json-schema-lib.mjs';

export interface CorpusEntry {
  /** The file (without `.json`) the document is validated against. */
  readonly schema: string;
  /** The class of edge case. */
  readonly cls: string;
  readonly doc: unknown;
  /** The limit that explains a disagreement, when one is expected. */
  readonly label?: LimitLabel;
}

/** Dates: valid, slash and word forms, impossible dates, non-ASCII digits, padding. */
export const DATES: readonly (readonly [string, unknown])[] = [
  ['valid', '1980-02-29'],
  ['valid', '2000-02-29'],
  ['valid', '2024-02-29'],
  ['valid', '2026-01-31'],
  ['valid', '2026-04-30'],
  ['boundary', '0001-01-01'],
  ['boundary', '0050-06-15'],
  ['boundary', '0100-01-01'],
  ['boundary', '9999-12-31'],
  ['slash-or-word-date', '12/31/1999'],
  ['slash-or-word-date', 'Jan 31, 2026'],
  ['slash-or-word-date', '31.12.1999'],
  ['slash-or-word-date', '1999-1-1'],
  ['slash-or-word-date', '19990101'],
  ['slash-or-word-date', '2026-01-01T00:00:00Z'],
  ['impossible-date', '2026-02-30'],
  ['impossible-date', '2023-02-29'],
  ['impossible-date', '1900-02-29'],
  ['impossible-date', '2100-02-29'],
  ['impossible-date', '2026-04-31'],
  ['impossible-date', '2026-13-01'],
  ['impossible-date', '2026-00-10'],
  ['impossible-date', '2026-01-00'],
  ['impossible-date', '0000-01-01'],
  ['non-ascii-digits', '２０２６-０１-０１'],
  ['non-ascii-digits', '٢٠٢٦-٠١-٠١'],
  ['non-ascii-digits', '२०२६-०१-०१'],
  ['padded', ' 2026-01-01'],
  ['padded', '2026-01-01\n'],
  ['padded', '\u00a02026-01-01\u3000'],
  ['blank', ''],
  ['wrong-type', 20260101],
  ['wrong-type', null],
];

/** Names and other free texts that zod trims before their length check. */
export const NAMES: readonly (readonly [string, unknown])[] = [
  ['valid', 'Jane Q. Doe'],
  ['valid', 'J'],
  ['valid', 'José Núñez-Ávila'],
  ['valid', '\u200b'], // zero-width space: not whitespace to JavaScript's trim
  ['valid', '\u0085'], // NEL: Python's \s, not JavaScript's trim
  ['valid', '\u180e'],
  ['whitespace-only', '   '],
  ['whitespace-only', '\t\n\r'],
  ['whitespace-only', '\u00a0\u3000'],
  ['whitespace-only', '\u2028\u2029\ufeff'],
  ['blank', ''],
  ['boundary', 'x'.repeat(200)],
  ['boundary', 'x'.repeat(201)],
  ['boundary', ` ${'x'.repeat(199)}`],
  ['boundary', '😀'.repeat(200)],
  ['boundary', '😀'.repeat(201)],
  ['wrong-type', 42],
  ['wrong-type', null],
];

/** Times of a schedule. */
const TIMES: readonly (readonly [string, unknown])[] = [
  ['valid', '08:00'],
  ['valid', '12:30'],
  ['boundary', '23:59'],
  ['boundary', '24:01'],
  ['boundary', '08:60'],
  ['boundary', '25:00'],
  ['format', '8:00'],
  ['format', '08:0'],
  ['format', '08:00:00'],
  ['format', '8am'],
  ['non-ascii-digits', '٠٨:٠٠'],
  ['non-ascii-digits', '０８:００'],
  ['non-ascii-digits', '०८:००'],
  ['padded', ' 08:00'],
  ['padded', '08:00\n'],
  ['blank', ''],
  ['wrong-type', 800],
  ['wrong-type', null],
];

/** Time zones. */
const ZONES: readonly (readonly [string, unknown, LimitLabel?])[] = [
  ['valid', 'America/New_York'],
  ['valid', 'America/Chicago'],
  ['valid', 'America/Denver'],
  ['valid', 'America/Los_Angeles'],
  ['valid', 'America/Phoenix'],
  ['valid', 'America/Anchorage'],
  ['valid', 'Pacific/Honolulu'],
  ['valid', 'America/Puerto_Rico'],
  ['valid', 'America/Argentina/Buenos_Aires'],
  ['valid', 'America/Indiana/Knox'],
  ['valid', 'Europe/London'],
  ['valid', 'Europe/Madrid'],
  ['valid', 'Asia/Kolkata'],
  ['valid', 'Asia/Tokyo'],
  ['valid', 'Australia/Lord_Howe'],
  ['valid', 'Pacific/Chatham'],
  ['valid', 'Etc/GMT+5'],
  ['valid', 'UTC'],
  ['zone-alias', 'US/Eastern'],
  ['zone-alias', 'Asia/Calcutta'],
  ['zone-alias', 'EST5EDT'],
  ['zone-alias', 'GMT'],
  ['unknown-zone', 'Mars/Olympus'],
  ['unknown-zone', 'America/New_Yrok'],
  ['unknown-zone', 'Eastern Standard Time'],
  ['unknown-zone', 'UTC+5'],
  ['unknown-zone', '+05:00'],
  ['unknown-zone', 'America/'],
  ['blank', ''],
  ['blank', '   '],
  ['wrong-type', -5],
  ['wrong-type', null],
  ['zone-spelling', 'america/new_york'],
  ['zone-spelling', 'AMERICA/CHICAGO'],
  ['zone-spelling', ' Europe/London '],
];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Wrong shapes for any object schema. */
const WRONG_TYPES: readonly unknown[] = [null, 42, 'text', true, [], [{}]];

/** The document with one value set at a path (copies along the path; `undefined` deletes). */
export function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(doc) ? [...(doc as unknown[])] : { ...(doc as Record<string, unknown>) }) as Record<string | number, unknown>;
  const next = setAt(copy[head], rest, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

const entries = (schema: string, cls: string, docs: readonly unknown[]): CorpusEntry[] => docs.map((doc) => ({ schema, cls, doc }));

/** Wrong types and extra keys for an object schema with a valid document. */
function shape(schema: string, valid: Record<string, unknown>): CorpusEntry[] {
  return [
    ...entries(schema, 'wrong-type', WRONG_TYPES),
    { schema, cls: 'extra-key', doc: { ...valid, unknownKey: 'x' } },
    { schema, cls: 'extra-key', doc: { ...valid, constructor: 1, toString: 'x' } },
    ...Object.keys(valid).map((key) => ({ schema, cls: 'missing-key', doc: setAt(valid, [key], undefined) })),
    ...Object.keys(valid).map((key) => ({ schema, cls: 'wrong-type', doc: setAt(valid, [key], key === 'pages' ? '1' : 12345) })),
  ];
}

/** Every value of an enum, a near miss and wrong types. */
function enumCases(schema: string, values: readonly string[]): CorpusEntry[] {
  return [
    ...entries(schema, 'valid', values),
    ...entries(schema, 'near-miss', values.map((v) => v.toUpperCase())),
    ...entries(schema, 'near-miss', [` ${values[0]}`, '', 'unknown']),
    ...entries(schema, 'wrong-type', [null, 1, [values[0]]]),
  ];
}

const PATIENT = { name: 'Jane Q. Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' };
const MEDIA = { kind: 'media', medium: 'cd', radiology: ['mri'], passwordProtected: true, passwordEnclosed: false, label: { name: true, dateOfBirth: true, recordNumber: true } };
const PAPER = { kind: 'paper', pages: 40, label: { name: true, dateOfBirth: true, everyPage: true, method: 'handwritten' } };
const SUBMISSION = {
  sender: 'external-clinic',
  patient: PATIENT,
  items: [MEDIA, PAPER],
  channel: { kind: 'mail', carrier: 'usps', trackingNumber: '9400111201080805483016' },
  actions: { notifiedMedicalRecords: true, followUp: 'phone' },
  preferredLanguage: 'es',
};
const REQUEST = {
  requester: 'patient',
  recipient: 'patient',
  purpose: 'other',
  channel: 'fax',
  formLanguage: 'es',
  patient: { situation: 'adult' },
  signer: { role: 'patient', proof: [] },
};
const AUTHORIZATION = {
  information: 'All records from 2020 to 2024',
  disclosedBy: 'Duke Health Lake Norman Hospital',
  disclosedTo: 'Example Clinic',
  purpose: { kind: 'described', descriptions: ['Continuing care'] },
  expiration: { kind: 'date', date: '2027-01-01' },
  signature: { signedBy: 'individual', signedOn: '2026-01-05' },
  statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
  patient: { situation: 'adult' },
  signer: { role: 'patient' },
};
const SCHEDULE = { timeZone: 'America/New_York', weekly: { monday: [{ start: '08:00', end: '16:30' }] } };

/** Padded and long texts where zod trims before `.max()`. */
const PADDED_TEXT = (max: number): (readonly [string, unknown])[] => [
  ['valid', 'es'],
  ['padded', '  es  '],
  ['padded', `${' '.repeat(100)}es${' '.repeat(100)}`],
  ['boundary', 'x'.repeat(max)],
  ['boundary', 'x'.repeat(max + 1)],
  ['boundary', ` ${'x'.repeat(max)} `],
  ['whitespace-only', '   '],
  ['wrong-type', 7],
];

const ITEM_CASES: readonly (readonly [string, Record<string, unknown> | unknown])[] = [
  ['valid', MEDIA],
  ['valid', PAPER],
  ['valid', { kind: 'paper', pages: 1 }],
  ['valid', { kind: 'media', medium: 'usb-drive' }],
  ['cross-field', { kind: 'media', medium: 'cd', passwordEnclosed: true }],
  ['cross-field', { kind: 'media', medium: 'cd', passwordProtected: false, passwordEnclosed: true }],
  ['cross-field', { kind: 'media', medium: 'cd', passwordProtected: true, passwordEnclosed: true }],
  ['cross-field', { kind: 'media', medium: 'dvd', passwordProtected: true }],
  ['boundary', { kind: 'paper', pages: 0 }],
  ['boundary', { kind: 'paper', pages: 100_000 }],
  ['boundary', { kind: 'paper', pages: 100_001 }],
  ['boundary', { kind: 'paper', pages: 1.5 }],
  ['boundary', { kind: 'paper', pages: -1 }],
  ['boundary', { kind: 'paper', pages: 2, radiology: ['ct', 'mri', 'x-ray', 'other'] }],
  ['boundary', { kind: 'paper', pages: 2, radiology: ['ct', 'ct', 'ct', 'ct', 'ct'] }],
  ['near-miss', { kind: 'media', medium: 'floppy' }],
  ['near-miss', { kind: 'film' }],
  ['near-miss', { kind: 'media', medium: 'cd', radiology: ['pet'] }],
  ['near-miss', { kind: 'paper', pages: 3, label: { method: 'engraved' } }],
  ['wrong-type', { kind: 'paper', pages: '3' }],
  ['wrong-type', { kind: 'media', medium: 'cd', passwordProtected: 'yes' }],
  ['wrong-type', { kind: 'paper', pages: 3, label: { name: 'Jane Doe' } }],
  ['extra-key', { kind: 'paper', pages: 3, password: 'secret' }],
  ['wrong-type', null],
];

const TRACKING: readonly (readonly [string, unknown])[] = [
  ['valid', '1Z999AA10123456784'],
  ['valid', '9400111201080805483016'],
  ['non-ascii-digits', '٩٤٠٠١١١٢٠١٠٨٠٨٠٥٤٨٣٠١٦'],
  ['non-ascii-digits', '１Z999AA10123456784'],
  ['boundary', 'x'.repeat(64)],
  ['boundary', 'x'.repeat(65)],
  ['padded', '  1234  '],
  ['wrong-type', 12],
];

/** The corpus: every input schema file, every class. */
export function buildCorpus(): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const add = (schema: string, cls: string, doc: unknown, label?: LimitLabel) => out.push(label === undefined ? { schema, cls, doc } : { schema, cls, doc, label });

  // submission and its parts
  add('submission', 'valid', SUBMISSION);
  add('submission', 'valid', { sender: 'patient', patient: { name: 'J', dateOfBirth: '2000-01-01' }, items: [{ kind: 'paper', pages: 1 }] });
  for (const [cls, v] of DATES) add('submission', cls, setAt(SUBMISSION, ['patient', 'dateOfBirth'], v));
  for (const [cls, v] of NAMES) add('submission', cls, setAt(SUBMISSION, ['patient', 'name'], v));
  for (const [cls, v] of ITEM_CASES) add('submission', cls, setAt(SUBMISSION, ['items', 1], v));
  for (const [cls, v] of TRACKING) add('submission', cls, setAt(SUBMISSION, ['channel', 'trackingNumber'], v));
  for (const [cls, v] of PADDED_TEXT(64)) add('submission', cls, setAt(SUBMISSION, ['preferredLanguage'], v));
  for (const n of [0, 1, 100, 101]) add('submission', 'boundary', setAt(SUBMISSION, ['items'], Array.from({ length: n }, () => PAPER)));
  for (const kind of ['appointment-copies', 'clinic-upload', 'fax', 'email', 'pigeon']) add('submission', kind === 'pigeon' ? 'near-miss' : 'valid', setAt(SUBMISSION, ['channel'], { kind }));
  add('submission', 'near-miss', setAt(SUBMISSION, ['channel'], { kind: 'mail' }));
  add('submission', 'near-miss', setAt(SUBMISSION, ['channel', 'carrier'], 'dhl'));
  add('submission', 'near-miss', setAt(SUBMISSION, ['actions', 'followUp'], 'fax'));
  out.push(...shape('submission', SUBMISSION));

  add('patient', 'valid', PATIENT);
  for (const [cls, v] of DATES) add('patient', cls, setAt(PATIENT, ['dateOfBirth'], v));
  for (const [cls, v] of NAMES) add('patient', cls, setAt(PATIENT, ['name'], v));
  for (const [cls, v] of PADDED_TEXT(64)) add('patient', cls, setAt(PATIENT, ['recordNumber'], v));
  out.push(...shape('patient', PATIENT));

  for (const schema of ['record-item', 'media-item', 'paper-item'])
    for (const [cls, v] of ITEM_CASES) add(schema, cls, v);
  for (const schema of ['media-item', 'paper-item']) out.push(...shape(schema, schema === 'media-item' ? MEDIA : PAPER));

  const CHANNEL = { kind: 'mail', carrier: 'ups', trackingNumber: '1Z999AA10123456784' };
  for (const [cls, v] of TRACKING) add('channel', cls, setAt(CHANNEL, ['trackingNumber'], v));
  for (const carrier of ['fedex', 'ups', 'usps', 'other', 'dhl', 'UPS']) add('channel', carrier === carrier.toLowerCase() && carrier !== 'dhl' ? 'valid' : 'near-miss', setAt(CHANNEL, ['carrier'], carrier));
  for (const kind of ['appointment-copies', 'clinic-upload', 'fax', 'email', 'mail', 'Fax']) add('channel', kind === 'Fax' || kind === 'mail' ? 'near-miss' : 'valid', { kind });
  out.push(...shape('channel', CHANNEL));

  for (const [cls, label] of [
    ['valid', {}],
    ['valid', { name: true, dateOfBirth: true, recordNumber: false, method: 'printed' }],
    ['near-miss', { method: 'engraved' }],
    ['wrong-type', { name: 'Jane Doe' }],
    ['extra-key', { everyPage: true, colour: 'red' }],
    ['wrong-type', null],
  ] as const) {
    add('label', cls, label);
    add('paper-label', cls, label);
  }
  add('paper-label', 'wrong-type', { everyPage: 'yes' });
  add('sender-actions', 'valid', {});
  add('sender-actions', 'valid', { notifiedMedicalRecords: true, followUp: 'email' });
  add('sender-actions', 'near-miss', { followUp: 'fax' });
  add('sender-actions', 'wrong-type', { notifiedMedicalRecords: 'yes' });
  add('sender-actions', 'wrong-type', []);

  out.push(...enumCases('sender', ['patient', 'external-clinic', 'other']));
  out.push(...enumCases('carrier', ['fedex', 'ups', 'usps', 'other']));
  out.push(...enumCases('medium', ['cd', 'dvd', 'usb-drive', 'external-hard-drive', 'other']));
  out.push(...enumCases('radiology', ['ct', 'mri', 'x-ray', 'other']));

  // records request, fax request, signer, patient situation
  const REQUESTERS = ['patient', 'legal-representative', 'provider', 'insurance-company', 'attorney', 'other-third-party'];
  for (const requester of REQUESTERS)
    for (const purpose of ['patient-care', 'other'])
      for (const recipient of ['patient', 'third-party']) add('records-request', 'cross-field', { ...REQUEST, requester, purpose, recipient });
  const SITUATIONS = [{ situation: 'adult' }, { situation: 'minor', dateOfBirth: '2012-05-01' }, { situation: 'unable-to-sign' }, { situation: 'deceased' }];
  const ROLES = ['patient', 'legal-representative', 'custodial-parent', 'legal-guardian', 'next-of-kin', 'personal-representative'];
  for (const patient of SITUATIONS) for (const role of ROLES) add('records-request', 'valid', { ...REQUEST, patient, signer: { role, proof: ['guardianship'] } });
  for (const [cls, v] of DATES) add('records-request', cls, setAt(REQUEST, ['patient'], { situation: 'minor', dateOfBirth: v }));
  for (const [cls, v] of PADDED_TEXT(64)) add('records-request', cls, setAt(REQUEST, ['preferredLanguage'], v));
  for (const channel of ['online-request', 'patient-portal', 'fax', 'email', 'mail', 'phone', 'carrier-pigeon']) add('records-request', channel === 'carrier-pigeon' ? 'near-miss' : 'valid', { ...REQUEST, channel });
  add('records-request', 'near-miss', { ...REQUEST, formLanguage: 'fr' });
  add('records-request', 'near-miss', { ...REQUEST, patient: { situation: 'minor' } });
  add('records-request', 'boundary', setAt(REQUEST, ['signer', 'proof'], ['guardianship', 'guardianship-indicates-disability']));
  add('records-request', 'boundary', setAt(REQUEST, ['signer', 'proof'], ['guardianship', 'guardianship', 'guardianship']));
  out.push(...shape('records-request', REQUEST));

  for (const purpose of ['patient-care', 'other', 'research'])
    for (const requester of [...REQUESTERS, undefined]) add('fax-request', purpose === 'research' ? 'near-miss' : 'cross-field', requester === undefined ? { purpose } : { purpose, requester });
  out.push(...entries('fax-request', 'wrong-type', WRONG_TYPES));
  add('fax-request', 'extra-key', { purpose: 'other', channel: 'fax' });

  for (const role of [...ROLES, 'friend']) {
    add('signer', role === 'friend' ? 'near-miss' : 'valid', { role });
    add('signer', role === 'friend' ? 'near-miss' : 'valid', { role, proof: ['guardianship-indicates-disability'] });
  }
  add('signer', 'boundary', { role: 'patient', proof: ['guardianship', 'guardianship', 'guardianship'] });
  out.push(...entries('signer', 'wrong-type', WRONG_TYPES));
  for (const s of SITUATIONS) add('patient-situation', 'valid', s);
  for (const [cls, v] of DATES) add('patient-situation', cls, { situation: 'minor', dateOfBirth: v });
  add('patient-situation', 'near-miss', { situation: 'teenager' });
  out.push(...entries('patient-situation', 'wrong-type', WRONG_TYPES));

  // authorization
  add('authorization', 'valid', AUTHORIZATION);
  add('authorization', 'valid', {});
  for (const [cls, v] of DATES) {
    add('authorization', cls, setAt(AUTHORIZATION, ['expiration', 'date'], v));
    add('authorization', cls, setAt(AUTHORIZATION, ['signature', 'signedOn'], v));
  }
  add('authorization', 'boundary', setAt(AUTHORIZATION, ['signature', 'signedOn'], ` ${'2026-01-05'.padEnd(31)}`));
  for (const [cls, v] of [
    ['blank', '   '],
    ['boundary', 'x'.repeat(2000)],
    ['boundary', 'x'.repeat(2001)],
    ['wrong-type', 5],
  ] as const) {
    add('authorization', cls, setAt(AUTHORIZATION, ['information'], v));
    add('authorization', cls, setAt(AUTHORIZATION, ['purpose', 'descriptions'], [v]));
  }
  for (const n of [0, 20, 21]) add('authorization', 'boundary', setAt(AUTHORIZATION, ['purpose', 'descriptions'], Array.from({ length: n }, () => 'care')));
  for (const signedBy of ['individual', 'personal-representative', undefined])
    for (const role of ROLES) add('authorization', 'cross-field', setAt(setAt(AUTHORIZATION, ['signer', 'role'], role), ['signature', 'signedBy'], signedBy));
  for (const signedBy of ['individual', 'personal-representative', undefined]) {
    const alone = setAt(setAt(AUTHORIZATION, ['patient'], undefined), ['signer'], undefined);
    add('authorization', 'cross-field', setAt(alone, ['signature', 'signedBy'], signedBy));
  }
  add('authorization', 'cross-field', setAt(AUTHORIZATION, ['signer'], undefined));
  add('authorization', 'cross-field', setAt(AUTHORIZATION, ['patient'], undefined));
  add('authorization', 'cross-field', { signature: {} });
  add('authorization', 'cross-field', { signature: {}, patient: { situation: 'deceased' }, signer: { role: 'next-of-kin' } });
  for (const expiration of [{ kind: 'none' }, { kind: 'event', event: 'End of treatment' }, { kind: 'event' }, { kind: 'date' }, { kind: 'never' }])
    add('authorization', expiration.kind === 'never' || (expiration.kind === 'date' && !('date' in expiration)) ? 'near-miss' : 'valid', { ...AUTHORIZATION, expiration, research: true });
  add('authorization', 'valid', { ...AUTHORIZATION, purpose: { kind: 'at-request-of-individual', initiatedByIndividual: false } });
  add('authorization', 'near-miss', { ...AUTHORIZATION, purpose: { kind: 'at-request-of-individual' } });
  add('authorization', 'near-miss', setAt(AUTHORIZATION, ['statements', 'revocation'], 'verbal'));
  add('authorization', 'wrong-type', setAt(AUTHORIZATION, ['research'], 'no'));
  // The facts of 164.508(a)–(b) and their cross-field rules.
  const FACTS = {
    revocation: { revokedOn: '2026-03-01', inWriting: false },
    combinedWith: ['authorization', 'research-permission'],
    conditioned: { on: ['treatment'], exception: 'third-party-health-care' },
    knownFalse: false,
    psychotherapyNotes: true,
    marketing: { remuneration: true, statesRemuneration: true },
    sale: { statesRemuneration: false },
    soughtBy: 'covered-entity',
    copyGiven: true,
    request: { recipient: 'Example Clinic', information: 'All records' },
  };
  add('authorization', 'valid', { ...AUTHORIZATION, ...FACTS });
  add('authorization', 'near-miss', { ...AUTHORIZATION, combinedWith: ['consent-to-treat'] });
  add('authorization', 'near-miss', { ...AUTHORIZATION, conditioned: { on: ['housing'] } });
  add('authorization', 'near-miss', { ...AUTHORIZATION, soughtBy: 'attorney' });
  add('authorization', 'wrong-type', { ...AUTHORIZATION, revocation: { revokedOn: '2026-03-01' } });
  add('authorization', 'wrong-type', { ...AUTHORIZATION, marketing: { statesRemuneration: true } });
  for (const [soughtBy, initiatedByIndividual] of [['covered-entity', true], ['covered-entity', false], ['individual', true]] as const)
    add('authorization', 'cross-field', { ...AUTHORIZATION, soughtBy, purpose: { kind: 'at-request-of-individual', initiatedByIndividual } });
  add('authorization', 'cross-field', { ...AUTHORIZATION, revocation: { revokedOn: '2026-01-04', inWriting: true } }, 'revocation-order');
  add('authorization', 'cross-field', { ...AUTHORIZATION, revocation: { revokedOn: '2026-01-05', inWriting: true } });
  out.push(...shape('authorization', AUTHORIZATION));

  const EXTENSION = { writtenNoticeOn: '2026-02-01', reasonStated: true, expectedOn: '2026-03-01' };
  for (const [cls, v] of DATES) {
    add('access-extension', cls, setAt(EXTENSION, ['writtenNoticeOn'], v));
    add('access-extension', cls, setAt(EXTENSION, ['expectedOn'], v));
  }
  out.push(...shape('access-extension', EXTENSION));

  // weekly schedule
  add('weekly-schedule', 'valid', SCHEDULE);
  add('weekly-schedule', 'valid', { timeZone: 'America/New_York', weekly: {} });
  TIMES.forEach(([cls, v], i) => {
    const day = WEEKDAYS[i % 7] as string;
    add('weekly-schedule', cls, { ...SCHEDULE, weekly: { [day]: [{ start: v, end: '24:00' }] } });
    add('weekly-schedule', cls, { ...SCHEDULE, weekly: { [day]: [{ start: '00:00', end: v }] } });
  });
  add('weekly-schedule', 'valid', { ...SCHEDULE, weekly: { friday: [{ start: '00:00', end: '24:00' }] } });
  add('weekly-schedule', 'time-order', { ...SCHEDULE, weekly: { monday: [{ start: '16:30', end: '08:00' }] } }, 'time-order');
  add('weekly-schedule', 'time-order', { ...SCHEDULE, weekly: { tuesday: [{ start: '09:00', end: '09:00' }] } }, 'time-order');
  for (const [cls, v, label] of ZONES) add('weekly-schedule', cls, { ...SCHEDULE, timeZone: v }, label);
  for (const [cls, v] of DATES) {
    add('weekly-schedule', cls, { ...SCHEDULE, closures: [{ date: v }] });
    add('weekly-schedule', cls, { ...SCHEDULE, closures: [{ from: v, to: v }] });
  }
  for (const [cls, closure, label] of [
    ['valid', { from: '2026-12-24', to: '2027-01-01' }],
    ['valid', { from: '2026-01-01', to: '2027-01-01' }],
    ['cross-field', { from: '2026-12-24' }],
    ['cross-field', { to: '2026-12-24' }],
    ['cross-field', { date: '2026-12-25', from: '2026-12-24', to: '2026-12-26' }],
    ['cross-field', { date: '2026-12-25', to: '2026-12-26' }],
    ['cross-field', {}],
    ['closure-order', { from: '2026-12-26', to: '2026-12-24' }, 'closure-order'],
    ['closure-order', { from: '2024-01-01', to: '2025-01-01' }, 'closure-order'],
  ] as const)
    add('weekly-schedule', cls, { ...SCHEDULE, closures: [closure] }, label);
  for (const n of [48, 49])
    add('weekly-schedule', 'boundary', {
      ...SCHEDULE,
      weekly: { wednesday: Array.from({ length: n }, (_, i) => ({ start: `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, end: `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '59' : '29'}` })) },
    });
  for (const n of [1000, 1001]) add('weekly-schedule', 'boundary', { ...SCHEDULE, closures: Array.from({ length: n }, () => ({ date: '2026-12-25' })) });
  for (const key of ['Monday', 'mon', 'holiday']) add('weekly-schedule', 'extra-key', { ...SCHEDULE, weekly: { [key]: [] } });
  add('weekly-schedule', 'extra-key', { ...SCHEDULE, owner: 'x' });
  add('weekly-schedule', 'wrong-type', { ...SCHEDULE, weekly: { monday: {} } });
  add('weekly-schedule', 'wrong-type', { ...SCHEDULE, weekly: [] });
  add('weekly-schedule', 'wrong-type', { ...SCHEDULE, closures: {} });
  out.push(...shape('weekly-schedule', SCHEDULE));
  return out;
}
