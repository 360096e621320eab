/**
 * An independent oracle for the hours tests: reads the wall clock of every
 * instant with `Intl.DateTimeFormat` (explicit zone, so the host zone never
 * matters) and decides openness from that alone, with no table, no cache
 * and no bisection.
 */
import type { WeeklySchedule } from '../types';

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, f);
  }
  return f;
}

/** The wall clock at `ms` in `zone`: local date, weekday (Monday 0), ms after local midnight, offset. */
export function wallClock(zone: string, ms: number): { date: string; weekday: number; time: number; offsetMs: number; local: string } {
  const parts = Object.fromEntries(format(zone).formatToParts(ms).map((p) => [p.type, p.value]));
  const [y, mo, d, h, mi, s] = [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map(Number) as number[];
  const millis = ((ms % 1000) + 1000) % 1000;
  const time = (((h as number) % 24) * 3600 + (mi as number) * 60 + (s as number)) * 1000 + millis;
  const date = `${String(y).padStart(4, '0')}-${parts.month}-${parts.day}`;
  const wallAsUtc = Date.UTC(y as number, (mo as number) - 1, d, (h as number) % 24, mi, s, millis);
  const local = `${date}T${String((h as number) % 24).padStart(2, '0')}:${parts.minute}:${parts.second}${millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`}`;
  return { date, weekday: WEEKDAY_INDEX[parts.weekday as string] as number, time, offsetMs: wallAsUtc - ms, local };
}

const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Whether `schedule` is open at `ms`, by the definition, from the wall clock alone. */
export function oracleIsOpen(schedule: WeeklySchedule, ms: number): boolean {
  const w = wallClock(schedule.timeZone, ms);
  for (const c of schedule.closures ?? []) {
    if ('date' in c ? c.date === w.date : c.from <= w.date && w.date <= c.to) return false;
  }
  return (schedule.weekly[NAMES[w.weekday] as (typeof NAMES)[number]] ?? []).some(
    (r) => minutes(r.start) * 60_000 <= w.time && w.time < minutes(r.end) * 60_000,
  );
}

/** `+hh:mm` (or `+hh:mm:ss`) of an offset in ms. */
export function offsetText(offsetMs: number): string {
  const abs = Math.abs(offsetMs) / 1000;
  const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
  const mm = String(Math.floor(abs / 60) % 60).padStart(2, '0');
  const ss = abs % 60;
  return `${offsetMs < 0 ? '-' : '+'}${hh}:${mm}${ss === 0 ? '' : `:${String(ss).padStart(2, '0')}`}`;
}
