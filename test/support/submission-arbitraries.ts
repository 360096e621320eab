/**
 * fast-check arbitraries of raw to-Duke submissions (valid by construction),
 * with patient data drawn from distinctive alphabets so that a leak would be
 * seen in any output.
 */
import fc from 'fast-check';

const yes = fc.boolean();
const radiology = fc.subarray(['ct', 'mri', 'x-ray', 'other'] as const);

/** A name nobody would write by accident: letters and spaces between markers. */
export const nameArb = fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{2,30}[A-Za-z]$/).map((s) => `Qx${s}xQ`);
/** A real calendar date before 2025 (no later date appears in any output by design). */
export const dobArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2024, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const recordNumberArb = fc.stringMatching(/^[A-Z]{2}[0-9]{6,10}$/);
export const passwordArb = fc.string({ minLength: 6, maxLength: 30 }).map((s) => `Pw!${s}`);
export const trackingArb = fc.stringMatching(/^[0-9A-Z]{10,30}$/).map((s) => `TN${s}`);

const markArb = fc.record(
  { name: yes, dateOfBirth: yes, recordNumber: yes, method: fc.constantFrom('handwritten', 'printed') },
  { requiredKeys: [] },
);

export const paperArb = fc.record(
  {
    kind: fc.constant('paper' as const),
    pages: fc.integer({ min: 1, max: 500 }),
    original: yes,
    radiology,
    label: fc.tuple(markArb, fc.option(yes, { nil: undefined })).map(([m, everyPage]) => (everyPage === undefined ? m : { ...m, everyPage })),
  },
  { requiredKeys: ['kind', 'pages'] },
);

export const mediaArb = fc
  .record(
    {
      kind: fc.constant('media' as const),
      medium: fc.constantFrom('cd', 'dvd', 'usb-drive', 'external-hard-drive', 'other'),
      original: yes,
      radiology,
      passwordProtected: yes,
      label: markArb,
    },
    { requiredKeys: ['kind', 'medium'] },
  )
  .chain((item) => (item.passwordProtected ? fc.record({ passwordEnclosed: yes }, { requiredKeys: [] }).map((p) => ({ ...item, ...p })) : fc.constant(item)));

export const channelArb = fc.oneof(
  fc.constantFrom({ kind: 'appointment-copies' }, { kind: 'clinic-upload' }, { kind: 'fax' }, { kind: 'email' }),
  fc.record(
    { kind: fc.constant('mail'), carrier: fc.constantFrom('fedex', 'ups', 'usps', 'other'), trackingNumber: trackingArb },
    { requiredKeys: ['kind', 'carrier'] },
  ),
);

/** A raw submission that parses, with patient data and (ignored) passwords. */
export const submissionArb = fc.record(
  {
    sender: fc.constantFrom('patient', 'external-clinic', 'other'),
    patient: fc.record({ name: nameArb, dateOfBirth: dobArb, recordNumber: recordNumberArb }, { requiredKeys: ['name', 'dateOfBirth'] }),
    items: fc.array(fc.oneof(paperArb, mediaArb), { minLength: 1, maxLength: 5 }),
    channel: channelArb,
    actions: fc.record({ notifiedMedicalRecords: yes, followUp: fc.constantFrom('phone', 'email') }, { requiredKeys: [] }),
    preferredLanguage: fc.constantFrom('en', 'es', 'en-US', 'vi', 'zh-Hant', 'English'),
    password: passwordArb,
  },
  { requiredKeys: ['sender', 'patient', 'items'] },
);

export type RawSubmission = typeof submissionArb extends fc.Arbitrary<infer T> ? T : never;
