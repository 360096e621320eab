import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachPeriod, offsetAt, zoneTable, type ZoneTable } from './zone-table';
import { wallClock } from './test-support/oracle';

const H = 3_600_000;
const DAY = 86_400_000;
const BUCKET = 2 ** 31; // the width of a cached slice
const table = (zone: string): ZoneTable => zoneTable(zone) as ZoneTable;

describe('zoneTable', () => {
  it('knows IANA zones and refuses others', () => {
    expect(zoneTable('America/New_York')).not.toBeNull();
    expect(zoneTable('Mars/Olympus_Mons')).toBeNull();
    expect(zoneTable('')).toBeNull();
  });

  it('shares one table per zone, whatever name or letter case reaches it', () => {
    const ny = table('America/New_York');
    expect(table('America/New_York')).toBe(ny);
    expect(table('america/new_york')).toBe(ny);
    expect(table('AMERICA/NEW_YORK')).toBe(ny);
    expect(table('Europe/London')).not.toBe(ny);
  });
});

describe('offsetAt', () => {
  it('is exact to the millisecond at both 2026 changes in New York', () => {
    const ny = table('America/New_York');
    // Spring forward: 2026-03-08 02:00 EST = 07:00Z.
    expect(offsetAt(ny, Date.UTC(2026, 2, 8, 6, 59, 59, 999))).toBe(-5 * H);
    expect(offsetAt(ny, Date.UTC(2026, 2, 8, 7))).toBe(-4 * H);
    // Fall back: 2026-11-01 02:00 EDT = 06:00Z.
    expect(offsetAt(ny, Date.UTC(2026, 10, 1, 5, 59, 59, 999))).toBe(-4 * H);
    expect(offsetAt(ny, Date.UTC(2026, 10, 1, 6))).toBe(-5 * H);
  });

  it('follows the 30-minute shift of Lord Howe and the 45-minute zone of Chatham', () => {
    const lh = table('Australia/Lord_Howe');
    // 2026-10-04 02:00 +10:30 = 2026-10-03T15:30Z, clocks go to 02:30 (+11:00).
    expect(offsetAt(lh, Date.UTC(2026, 9, 3, 15, 29, 59, 999))).toBe(10.5 * H);
    expect(offsetAt(lh, Date.UTC(2026, 9, 3, 15, 30))).toBe(11 * H);
    const ch = table('Pacific/Chatham');
    // 2026-09-27 02:45 +12:45 = 2026-09-26T14:00Z, clocks go to 03:45 (+13:45).
    expect(offsetAt(ch, Date.UTC(2026, 8, 26, 13, 59, 59, 999))).toBe(12.75 * H);
    expect(offsetAt(ch, Date.UTC(2026, 8, 26, 14))).toBe(13.75 * H);
    expect(offsetAt(table('Asia/Kolkata'), Date.UTC(2026, 0, 1))).toBe(5.5 * H);
  });

  it('keeps offsets with seconds (Monrovia, -00:44:30 until 1972)', () => {
    expect(offsetAt(table('Africa/Monrovia'), Date.UTC(1930, 0, 15))).toBe(-(44 * 60 + 30) * 1000);
    expect(offsetAt(table('Africa/Monrovia'), Date.UTC(1973, 0, 15))).toBe(0);
  });

  it('agrees with Intl on random instants from 1900 to 2200 in many zones', () => {
    const zones = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Africa/Casablanca', 'Pacific/Apia', 'Africa/Monrovia', 'Europe/Dublin'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (zone, ms) => {
        expect(offsetAt(table(zone), ms)).toBe(wallClock(zone, ms).offsetMs);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});

describe('offset buckets', () => {
  const synthetic = (read: (ms: number) => number): ZoneTable & { calls: number } => {
    const t = { calls: 0, buckets: [] as ZoneTable['buckets'], read: (ms: number) => (t.calls++, read(ms)) };
    return t;
  };

  it('finds a change exactly on a bucket boundary in the next bucket only', () => {
    const boundary = 125 * BUCKET; // a slice boundary on a whole second (1978-07-04T21:24:16Z)
    const t = synthetic((ms) => (ms >= boundary ? H : 0));
    expect(offsetAt(t, boundary - 1)).toBe(0);
    expect(offsetAt(t, boundary)).toBe(H);
    const seen: [number, number, number][] = [];
    forEachPeriod(t, boundary - 2 * DAY, boundary + 2 * DAY, (a, b, o) => seen.push([a, b, o]));
    expect(seen).toEqual([
      [boundary - 2 * DAY, boundary, 0],
      [boundary, boundary + 2 * DAY, H],
    ]);
  });

  it('finds two changes inside the same day, to the second', () => {
    const first = 3 * BUCKET + 10 * DAY + 7 * H + 1000 - ((3 * BUCKET) % 1000); // on a whole second
    const second = first + 3 * H + 5000;
    const t = synthetic((ms) => (ms < first ? 0 : ms < second ? H : 2 * H));
    const seen: [number, number, number][] = [];
    forEachPeriod(t, first - DAY, second + DAY, (a, b, o) => seen.push([a, b, o]));
    expect(seen).toEqual([
      [first - DAY, first, 0],
      [first, second, H],
      [second, second + DAY, 2 * H],
    ]);
  });

  it('computes a bucket once, then reads it by arithmetic', () => {
    const t = synthetic(() => 0);
    offsetAt(t, 7 * BUCKET + 1);
    const after = t.calls;
    expect(after).toBe(26); // the start, 24 daily samples and the end of a 24.9-day slice
    offsetAt(t, 7 * BUCKET + 2);
    offsetAt(t, 8 * BUCKET - 1);
    expect(t.calls).toBe(after);
  });

  it('visits stretches in order, clipped to the range, across buckets', () => {
    const ny = table('America/New_York');
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2027, 0, 1);
    const seen: [number, number, number][] = [];
    forEachPeriod(ny, from, to, (a, b, o) => seen.push([a, b, o]));
    expect(seen[0]?.[0]).toBe(from);
    expect(seen.at(-1)?.[1]).toBe(to);
    for (let k = 1; k < seen.length; k++) expect(seen[k]?.[0]).toBe(seen[k - 1]?.[1]);
    const changes = seen.filter((s, k) => k > 0 && s[2] !== seen[k - 1]?.[2]).map((s) => [s[0], s[2]]);
    expect(changes).toEqual([
      [Date.UTC(2026, 2, 8, 7), -4 * H],
      [Date.UTC(2026, 10, 1, 6), -5 * H],
    ]);
    const none: unknown[] = [];
    forEachPeriod(ny, from, from, () => none.push(1));
    expect(none).toEqual([]);
  });
});
