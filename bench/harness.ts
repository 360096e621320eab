/**
 * A small side-by-side benchmark harness. Every budget pairs a subject with
 * its anchor; both are timed in the same process, in interleaved rounds, so
 * the ratio is robust to the machine's speed and load. Timings are printed,
 * never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** A speed budget: `subject` against `anchor`, measured side by side. */
export interface SpeedBudget {
  /** What is measured, e.g. `isOpen per call`. */
  readonly name: string;
  readonly subject: () => unknown;
  readonly anchorName: string;
  readonly anchor: () => unknown;
  /**
   * `at-most`: subject time ≤ `ratio` × anchor time (the anchor is a floor);
   * `faster-by`: anchor time ≥ `ratio` × subject time.
   */
  readonly kind: 'at-most' | 'faster-by';
  readonly ratio: number;
}

/** A size budget: an import statement bundled from the built package. */
export interface SizeBudget {
  readonly name: string;
  /** Module source importing from `duke-records-rules` (resolved to `dist/`). */
  readonly code: string;
  readonly limitKb: number;
}

/**
 * A cold-start budget: a figure in milliseconds that a fresh Node process
 * prints (its last line of output), as the median of several processes.
 */
export interface ColdBudget {
  readonly name: string;
  /** An ES module run with `node --input-type=module -e` in the package root; it imports the built package by name and prints one number. */
  readonly script: string;
  readonly limitMs: number;
}

/** What a file in `bench/suites/` exports. */
export interface Suite {
  readonly speed?: readonly SpeedBudget[];
  readonly sizes?: readonly SizeBudget[];
  readonly cold?: readonly ColdBudget[];
}

let sink: unknown;

function batch(fn: () => unknown, n: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink = fn();
  return Number(process.hrtime.bigint() - start) / n;
}

function calibrate(fn: () => unknown, targetNs: number): number {
  let n = 1;
  for (;;) {
    const per = batch(fn, n);
    if (per * n >= targetNs || n >= 1 << 24) return Math.max(1, Math.ceil(targetNs / Math.max(per, 0.01)));
    n *= 4;
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Median ns per call of each function, in `rounds` interleaved rounds. */
export function measureSideBySide(fns: readonly (() => unknown)[], rounds = 15, batchNs = 8e6): number[] {
  const sizes = fns.map((fn) => {
    for (let i = 0; i < 200; i++) sink = fn();
    return calibrate(fn, batchNs);
  });
  const samples: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => samples[i]?.push(batch(fn, sizes[i] as number)));
  }
  if (sink === Symbol.for('never')) console.log('');
  return samples.map(median);
}

/** Minified + gzipped size in bytes of `code` bundled from the built package (zod external). */
export async function bundledSize(code: string, root: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: ['zod', 'zod/*'],
    write: false,
    alias: { 'duke-records-rules': root },
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  return out ? gzipSync(out.contents, { level: 9 }).length : 0;
}

/**
 * Median, over `runs` fresh Node processes started one after the other, of
 * the number `script` prints. The package resolves itself by name from
 * `root` (its `exports`), so the built output is what is measured.
 */
export function measureCold(script: string, root: string, runs = 15): number {
  const figures: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const last = r.stdout.trim().split('\n').at(-1) ?? '';
    const figure = Number(last);
    if (r.status !== 0 || !Number.isFinite(figure)) throw new Error(`cold bench: the script failed (status ${r.status}): ${r.stderr.slice(0, 500)}`);
    figures.push(figure);
  }
  return median(figures);
}
