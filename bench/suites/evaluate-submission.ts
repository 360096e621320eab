import { es } from 'duke-records-rules/locales/es';
import { evaluateSubmission, submissionSchema } from 'duke-records-rules/to-duke';
import type { Suite } from '../harness';

/** A realistic submission: a clinic mailing paper copies and a CD of images it should have uploaded. */
const input = {
  sender: 'external-clinic',
  patient: { name: 'Jane Q. Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' },
  items: [
    { kind: 'paper', pages: 24, label: { name: true, dateOfBirth: true, recordNumber: true, everyPage: true, method: 'printed' } },
    {
      kind: 'media',
      medium: 'cd',
      radiology: ['mri'],
      passwordProtected: true,
      passwordEnclosed: false,
      label: { name: true, dateOfBirth: true, recordNumber: false, method: 'handwritten' },
    },
  ],
  channel: { kind: 'mail', carrier: 'usps', trackingNumber: '9400100000000000000000' },
  actions: { notifiedMedicalRecords: true, followUp: 'phone' },
  preferredLanguage: 'es-MX',
};
const options = { locale: es, asOf: '2026-11-25' } as const;

/**
 * Steady state, not JIT warm-up: evaluateSubmission runs a few dozen small
 * functions that V8 tiers up only after some thousand calls, more than the
 * harness's own 200-call warm-up. Both sides get the same warm-up.
 */
for (let i = 0; i < 20_000; i++) {
  evaluateSubmission(input, options);
  submissionSchema.safeParse(input);
}

/** evaluateSubmission, in Spanish, against a bare zod safeParse of the same input (budget: ≤ 3×). */
export const speed: Suite['speed'] = [
  {
    name: 'evaluateSubmission per call',
    subject: () => evaluateSubmission(input, options),
    anchorName: 'submissionSchema.safeParse',
    anchor: () => submissionSchema.safeParse(input),
    kind: 'at-most',
    ratio: 3,
  },
];

/** Importing one rule function alone, ts-pattern's match included (budget: ≤ 2.5 KB), from the root and from its subpath. */
export const sizes: Suite['sizes'] = [
  { name: 'carrierPolicy alone (ts-pattern included)', code: "export { carrierPolicy } from 'duke-records-rules';", limitKb: 2.5 },
  { name: 'carrierPolicy alone, from /to-duke', code: "export { carrierPolicy } from './dist/to-duke/index.js';", limitKb: 2.5 },
];
