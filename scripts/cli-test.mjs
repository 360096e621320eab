#!/usr/bin/env node
// `npm run test:cli` (part of `npm test`, after the build): runs the BUILT
// command line, `node dist/cli.js …`, as a user's shell would, on every
// Node.js runtime of scripts/node-binaries.mjs (NODE_MATRIX=off: the
// machine's only). Input comes from a file and from standard input (`-`);
// every case checks the exit code and the output, and that no output ever
// holds the fake patient's name, date of birth or record number, nor a
// stack trace. Ends with "N passed, M failed"; exits non-zero when anything
// failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeBinaries } from './node-binaries.mjs';

const root = resolve(import.meta.dirname, '..');
const CLI = join(root, 'dist', 'cli.js');
if (!existsSync(CLI)) {
  console.error('cli-test: dist/cli.js is missing; build first (npm run build)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Patient data that must never come back.
const NAME = 'Qx Jane Marker xQ';
const DOB = '1980-02-29';
const MRN = 'MRN7731PHI';
const PHI = [NAME, DOB, MRN];

const label = { name: true, dateOfBirth: true, recordNumber: true };
const notAccepted = {
  sender: 'external-clinic',
  patient: { name: NAME, dateOfBirth: DOB, recordNumber: MRN },
  items: [{ kind: 'media', medium: 'cd', radiology: ['mri'], passwordProtected: true, passwordEnclosed: true, label }],
  channel: { kind: 'mail', carrier: 'usps' },
};
const accepted = {
  sender: 'patient',
  patient: { name: NAME, dateOfBirth: DOB, recordNumber: MRN },
  items: [{ kind: 'paper', pages: 12, label: { ...label, everyPage: true } }],
  channel: { kind: 'appointment-copies' },
};

const work = mkdtempSync(join(tmpdir(), 'drr-cli-'));
const write = (name, text) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
const files = {
  notAccepted: write('not-accepted.json', JSON.stringify(notAccepted)),
  accepted: write('accepted.json', JSON.stringify(accepted)),
  badJson: write('bad.json', `{"patient":{"name":"${NAME}","dateOfBirth":"${DOB}","recordNumber":"${MRN}"`),
  badInput: write('bad-input.json', JSON.stringify({ ...notAccepted, sender: 'nobody', patient: { name: NAME, dateOfBirth: '1980-02-30', recordNumber: MRN } })),
  byFax: write('by-fax.json', JSON.stringify({ requester: 'attorney', recipient: 'third-party', purpose: 'other', channel: 'fax', patient: { situation: 'adult', dateOfBirth: DOB }, signer: { role: 'patient' } })),
  authorization: write('authorization.json', JSON.stringify({ information: `Records of ${NAME}`, disclosedTo: 'Example Clinic' })),
  deadline: write('deadline.json', JSON.stringify({ receivedOn: '2026-01-05', extensions: [{ writtenNoticeOn: '2026-02-03', reasonStated: true, expectedOn: '2026-03-01' }] })),
};

/**
 * Each case: arguments, optional stdin, the exit code, and checks of
 * { stdout, stderr } (strings that must appear in stdout, regular
 * expressions on stdout + stderr, or functions returning an error text).
 */
const CASES = [
  { name: 'check <file>: not accepted, text', args: ['check', files.notAccepted, '--as-of', '2026-11-25'], exit: 1, expect: ['Verdict: not-accepted (edition 2025-10-18)', '[channel.radiology-clinic-upload]', 'Steps:'] },
  { name: 'check <file>: accepted', args: ['check', files.accepted], exit: 0, expect: ['Verdict: accepted (edition 2025-10-18)'] },
  {
    name: 'check - (stdin) --json: the library result',
    args: ['check', '-', '--json', '--as-of', '2026-11-25'],
    stdin: JSON.stringify(notAccepted),
    exit: 1,
    expect: [
      ({ stdout }) => {
        const r = JSON.parse(stdout);
        if (r.success !== true || r.verdict !== 'not-accepted' || r.edition !== '2025-10-18') return `unexpected JSON ${stdout.slice(0, 200)}`;
        if (!r.findings.some((f) => f.ruleId === 'password.separate') || !Array.isArray(r.steps)) return 'findings or steps missing';
        return null;
      },
    ],
  },
  { name: 'check --locale es', args: ['check', files.notAccepted, '--locale', 'es'], exit: 1, expect: ['Resultado: not-accepted (edición 2025-10-18)', 'Observaciones:', 'Pasos:'] },
  {
    name: 'check: bad JSON is exit 2, no echo, no stack',
    args: ['check', files.badJson],
    exit: 2,
    expect: [/^duke-records-rules: check: the input is not valid JSON\n/m, ({ stdout }) => (stdout === '' ? null : 'stdout is not empty')],
  },
  { name: 'check - : bad JSON on stdin is exit 2', args: ['check', '-'], stdin: `{"name":"${NAME}"`, exit: 2, expect: [/the input is not valid JSON/] },
  {
    name: 'check: schema issues are exit 2 with the library issues',
    args: ['check', files.badInput],
    exit: 2,
    expect: [/The input was refused:\n  sender: .*\[invalid_value\]\n  patient\.dateOfBirth: .*\[invalid_date\]/],
  },
  {
    name: 'check --json: schema issues as { success: false, issues }',
    args: ['check', files.badInput, '--json', '--locale', 'es'],
    exit: 2,
    expect: [({ stdout }) => (JSON.parse(stdout).issues?.[0]?.code === 'invalid_value' ? null : `unexpected JSON ${stdout.slice(0, 200)}`)],
  },
  { name: 'check: a missing file is exit 2', args: ['check', join(work, 'nope.json')], exit: 2, expect: [/cannot read the input file/] },
  { name: 'unknown command is exit 2', args: ['frobnicate'], exit: 2, expect: [/unknown command 'frobnicate'/] },
  { name: 'unknown option is exit 2', args: ['check', files.accepted, '--frobnicate'], exit: 2, expect: [/Unknown option '--frobnicate'/] },
  { name: 'route: seed-edition fax for an attorney is not ready', args: ['route', files.byFax, '--as-of', '2025-06-01'], exit: 1, expect: ['Not ready to send (edition seed)', '[ln.fax-patient-care-only]'] },
  { name: 'authorization: defects found', args: ['authorization', files.authorization], exit: 1, expect: ['Authorization incomplete', '[hipaa.508c1ii-discloser]'] },
  { name: 'deadline <file>: extended, on time', args: ['deadline', files.deadline, '--as-of', '2026-02-10'], exit: 0, expect: ['Due on: 2026-03-01 (extended)', 'Days remaining: 19'] },
  { name: 'deadline --received-on: overdue', args: ['deadline', '--received-on', '2026-01-05', '--as-of', '2026-03-01'], exit: 1, expect: ['Days remaining: -25'] },
  { name: 'hours --at: open', args: ['hours', '--at', '2026-11-25T15:00:00Z'], exit: 0, expect: ['Open\nNext opening: 2026-11-25T10:00:00 America/New_York'] },
  { name: 'hours --at --locale es --json: closed', args: ['hours', '--at', '2026-11-28T15:00:00Z', '--json', '--locale', 'es'], exit: 1, expect: ['"open": false', '"utc": "2026-11-30T13:00:00.000Z"'] },
  { name: 'destinations', args: ['destinations', '--as-of', '2025-06-01'], exit: 0, expect: ['edition seed', 'duke-document-management: '] },
  { name: 'rules <id> --locale es', args: ['rules', 'originals.never', '--locale', 'es'], exit: 0, expect: ['originals.never (error): El elemento'] },
  { name: '--version', args: ['--version'], exit: 0, expect: [({ stdout }) => (stdout === `${version}\n` ? null : `printed ${stdout}`)] },
  { name: '--help lists the exit codes', args: ['--help'], exit: 0, expect: ['Usage: duke-records-rules <command>', 'Exit codes:'] },
  { name: 'check --help', args: ['check', '--help'], exit: 0, expect: ['Usage: duke-records-rules check <file|->'] },
];

let passed = 0;
let failed = 0;

function check(node, c) {
  const r = spawnSync(node, [CLI, ...c.args], { cwd: root, input: c.stdin ?? '', encoding: 'utf8', timeout: 30_000 });
  const out = { stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  const all = `${out.stdout}${out.stderr}`;
  const problems = [];
  if (r.error) problems.push(r.error.message);
  if (r.status !== c.exit) problems.push(`exit ${r.status}, expected ${c.exit}`);
  for (const secret of PHI) if (all.includes(secret)) problems.push(`output holds patient data (${secret.length} characters)`);
  if (/\n\s+at .+:\d+:\d+/.test(all) || /\b(TypeError|SyntaxError|ReferenceError)\b/.test(all)) problems.push('output holds a stack trace or an error name');
  for (const e of c.expect) {
    if (typeof e === 'string' && !out.stdout.includes(e)) problems.push(`stdout lacks ${JSON.stringify(e)}`);
    if (e instanceof RegExp && !e.test(all)) problems.push(`output does not match ${e}`);
    if (typeof e === 'function') {
      let why;
      try {
        why = e(out);
      } catch (err) {
        why = `check threw: ${err.message}`;
      }
      if (why) problems.push(why);
    }
  }
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${c.name}`);
  } else {
    failed += 1;
    console.log(`  ✗ ${c.name}: ${problems.join('; ')}\n${all.replace(/^/gm, '      ')}`);
  }
}

let runtimes;
try {
  runtimes = nodeBinaries();
} catch (err) {
  failed += 1;
  console.log(`  ✗ node matrix: ${err instanceof Error ? err.message : String(err)}; machine Node only`);
  runtimes = [{ label: `node ${process.version} (machine)`, path: process.execPath }];
}
try {
  for (const { label, path } of runtimes) {
    console.log(`dist/cli.js on ${label}`);
    for (const c of CASES) check(path, c);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
