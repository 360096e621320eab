/**
 * Type-checks the `@example` blocks of the TSDoc comments in src/ (as date-fns
 * does): every fenced ```ts block that imports from `duke-records-rules` is
 * (or one of its subpaths, `duke-records-rules/locales/es` included) is
 * written to .tmp/doc-examples/ as its own module and compiled with the
 * project's strict settings, the package name and every subpath of its
 * "exports" mapped to src/.
 * `npm run test:docs` runs it; it exits non-zero on any type error.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const out = join(root, '.tmp', 'doc-examples');

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** Every ```ts block inside a /** comment of src/ that imports the package. */
export function collectExamples(): Example[] {
  const examples: Example[] = [];
  for (const file of walk(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const body = comment[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''));
      const startLine = text.slice(0, comment.index).split('\n').length;
      for (let i = 0; i < body.length; i++) {
        if (!/^```ts\s*$/.test(body[i] ?? '')) continue;
        const end = body.findIndex((l, j) => j > i && /^```\s*$/.test(l));
        if (end < 0) break;
        const code = body.slice(i + 1, end).join('\n');
        if (/from 'duke-records-rules(\/[a-z-]+)*'/.test(code)) examples.push({ file: relative(root, file), line: startLine + i, code });
        i = end;
      }
    }
  }
  return examples;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const examples = collectExamples();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const names = examples.map((e, n) => {
    const name = `example-${String(n).padStart(3, '0')}.ts`;
    writeFileSync(join(out, name), `// ${e.file}:${e.line}\n${e.code}\nexport {};\n`);
    return name;
  });
  writeFileSync(
    join(out, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.json',
      compilerOptions: {
        noEmit: true,
        noUnusedLocals: false,
        types: ['node'],
        baseUrl: '../..',
        paths: {
          'duke-records-rules': ['./src/index.ts'],
          'duke-records-rules/to-duke': ['./src/to-duke/index.ts'],
          'duke-records-rules/lake-norman': ['./src/lake-norman/index.ts'],
          'duke-records-rules/hipaa': ['./src/hipaa/index.ts'],
          'duke-records-rules/catalog': ['./src/catalog/index.ts'],
          'duke-records-rules/locales/es': ['./src/locales/es/index.ts'],
          'duke-records-rules/hours': ['./src/hours/index.ts'],
          'duke-records-rules/phone': ['./src/phone/index.ts'],
          'duke-records-rules/tracking': ['./src/tracking/index.ts'],
          'duke-records-rules/fhir': ['./src/fhir/index.ts'],
        },
      },
      include: names,
    }),
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(out, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  const errors = (tsc.stdout ?? '').split('\n').filter((l) => /error TS/.test(l));
  for (const line of errors) {
    const file = /example-(\d+)\.ts/.exec(line);
    const example = file ? examples[Number(file[1])] : undefined;
    console.log(example ? `${example.file}:${example.line}: ${line.replace(/^.*?error/, 'error')}` : line);
  }
  console.log(`${examples.length} doc examples type-checked, ${errors.length} error(s)`);
  process.exit(errors.length === 0 && tsc.status === 0 ? 0 : 1);
}
