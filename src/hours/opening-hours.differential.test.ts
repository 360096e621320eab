/**
 * Differential test against opening_hours.js with "Mo-Fr 08:00-16:30".
 * opening_hours evaluates in the host zone, so it runs in a child process
 * with TZ=America/New_York: exactly the limitation this library removes.
 * This file itself runs under any TZ.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpen } from './is-open';
import { nextClosing } from './next-closing';
import { nextOpening } from './next-opening';
import { dukeHours } from './test-support/schedules';

const MIN = 60_000;
const script = fileURLToPath(new URL('./test-support/opening-hours-oracle.mjs', import.meta.url));

/** Random minutes of 1970–2100, and the minutes around opening and closing in the DST weeks of a few years. */
function instants(): number[] {
  const random = fc.sample(fc.integer({ min: Date.UTC(1970, 0, 1) / MIN, max: Date.UTC(2100, 11, 24) / MIN }), { numRuns: 2500 }).map((m) => m * MIN);
  const edges: number[] = [];
  for (const year of [1975, 1990, 2006, 2007, 2026, 2027, 2099]) {
    for (const month of [0, 1, 2, 3, 9, 10]) {
      for (let day = 1; day <= 28; day += 5) {
        for (const utcHour of [12, 13, 20, 21]) {
          for (const m of [-1, 0, 29, 30, 31]) edges.push(Date.UTC(year, month, day, utcHour, m));
        }
      }
    }
  }
  return [...random, ...edges];
}

describe('differential: opening_hours.js in a New York process', () => {
  it('agrees on the state and the next change at thousands of instants', () => {
    const at = instants();
    const child = spawnSync(process.execPath, [script], {
      input: JSON.stringify(at),
      env: { ...process.env, TZ: 'America/New_York' },
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(child.status, child.stderr).toBe(0);
    const expected = JSON.parse(child.stdout) as [boolean, number | null][];
    expect(expected).toHaveLength(at.length);
    const duke = dukeHours();
    let compared = 0;
    at.forEach((ms, k) => {
      const [open, next] = expected[k] as [boolean, number | null];
      expect(isOpen(duke, ms), new Date(ms).toISOString()).toEqual({ success: true, open });
      if (next === null) return;
      const r = open ? nextClosing(duke, ms) : nextOpening(duke, ms);
      expect(r.success && r.found && r.at.epochMs, new Date(ms).toISOString()).toBe(next);
      compared++;
    });
    expect(compared).toBeGreaterThan(at.length * 0.99);
  }, 60_000);
});
