import { DAY_MS } from './limits';

/**
 * Width of one cached slice of a zone's offsets: 2^31 ms (about 24.9 days),
 * a power of two, so finding the slice of an instant is a multiplication.
 */
const BUCKET_MS = 2 ** 31;
/** Added to slice numbers so that 1900 (slice -1029) and a margin before it are non-negative. */
const BASE = 1031;
/** Slices preallocated per zone: every accepted instant, with a margin of weeks after 2200 (slice 3379). */
const SLOTS = 4420;

/**
 * The offsets of one bucket, flat: `[offset, until, offset, until…]`: each
 * offset holds from the bucket's start or the `until` before it, up to (not
 * including) its own `until`; the last `until` is the bucket's end. One
 * array, so a lookup is a single load.
 */
type Bucket = readonly number[];

/**
 * The UTC offsets of one time zone, computed from `Intl.DateTimeFormat` the
 * first time a slice of about 25 days is needed, then read by arithmetic.
 *
 * @internal
 * @example
 * ```ts
 * const ny = zoneTable('America/New_York');
 * if (ny) offsetAt(ny, Date.UTC(2026, 6, 1)); // -14400000
 * ```
 */
export interface ZoneTable {
  /** Offset in milliseconds at an instant (second resolution), from Intl. */
  readonly read: (ms: number) => number;
  readonly buckets: (Bucket | undefined)[];
}

const TABLES = new Map<string, ZoneTable>();

/** An offset reader for the zone of `format`: wall-clock time minus UTC, to the second. */
function reader(format: Intl.DateTimeFormat): (ms: number) => number {
  return (ms) => {
    // en-US with hourCycle h23: "M/D/YYYY, HH:MM:SS"; digits only are read.
    const n = (format.format(ms).match(/\d+/g) as string[]).map(Number) as [number, number, number, number, number, number];
    return Date.UTC(n[2], n[0] - 1, n[1], n[3] % 24, n[4], n[5]) - Math.floor(ms / 1000) * 1000;
  };
}

/**
 * The offset table of an IANA time zone, shared by every schedule in that
 * zone; `null` when the runtime does not know the zone.
 *
 * @internal
 * @param zone - an IANA time-zone name
 * @returns the table, or `null`
 *
 * @example
 * ```ts
 * zoneTable('Asia/Kolkata') !== null; // true
 * zoneTable('Mars/Olympus_Mons'); // null
 * ```
 */
export function zoneTable(zone: string): ZoneTable | null {
  return TABLES.get(zone) ?? newTable(zone);
}

/** {@link zoneTable} of a name not seen yet. */
function newTable(zone: string): ZoneTable | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  const canonical = format.resolvedOptions().timeZone;
  // A dense array (not a sparse one, which engines store as a dictionary): one slot per bucket up to 2200.
  const table = TABLES.get(canonical) ?? { read: reader(format), buckets: new Array<Bucket | undefined>(SLOTS).fill(undefined) };
  TABLES.set(canonical, table);
  if (TABLES.size < 1000) TABLES.set(zone, table); // aliases and letter cases, within reason
  return table;
}

/**
 * Computes one bucket: offsets sampled once a day and at its end, and every
 * change found to the second by bisection. (An offset that held for less
 * than a day between two samples would be missed; the tests compare the
 * tables with Intl on random instants of 1900–2200 in many zones.)
 */
function build(table: ZoneTable, index: number): Bucket {
  const start = (index - BASE) * BUCKET_MS;
  const end = start + BUCKET_MS;
  // Offsets change on whole seconds and `read` sees whole seconds only, so every
  // point read is a whole second: each bisection step then makes progress.
  const last = Math.floor(end / 1000) * 1000;
  let at = Math.floor(start / 1000) * 1000;
  let offset = table.read(at);
  const bucket = [offset];
  while (at < last) {
    const sample = Math.min(at + DAY_MS, last);
    const next = table.read(sample);
    while (next !== offset) {
      // The first second after `at` whose offset is not `offset`.
      let lo = at;
      let hi = sample;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (table.read(mid) === offset) lo = mid;
        else hi = mid;
      }
      at = hi;
      offset = table.read(hi);
      // `hi` is before `end`, or is `end` itself (a whole second), with an empty stretch after it.
      bucket.push(hi, offset);
    }
    at = sample;
  }
  bucket.push(end);
  table.buckets[index] = bucket;
  return bucket;
}

/** The index in `bucket` of the offset that holds at `ms` (an instant inside the bucket). */
function indexIn(bucket: Bucket, ms: number): number {
  let k = 0;
  while (ms >= (bucket[k + 1] as number)) k += 2;
  return k;
}

/** The bucket that holds `ms`, computed the first time it is needed. */
function bucketOf(table: ZoneTable, ms: number): Bucket {
  const index = Math.floor(ms / BUCKET_MS) + BASE;
  return table.buckets[index] ?? build(table, index);
}

/**
 * The zone's offset (wall-clock time minus UTC, in milliseconds) at an
 * instant. Arithmetic on the cached table once its bucket is known.
 *
 * @internal
 * @param table - the zone's table
 * @param ms - epoch milliseconds
 * @returns the offset in milliseconds
 *
 * @example
 * ```ts
 * offsetAt(zoneTable('America/New_York')!, Date.UTC(2026, 0, 1)); // -18000000
 * ```
 */
export function offsetAt(table: ZoneTable, ms: number): number {
  const bucket = bucketOf(table, ms);
  return bucket[indexIn(bucket, ms)] as number;
}

/**
 * Calls `visit` for every stretch of constant offset inside `[from, to)`,
 * in order, each clipped to the range (a stretch that crosses a bucket
 * boundary is visited in two parts).
 *
 * @internal
 * @param table - the zone's table
 * @param from - start (included), epoch milliseconds
 * @param to - end (excluded), epoch milliseconds
 * @param visit - receives the stretch's start, end and offset
 * @returns nothing
 *
 * @example
 * ```ts
 * const periods: [number, number, number][] = [];
 * forEachPeriod(ny, Date.UTC(2026, 2, 8), Date.UTC(2026, 2, 9), (a, b, off) => periods.push([a, b, off]));
 * // two stretches: offset -5 h until 07:00Z, then -4 h
 * ```
 */
export function forEachPeriod(table: ZoneTable, from: number, to: number, visit: (start: number, end: number, offset: number) => void): void {
  for (let start = from; start < to; ) {
    const bucket = bucketOf(table, start);
    const k = indexIn(bucket, start);
    const end = Math.min(bucket[k + 1] as number, to);
    visit(start, end, bucket[k] as number);
    start = end;
  }
}
