#!/usr/bin/env node
// The package gate (part of `npm test`, after the build): lints the package
// as published, checks its types in every resolution mode, and installs the
// packed tarball into a throw-away project that imports every public entry
// (every subpath of package.json "exports": the root, /to-duke,
// /lake-norman, /hipaa, /catalog, /locales/es, /hours, /phone, /tracking,
// /fhir, /standard-schema)
// with ESM `import`, CJS `require`, and type-checks a consumer of each of
// them under `moduleResolution: node16` (ESM and CJS) and `bundler`; and runs
// the packed command line (`bin`: duke-records-rules) as installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeBinaries } from './node-binaries.mjs';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
const step = (title) => console.log(`\n▶ ${title}`);

step('publint --strict');
const publint = execFileSync(bin('publint'), ['run', '--strict'], { cwd: root, encoding: 'utf8' });
process.stdout.write(publint);
if (!/All good!/.test(publint)) throw new Error('publint reported messages');

step('attw --pack (node10, node16 CJS, node16 ESM, bundler)');
run(bin('attw'), ['--pack', '.', '--format', 'table-flipped']);

step('supply chain: runtime dependencies, install scripts, npm audit --omit=dev');
// The runtime dependencies the package allows itself (zod is a peer). date-fns-tz is not
// among them: /hours reads offsets from Intl with an explicit zone (see README).
const RUNTIME = ['libphonenumber-js', 'ts-pattern'];
// Dependencies that are types only: the published .d.ts of /fhir imports the FHIR R4 types
// of @medplum/fhirtypes, so consumers must get them; the package has no code at all (checked
// below), and no built .js or .cjs file may import it.
const TYPES_ONLY = ['@medplum/fhirtypes'];
const declared = Object.keys(pkg.dependencies ?? {}).sort();
const allowed = [...RUNTIME, ...TYPES_ONLY].sort();
if (JSON.stringify(declared) !== JSON.stringify(allowed)) throw new Error(`dependencies are ${declared.join(', ')}, expected ${allowed.join(', ')}`);
for (const dep of TYPES_ONLY) {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', dep, 'package.json'), 'utf8'));
  const hooks = ['preinstall', 'install', 'postinstall'].filter((h) => manifest.scripts?.[h]);
  if (hooks.length > 0) throw new Error(`${dep} has install scripts: ${hooks.join(', ')}`);
  if (Object.keys(manifest.dependencies ?? {}).length > 0) throw new Error(`${dep} brings dependencies of its own`);
  if (manifest.main || manifest.module || manifest.exports || !manifest.types) throw new Error(`${dep} is not a types-only package`);
  const code = readdirSync(join(root, 'dist'), { recursive: true })
    .map(String)
    .filter((f) => /\.(c?js)$/.test(f) && readFileSync(join(root, 'dist', f), 'utf8').includes(dep));
  if (code.length > 0) throw new Error(`built code imports the types-only ${dep}: ${code.join(', ')}`);
}
if (JSON.stringify(Object.keys(pkg.peerDependencies ?? {})) !== JSON.stringify(['zod'])) throw new Error('zod must be the only peer dependency');
for (const dep of RUNTIME) {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', dep, 'package.json'), 'utf8'));
  const hooks = ['preinstall', 'install', 'postinstall'].filter((h) => manifest.scripts?.[h]);
  if (hooks.length > 0) throw new Error(`${dep} has install scripts: ${hooks.join(', ')}`);
  if (Object.keys(manifest.dependencies ?? {}).length > 0) throw new Error(`${dep} brings dependencies of its own`);
}
const audit = JSON.parse(
  (() => {
    try {
      return execFileSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      return error.stdout; // npm audit exits non-zero when it finds something
    }
  })(),
);
const vulnerabilities = audit.metadata?.vulnerabilities?.total;
let auditSays;
if (typeof vulnerabilities === 'number') {
  if (vulnerabilities !== 0) throw new Error(`npm audit --omit=dev: ${vulnerabilities} vulnerabilities`);
  auditSays = 'npm audit --omit=dev: 0 vulnerabilities';
} else {
  // The registry reached from here may not serve the advisory endpoint (it answers 405); say so rather than pass silently.
  auditSays = `npm audit --omit=dev: NOT RUN, the registry's advisory endpoint answered ${audit.statusCode ?? audit.message ?? 'nothing usable'}`;
}
console.log(`runtime dependencies: ${RUNTIME.join(', ')} (no install scripts, no dependencies of their own); types only: ${TYPES_ONLY.join(', ')} (no code, imported by no built file); ${auditSays}`);

