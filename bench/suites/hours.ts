/**
 * `isOpen` against three anchors, on the same 1,024 instants (2020–2030):
 * a hand-written baseline reading a precomputed table of New York's UTC
 * offsets, opening_hours.js `getState` (which evaluates in the host zone, so
 * the host zone is set to New York first), and date-fns-tz `toZonedTime`
 * called per check. Plus the size of the `/hours` entry.
 */
process.env.TZ = 'America/New_York';

import { toZonedTime } from 'date-fns-tz';
import opening_hours from 'opening_hours';
import { getDestination } from '../../src/directory/get-destination';
import { isOpen } from '../../src/hours/index';
import type { WeeklySchedule } from '../../src/hours/types';
import type { Suite } from '../harness';

const DAY = 86_400_000;
const ZONE = 'America/New_York';

// ---- instants: a fixed pseudo-random sample of 2020–2030 ----
let seed = 0x2026;
const random = (): number => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  return seed / 2 ** 32;
};
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2030, 0, 1);
const N = 1024;
const instants = Array.from({ length: N }, () => FROM + Math.floor(random() * ((TO - FROM) / 60_000)) * 60_000);
const dates = instants.map((ms) => new Date(ms));

// ---- baseline: New York's offsets precomputed (Intl, daily samples + bisection), binary search ----
const format = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});
const offsetOf = (ms: number): number => {
  const [mo, d, y, h, mi, s] = (format.format(ms).match(/\d+/g) as string[]).map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, (h as number) % 24, mi, s) - Math.floor(ms / 1000) * 1000;
};
const starts: number[] = [Date.UTC(2019, 0, 1)];
const offsets: number[] = [offsetOf(Date.UTC(2019, 0, 1))];
for (let t = Date.UTC(2019, 0, 2); t <= Date.UTC(2031, 0, 1); t += DAY) {
  if (offsetOf(t) === offsets[offsets.length - 1]) continue;
  let lo = t - DAY;
  let hi = t;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetOf(mid) === offsets[offsets.length - 1]) lo = mid;
    else hi = mid;
  }
  starts.push(hi);
  offsets.push(offsetOf(hi));
}
const OPEN_FROM = 8 * 3_600_000;
const OPEN_TO = 16.5 * 3_600_000;
function baselineIsOpen(ms: number): boolean {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= ms) lo = mid;
    else hi = mid - 1;
  }
  const local = ms + (offsets[lo] as number);
  const day = Math.floor(local / DAY);
  const weekday = (day + 3) % 7; // Monday = 0 (days after 1970 only)
  if (weekday > 4) return false;
  const time = local - day * DAY;
  return time >= OPEN_FROM && time < OPEN_TO;
}

// ---- anchors ----
const oh = new opening_hours('Mo-Fr 08:00-16:30');
function dateFnsTzIsOpen(ms: number): boolean {
  const z = toZonedTime(ms, ZONE);
  const weekday = z.getDay();
  const minutes = z.getHours() * 60 + z.getMinutes();
  return weekday >= 1 && weekday <= 5 && minutes >= 480 && minutes < 990;
}

// ---- subject: the directory's schedule (deeply frozen: compiled once) ----
const lookup = getDestination('duke-document-management');
const hours = (lookup.success ? lookup.destination?.hours : null) as WeeklySchedule;

// All four agree on every instant, or the comparison means nothing.
for (let k = 0; k < N; k++) {
  const ms = instants[k] as number;
  const expected = baselineIsOpen(ms);
  const got = isOpen(hours, ms);
  if (!got.success || got.open !== expected || oh.getState(dates[k]) !== expected || dateFnsTzIsOpen(ms) !== expected) {
    throw new Error(`hours bench: implementations disagree at ${new Date(ms).toISOString()}`);
  }
}

// Warm isOpen up past its first compilation (which saw the one-off parse of the schedule).
let warm = 0;
for (let k = 0; k < 300_000; k++) warm += (isOpen(hours, instants[k & (N - 1)] as number) as { open: boolean }).open ? 1 : 0;
if (warm === 0) throw new Error('hours bench: never open?');

let i = 0;
const next = (): number => (i = (i + 1) & (N - 1));

// The baseline comparison runs last, once isOpen has long been optimized by the earlier rounds.
export const speed: Suite['speed'] = [
  {
    name: 'isOpen per call',
    subject: () => isOpen(hours, instants[next()] as number),
    anchorName: 'opening_hours.js getState (TZ=America/New_York)',
    anchor: () => oh.getState(dates[next()]),
    kind: 'faster-by',
    ratio: 10,
  },
  {
    name: 'isOpen per call',
    subject: () => isOpen(hours, instants[next()] as number),
    anchorName: 'date-fns-tz toZonedTime per check',
    anchor: () => dateFnsTzIsOpen(instants[next()] as number),
    kind: 'faster-by',
    ratio: 40,
  },
  {
    name: 'isOpen per call',
    subject: () => isOpen(hours, instants[next()] as number),
    anchorName: 'precomputed UTC-offset table (hand-written)',
    anchor: () => baselineIsOpen(instants[next()] as number),
    kind: 'at-most',
    ratio: 2,
  },
];

export const sizes: Suite['sizes'] = [
  { name: '/hours entry (everything it needs bundled, zod external)', code: "export * from './dist/hours/index.js';", limitKb: 4 },
];
