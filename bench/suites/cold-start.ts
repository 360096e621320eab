/**
 * What serverless functions and browser pages pay on every start, measured
 * in fresh Node processes on the built package (medians; see `measureCold`):
 * the library's own import time with zod already loaded, the first
 * `evaluateSubmission` call, and the first `isOpen` call on Duke's
 * Document Management schedule. The imports and the call are timed apart,
 * so the first-call figures hold no module loading.
 */
import type { Suite } from '../harness';

const NOW = "const now = () => performance.now();\nawait import('zod');";

export const cold: Suite['cold'] = [
  {
    name: 'import duke-records-rules (zod loaded)',
    script: `${NOW}
const t = now();
await import('duke-records-rules');
console.log(now() - t);`,
    limitMs: 15,
  },
  {
    name: 'first evaluateSubmission call',
    script: `${NOW}
const { evaluateSubmission } = await import('duke-records-rules/to-duke');
const input = {
  sender: 'external-clinic',
  patient: { name: 'Jane Q. Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' },
  items: [{ kind: 'paper', pages: 24, label: { name: true, dateOfBirth: true, recordNumber: true, everyPage: true, method: 'printed' } }],
  channel: { kind: 'mail', carrier: 'usps', trackingNumber: '9400100000000000000000' },
  actions: { notifiedMedicalRecords: true, followUp: 'phone' },
};
const t = now();
const r = evaluateSubmission(input, { asOf: '2026-11-25' });
const ms = now() - t;
if (!r.success) throw new Error('the sample submission does not parse');
console.log(ms);`,
    limitMs: 3,
  },
  {
    name: 'first isOpen call (Duke schedule)',
    script: `${NOW}
const { getDestination } = await import('duke-records-rules');
const { isOpen } = await import('duke-records-rules/hours');
const d = getDestination('duke-document-management', { asOf: '2026-11-25' });
if (!d.success || d.destination === null || d.destination.hours === null) throw new Error('no schedule');
const schedule = d.destination.hours;
const t = now();
const r = isOpen(schedule, Date.UTC(2026, 10, 25, 15, 30));
const ms = now() - t;
if (!r.success) throw new Error('isOpen refused the schedule');
console.log(ms);`,
    limitMs: 3,
  },
];
