/**
 * `checkAuthorization` against a bare zod `safeParse` of the same input with
 * its own schema (`authorizationSchema`): the budget is what the element
 * checks, the signer check, the findings and their messages cost on top of
 * parsing. Both see the same rotation of five authorizations: complete,
 * missing most elements, signed by a representative without authority, a
 * minor's signed by the minor (signer rules composed), and one with the
 * facts of 164.508(a)–(b) (revoked, compound, conditioned, a request to
 * compare). Budget: ≤ 3× the bare parse.
 */
import { authorizationSchema, checkAuthorization } from 'duke-records-rules/hipaa';
import type { Suite } from '../harness';

const complete = {
  information: 'Discharge summary and laboratory results of the 2025 admission',
  disclosedBy: 'Duke Health Lake Norman Hospital',
  disclosedTo: 'Example Clinic, 1 Main Street',
  purpose: { kind: 'described', descriptions: ['Continuing care', 'Insurance claim'] },
  expiration: { kind: 'date', date: '2027-01-31' },
  signature: { signedBy: 'individual', signedOn: '2026-01-31' },
  statements: { revocation: 'how-to-revoke', conditioning: 'may-not-condition', redisclosure: true },
};
const inputs: readonly unknown[] = [
  complete,
  { information: 'Everything', expiration: { kind: 'none' }, signature: { signedBy: 'individual' } },
  { ...complete, signature: { signedBy: 'personal-representative', signedOn: '2026-01-31' } },
  {
    ...complete,
    signature: { signedOn: '2026-01-31' },
    patient: { situation: 'minor', dateOfBirth: '2012-03-04' },
    signer: { role: 'patient' },
  },
  {
    ...complete,
    revocation: { revokedOn: '2026-02-01', inWriting: true },
    combinedWith: ['authorization'],
    conditioned: { on: ['treatment'], exception: 'third-party-health-care' },
    psychotherapyNotes: false,
    soughtBy: 'covered-entity',
    request: { recipient: 'Example Clinic', information: 'Discharge summary' },
  },
];
const options = { asOf: '2026-02-02' } as const;
const N = inputs.length;

for (const input of inputs) {
  if (!authorizationSchema.safeParse(input).success || !checkAuthorization(input, options).success) {
    throw new Error('check-authorization bench: an input does not parse');
  }
}

let i = 0;
let j = 0;

export const speed: Suite['speed'] = [
  {
    name: 'checkAuthorization per call',
    subject: () => checkAuthorization(inputs[(i = (i + 1) % N)], options),
    anchorName: 'authorizationSchema.safeParse',
    anchor: () => authorizationSchema.safeParse(inputs[(j = (j + 1) % N)]),
    kind: 'at-most',
    ratio: 3,
  },
];