const work = mkdtempSync(join(tmpdir(), 'drr-consumer-'));
try {
  step('npm pack and the tarball allowlist');
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  )[0];
  const files = packed.files.map((f) => f.path).sort();
  const allowed = (p) => p === 'package.json' || p === 'README.md' || p === 'LICENSE' || p === 'CHANGELOG.md' || /^dist\/.+\.(js|cjs|d\.ts|d\.cts|json)$/.test(p);
  const stray = files.filter((p) => !allowed(p) || /(^|\/)(test|tests|__tests__)\/|\.test\.|\.map$|config\./.test(p));
  if (stray.length > 0) throw new Error(`tarball holds files outside the allowlist: ${stray.join(', ')}`);
  console.log(`${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed: ${files.join(', ')}`);

  step('install the tarball into a fresh consumer project');
  const zodVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'zod', 'package.json'), 'utf8')).version;
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  cpSync(join(root, 'test', 'package', 'consumer'), work, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(work, packed.filename), `zod@${zodVersion}`],
    { cwd: work, stdio: 'inherit' },
  );

  const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json' && !k.includes('*'));
  const entries = subpaths.map((k) => (k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`));
  writeFileSync(join(work, 'entries.json'), JSON.stringify(entries));

  step('every entry has ESM and CJS code and types, in "exports" and in typesVersions');
  for (const k of subpaths) {
    const target = pkg.exports[k];
    for (const [condition, ext] of [
      ['import', { types: '.d.ts', default: '.js' }],
      ['require', { types: '.d.cts', default: '.cjs' }],
    ]) {
      for (const [key, suffix] of Object.entries(ext)) {
        const file = target?.[condition]?.[key];
        if (typeof file !== 'string' || !file.endsWith(suffix)) throw new Error(`exports["${k}"].${condition}.${key} is ${file}, expected a ${suffix} file`);
        if (!files.includes(file.slice(2))) throw new Error(`exports["${k}"].${condition}.${key}: ${file} is not in the tarball`);
      }
    }
    // node10 resolution (moduleResolution "node") finds subpath types through typesVersions only.
    if (k !== '.' && pkg.typesVersions?.['*']?.[k.slice(2)]?.[0] !== target.require.types) {
      throw new Error(`typesVersions["*"]["${k.slice(2)}"] must be ["${target.require.types}"]`);
    }
  }
  // The consumers must import every entry, so that tsc below checks each one's types.
  for (const consumer of ['consumer.ts', 'consumer.cts']) {
    const source = readFileSync(join(work, consumer), 'utf8');
    const missing = entries.filter((entry) => !source.includes(`from '${entry}'`));
    if (missing.length > 0) throw new Error(`test/package/consumer/${consumer} does not import ${missing.join(', ')}`);
  }
  console.log(`${entries.length} entries: ${entries.join(', ')}`);

  for (const node of nodeBinaries()) {
    step(`${node.label}: ESM import of ${entries.join(', ')}`);
    run(node.path, ['smoke.mjs'], { cwd: work });
    step(`${node.label}: CJS require of ${entries.join(', ')}`);
    run(node.path, ['smoke.cjs'], { cwd: work });
  }

  step('the packed command line: bin, shebang, and a run of the installed duke-records-rules');
  const binPath = pkg.bin?.['duke-records-rules'];
  if (typeof binPath !== 'string' || !files.includes(binPath.replace(/^\.\//, ''))) throw new Error(`bin duke-records-rules (${binPath}) is not in the tarball`);
  const installedCli = join(work, 'node_modules', pkg.name, binPath);
  if (!readFileSync(installedCli, 'utf8').startsWith('#!/usr/bin/env node\n')) throw new Error(`${binPath} does not start with the node shebang`);
  const shim = join(work, 'node_modules', '.bin', 'duke-records-rules');
  const version = execFileSync(shim, ['--version'], { cwd: work, encoding: 'utf8' });
  if (version !== `${pkg.version}\n`) throw new Error(`duke-records-rules --version printed ${version}`);
  const submission = JSON.stringify({
    sender: 'patient',
    patient: { name: 'Qx Jane Marker xQ', dateOfBirth: '1980-02-29' },
    items: [{ kind: 'paper', pages: 2, label: { name: true, dateOfBirth: true, everyPage: true } }],
    channel: { kind: 'appointment-copies' },
  });
  for (const node of nodeBinaries()) {
    const checked = JSON.parse(execFileSync(node.path, [installedCli, 'check', '-', '--json'], { cwd: work, encoding: 'utf8', input: submission }));
    if (checked.verdict !== 'accepted') throw new Error(`${node.label}: duke-records-rules check - --json gave ${checked.verdict}`);
    const bad = spawnSync(node.path, [installedCli, 'check', '-'], { cwd: work, encoding: 'utf8', input: submission.slice(0, 40) });
    if (bad.status !== 2 || `${bad.stdout}${bad.stderr}`.includes('Jane')) throw new Error(`${node.label}: bad JSON gave exit ${bad.status} or echoed the input`);
    console.log(`${node.label}: duke-records-rules check - --json → accepted; bad JSON → exit 2, no echo`);
  }

  for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
    step(`tsc -p ${config}`);
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { cwd: work });
  }
  console.log('\npackage gate: all checks passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
