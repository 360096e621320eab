#!/usr/bin/env node
// The I/O shell of the `duke-records-rules` command: reads argv, files,
// standard input and the clock, runs the pure CLI (./run.ts) and writes its
// output. Tested end to end by scripts/cli-test.mjs on the built dist/cli.js.
import { readFileSync } from 'node:fs';
import { runCli } from './run';

let version = 'unknown';
try {
  version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
} catch {
  // The version is cosmetic; the commands work without it.
}

const result = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  now: () => new Date(),
  version,
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
