// `npm run test:examples`: runs the examples (the demo, the checklist, the
// FHIR directory Bundle, the Hono backend) against the BUILT package
// (`npm test` builds first; this script builds nothing) on every Node.js
// runtime of scripts/node-binaries.mjs (the machine's, 22 and 24; set
// NODE_MATRIX=off for the machine's only), TypeScript through tsx's loader
// (`node --import tsx file.ts`, Node >= 20.6), then the intake page once in
// headless Chromium (examples/intake-page/check.mjs: SKIPPED without
// /usr/bin/chromium unless REQUIRE_BROWSER=1), and type-checks every ```ts
// block of docs/guides/*.md against the built types, resolved through the
// package's own `exports` as a user's project would. Ends with
// "N passed, M failed" and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeBinaries } from './node-binaries.mjs';

const root = resolve(import.meta.dirname, '..');
const AS_OF = '2026-11-25T15:00:00Z'; // a Wednesday, 10:00 in New York

for (const file of ['dist/index.js', 'dist/to-duke/index.js', 'dist/lake-norman/index.js', 'dist/locales/es/index.js', 'dist/hours/index.js', 'dist/tracking/index.js', 'dist/fhir/index.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`examples: ${file} is missing; build first (npx tsup)`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

/**
 * Each case: a script, its arguments, and what its output must contain
 * (strings or regular expressions). A case fails on a non-zero exit, a
 * timeout, or a missing expectation.
 */
const CASES = [
  {
    name: 'demo.ts',
    args: ['examples/demo.ts', AS_OF],
    expect: [
      'verdict: not-accepted   (edition 2025-10-18)',
      'verdict: accepted   (edition 2025-10-18)',
      'verdict: accepted-with-warnings   (edition 2025-10-18)',
      '[carrier.usps-untracked]',
      '[channel.radiology-clinic-upload]',
      // the third submission, in Spanish through `{ locale: es }`
      'Los documentos y medios extraíbles enviados a Duke no se devuelven.',
      'Envíe las copias por FedEx a: Document Management',
      'edition seed (as of 2025-06-01); ready to send: false',
      'requested fax: not accepted, use mail instead',
      'Mail the completed, signed form to: Attn: Medical Records Department, Duke Health Lake Norman Hospital',
      'edition 2025-10-18 (as of 2026-11-25); ready to send: true',
      // the HIPAA authorization: valid as signed; revoked, complete but not valid
      'as signed: complete true, valid true',
      'revoked in writing on 2026-03-01: complete true, valid false',
      '[hipaa.508b2iii-revoked]',
      'Yes, open now: 2026-11-25T10:00:00 America/New_York',
      'ups 1Z999AA10123456784: valid',
    ],
  },
  {
    name: 'checklist.ts',
    args: ['examples/checklist.ts', AS_OF],
    expect: [
      'Checklist: sending records to Duke (2025-10-18)',
      'Verdict: accepted-with-warnings',
      'Send copies, never originals',
      'Lista de verificación: envío de registros a Duke (2025-10-18)',
      'Resultado: accepted-with-warnings',
      'Envíe copias, nunca originales',
      /\[ \] 8\. ¿Preguntas\?/,
    ],
  },
  {
    name: 'fhir-directory.ts',
    args: ['examples/fhir-directory.ts'],
    expect: [
      '"resourceType": "Bundle"',
      '"type": "collection"',
      '"url": "http://hl7.org/fhir/StructureDefinition/timezone"',
      '"valueCode": "America/New_York"',
      '6 resources, directory edition 2025-10-18:',
      '- Organization/duke-document-management: phone +19196846178, fax +19196205165',
      '- HealthcareService/duke-document-management: phone +19196846178, fax +19196205165; open mon tue wed thu fri 08:00:00-16:30:00',
      '- Organization/duke-release-of-information: fax +19196205165, email ROI-Requestor3@dm.duke.edu',
    ],
  },
  {
    name: 'fhir-directory.ts (seed edition)',
    args: ['examples/fhir-directory.ts', '2025-01-01'],
    expect: ['5 resources, directory edition seed:', '- Location/lake-norman-medical-records', '"postalCode": "28117"'],
  },
  {
    name: 'hono-backend/check.ts',
    args: ['examples/hono-backend/check.ts'],
    expect: [/hono-backend: (\d+) of \1 checks passed/],
  },
];

let passed = 0;
let failed = 0;

/** Runs one script; returns null when it passed, or why it failed. */
function run(node, args, expect) {
  const started = performance.now();
  const r = spawnSync(node, args, { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, FORCE_COLOR: '0' } });
  const ms = Math.round(performance.now() - started);
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error) return { ms, out, why: r.error.message };
  if (r.status !== 0) return { ms, out, why: `exit code ${r.status}${r.signal ? ` (${r.signal})` : ''}` };
  const missing = expect.filter((e) => (typeof e === 'string' ? !out.includes(e) : !e.test(out)));
  return { ms, out, why: missing.length > 0 ? `output lacks ${missing.map(String).join(' | ')}` : null };
}

function report(label, result) {
  if (result.why === null) {
    passed += 1;
    console.log(`  ✓ ${label} (${result.ms} ms)`);
  } else {
    failed += 1;
    console.log(`  ✗ ${label}: ${result.why}\n${result.out.replace(/^/gm, '      ')}`);
  }
}

/**
 * Writes each ```ts block of the guides to .cache/guides-check/ (inside the
 * package, so that `duke-records-rules` resolves to dist/ by self-reference)
 * and type-checks them all with one tsc run.
 */
function checkGuides() {
  const dir = join(root, '.cache', 'guides-check');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let blocks = 0;
  for (const file of readdirSync(join(root, 'docs', 'guides')).filter((f) => f.endsWith('.md'))) {
    const md = readFileSync(join(root, 'docs', 'guides', file), 'utf8');
    let n = 0;
    for (const [, code] of md.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
      n += 1;
      blocks += 1;
      // One module per block; `export {}` keeps each block's names to itself.
      writeFileSync(join(dir, `${file.replace(/\.md$/, '')}-${n}.ts`), `${code}\nexport {};\n`);
    }
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { lib: ['ES2022', 'DOM'], noEmit: true }, include: ['*.ts'] }),
  );
  const result = run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], []);
  if (blocks === 0) return { ...result, why: 'no ```ts block found in docs/guides' };
  return result.why === null ? result : { ...result, why: `${result.why} (tsc on ${blocks} blocks)` };
}

let runtimes;
try {
  runtimes = nodeBinaries();
} catch (err) {
  failed += 1;
  console.log(`  ✗ node matrix: ${err instanceof Error ? err.message : String(err)}; machine Node only`);
  runtimes = [{ label: `node ${process.version} (machine)`, path: process.execPath }];
}

for (const { label, path } of runtimes) {
  console.log(`examples on ${label}`);
  for (const c of CASES) report(c.name, run(path, ['--import', 'tsx', ...c.args], c.expect));
}

console.log('intake page in headless Chromium');
const browser = run(process.execPath, ['examples/intake-page/check.mjs'], [/intake-page: \d+ browser checks passed|SKIPPED: /]);
if (browser.why === null && browser.out.includes('SKIPPED: ')) {
  console.log(`  - ${browser.out.trim()}`);
} else {
  report('intake-page/check.mjs', browser);
  if (browser.why === null) console.log(browser.out.match(/screenshot: .*/)?.[0].replace(/^/, '    ') ?? '');
}

console.log('guides: code blocks type-check against the built package');
report('docs/guides/*.md', checkGuides());

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
