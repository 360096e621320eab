/**
 * `routeRecordsRequest` against a bare zod `safeParse` of the same input
 * with its own schema (`recordsRequestSchema`): the budget is what the
 * edition lookup, the channels, the fax-line decisions, the signer check,
 * the portal status, the findings and their messages cost on top of
 * parsing. Both see the same rotation of four requests: an attorney by fax
 * in the seed edition, a provider by fax for patient care in the seed
 * edition, a patient today (newest edition) preferring Spanish, and a
 * minor's request signed by a parent without proof in 2026.
 */
import { recordsRequestSchema, routeRecordsRequest } from 'duke-records-rules/lake-norman';
import type { Suite } from '../harness';

const adult = { patient: { situation: 'adult' }, signer: { role: 'patient' } };
const cases: readonly { readonly input: unknown; readonly asOf?: string }[] = [
  { input: { requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax', ...adult }, asOf: '2025-06-01' },
  { input: { requester: 'provider', recipient: 'third-party', purpose: 'patient-care', channel: 'fax', ...adult }, asOf: '2025-06-01' },
  { input: { requester: 'patient', recipient: 'patient', purpose: 'other', formLanguage: 'es', preferredLanguage: 'es', ...adult } },
  {
    input: {
      requester: 'legal-representative',
      recipient: 'patient',
      purpose: 'other',
      channel: 'email',
      patient: { situation: 'minor', dateOfBirth: '2012-03-04' },
      signer: { role: 'custodial-parent' },
    },
    asOf: '2026-12-01',
  },
];

let i = 0;
export const speed: Suite['speed'] = [
  {
    name: 'routeRecordsRequest per call',
    subject: () => {
      const c = cases[i++ & 3] as (typeof cases)[number];
      return routeRecordsRequest(c.input, c.asOf === undefined ? undefined : { asOf: c.asOf });
    },
    anchorName: 'recordsRequestSchema.safeParse',
    anchor: () => recordsRequestSchema.safeParse((cases[i++ & 3] as (typeof cases)[number]).input),
    kind: 'at-most',
    ratio: 4,
  },
];
