/**
 * `npm run bench`: runs every suite in `bench/suites/`, printing each speed
 * budget as a ratio against its anchor (measured side by side
 * in this one run) and each size budget measured on the built output.
 * Exits non-zero when a budget is missed, so a release script can gate on it.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledSize, measureCold, measureSideBySide, type Suite } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const suitesDir = join(root, 'bench', 'suites');
const only = process.argv[2];

const fmt = (ns: number): string => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);

let failed = 0;
const speedRows: string[][] = [];
const sizeRows: string[][] = [];
const coldRows: string[][] = [];

for (const file of readdirSync(suitesDir).filter((f) => f.endsWith('.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  const suite = (await import(pathToFileURL(join(suitesDir, file)).href)) as Suite;
  for (const b of suite.speed ?? []) {
    const [subject, anchor] = measureSideBySide([b.subject, b.anchor]) as [number, number];
    const ratio = b.kind === 'at-most' ? subject / anchor : anchor / subject;
    const ok = b.kind === 'at-most' ? ratio <= b.ratio : ratio >= b.ratio;
    if (!ok) failed++;
    speedRows.push([
      b.name,
      fmt(subject),
      b.anchorName,
      fmt(anchor),
      b.kind === 'at-most' ? `${ratio.toFixed(2)}× anchor` : `${ratio.toFixed(1)}× faster`,
      b.kind === 'at-most' ? `≤ ${b.ratio}×` : `≥ ${b.ratio}× faster`,
      ok ? 'pass' : 'FAIL',
    ]);
  }
  for (const c of suite.cold ?? []) {
    const ms = measureCold(c.script, root);
    const ok = ms <= c.limitMs;
    if (!ok) failed++;
    coldRows.push([c.name, `${ms.toFixed(2)} ms`, `≤ ${c.limitMs} ms`, ok ? 'pass' : 'FAIL']);
  }
  for (const s of suite.sizes ?? []) {
    const bytes = await bundledSize(s.code, root);
    const ok = bytes <= s.limitKb * 1024;
    if (!ok) failed++;
    sizeRows.push([s.name, `${(bytes / 1024).toFixed(2)} KB`, `≤ ${s.limitKb} KB`, ok ? 'pass' : 'FAIL']);
  }
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

console.log(`\nSpeed (median per call, interleaved rounds, node ${process.version})\n`);
console.log(table(['budget', 'subject', 'anchor', 'anchor time', 'ratio', 'budget', 'result'], speedRows));
console.log('\nCold start (built package, median of 15 fresh processes)\n');
console.log(table(['figure', 'median', 'budget', 'result'], coldRows));
console.log('\nSize (built output, esbuild minify + gzip -9, zod external)\n');
console.log(table(['entry', 'size', 'budget', 'result'], sizeRows));
console.log(failed === 0 ? '\nAll budgets met.' : `\n${failed} budget(s) missed.`);
process.exitCode = failed === 0 ? 0 : 1;
