/**
 * Child-process helper of the time-zone property (a worker thread cannot
 * switch its time zone; a process's main thread can): reads
 * `{ zones, cases: [[input, asOf], …] }` as JSON on stdin, and for each zone
 * sets `process.env.TZ`, evaluates every case, and records the host's UTC
 * offset at the epoch (so the parent can prove the zones really differ).
 * Prints `[{ zone, offset, results }, …]` as JSON.
 */
import { evaluateSubmission } from '../../src/to-duke/evaluate-submission/evaluate-submission';
import { es } from '../../src/locales/es';

let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  data += chunk;
});
process.stdin.on('end', () => {
  const { zones, cases } = JSON.parse(data) as { zones: string[]; cases: [unknown, number][] };
  const out = zones.map((zone) => {
    process.env.TZ = zone;
    const results = cases.map(([input, asOf]) => [evaluateSubmission(input, { asOf }), evaluateSubmission(input, { asOf: new Date(asOf), locale: es })]);
    return { zone, offset: new Date(Date.UTC(2020, 0, 1)).getTimezoneOffset(), results };
  });
  process.stdout.write(JSON.stringify(out));
});
