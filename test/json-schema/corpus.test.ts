/**
 * Agreement of the published JSON Schemas with the library, as a non-JS
 * client meets it: the corpus of corpus.ts (valid documents and edge cases
 * of every class) validated by Python's jsonschema (Draft 2020-12) and by
 * ajv, each verdict compared with zod's `safeParse`. Per schema file, both
 * must agree on at least 97% of the corpus, and every document on which one
 * disagrees must carry the label of a limit that the file's `$comment`
 * names. The figures are printed.
 */
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../scripts/json-schema-lib.mjs';
import { buildCorpus, type CorpusEntry } from './corpus';
import { asJson, INPUTS, PYTHON, pythonVerdicts, REQUIRE_PYTHON, ZOD } from './support';

const CORPUS: CorpusEntry[] = buildCorpus().map((e) => ({ ...e, doc: asJson(e.doc) }));
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: false });
const AJV = new Map([...INPUTS].map(([name, schema]) => [name, ajv.compile(schema)]));

interface Row {
  readonly entry: CorpusEntry;
  readonly zod: boolean;
  readonly ajv: boolean;
  readonly python: boolean | null;
}

function verdicts(): Row[] {
  const python = PYTHON ? pythonVerdicts(INPUTS, CORPUS.map((e) => [e.schema, e.doc] as const)) : null;
  return CORPUS.map((entry, i) => ({
    entry,
    zod: (ZOD.get(entry.schema) as { safeParse: (d: unknown) => { success: boolean } }).safeParse(entry.doc).success,
    ajv: (AJV.get(entry.schema) as (d: unknown) => boolean)(entry.doc),
    python: python === null ? null : (python[i] as boolean),
  }));
}

describe('JSON Schema and the library agree on the corpus', () => {
  it.runIf(!PYTHON && !REQUIRE_PYTHON)('(Python 3 with jsonschema is missing here: only ajv is compared; CI installs python3-jsonschema)', () => {
    console.warn('json-schema corpus: python3 -c "import jsonschema" fails here; apt-get install python3-jsonschema to compare Python too');
  });

  it('Python 3 with jsonschema is present where it is required', () => {
    if (REQUIRE_PYTHON) expect(PYTHON).toBe(true);
  });

  it('the corpus is large, covers every input file and every class', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CORPUS.map((e) => e.schema))).toEqual(new Set(INPUTS.keys()));
    const classes = new Set(CORPUS.map((e) => e.cls));
    for (const cls of ['valid', 'slash-or-word-date', 'impossible-date', 'unknown-zone', 'zone-alias', 'whitespace-only', 'non-ascii-digits', 'cross-field', 'extra-key', 'wrong-type', 'boundary', 'padded'])
      expect(classes.has(cls), cls).toBe(true);
    for (const label of Object.keys(LIMITS).filter((l) => l !== 'zone-runtime')) expect(CORPUS.some((e) => e.label === label), label).toBe(true);
  });

  const rows = verdicts();

  it('every disagreement carries a label its file names in $comment, and agreement is at least 97% per file', { timeout: 60_000 }, () => {
    const figures: string[] = [];
    const unexplained: string[] = [];
    for (const name of [...INPUTS.keys()]) {
      const mine = rows.filter((r) => r.entry.schema === name);
      const comment = String(INPUTS.get(name)?.$comment);
      const agree = (pick: (r: Row) => boolean | null) => mine.filter((r) => pick(r) === null || pick(r) === r.zod).length;
      for (const r of mine) {
        for (const [validator, verdict] of [['python', r.python], ['ajv', r.ajv]] as const) {
          if (verdict === null || verdict === r.zod) continue;
          if (r.entry.label === undefined || !comment.includes(`[${r.entry.label}]`))
            unexplained.push(`${name} (${r.entry.cls}): ${validator} ${verdict ? 'accepts' : 'refuses'}, zod ${r.zod ? 'accepts' : 'refuses'} ${JSON.stringify(r.entry.doc).slice(0, 300)}`);
        }
      }
      const python = agree((r) => r.python);
      const byAjv = agree((r) => r.ajv);
      figures.push(`${name.padEnd(18)} ${String(mine.length).padStart(4)} docs  python ${(PYTHON ? ((100 * python) / mine.length).toFixed(1) + '%' : 'n/a').padStart(6)}  ajv ${((100 * byAjv) / mine.length).toFixed(1).padStart(5)}%`);
      expect((100 * python) / mine.length, `${name}: python agreement`).toBeGreaterThanOrEqual(97);
      expect((100 * byAjv) / mine.length, `${name}: ajv agreement`).toBeGreaterThanOrEqual(97);
    }
    const total = (pick: (r: Row) => boolean | null) => rows.filter((r) => pick(r) === null || pick(r) === r.zod).length;
    figures.push(
      `${'all'.padEnd(18)} ${String(rows.length).padStart(4)} docs  python ${(PYTHON ? ((100 * total((r) => r.python)) / rows.length).toFixed(1) + '%' : 'n/a').padStart(6)}  ajv ${((100 * total((r) => r.ajv)) / rows.length).toFixed(1).padStart(5)}%`,
    );
    console.log(`JSON Schema agreement with zod on the corpus (${PYTHON ? 'Python jsonschema and ajv' : 'ajv only'}):\n${figures.join('\n')}`);
    expect(unexplained).toEqual([]);
  });

  it('a labelled entry is a real disagreement (the label is not a blanket excuse), zone-runtime aside', () => {
    const labelled = rows.filter((r) => r.entry.label !== undefined);
    expect(labelled.length).toBeGreaterThan(0);
    for (const r of labelled) expect(r.ajv === r.zod && (r.python === null || r.python === r.zod), `${r.entry.cls} ${JSON.stringify(r.entry.doc)}`).toBe(false);
  });

  it('Python and ajv agree with each other on every document', () => {
    if (!PYTHON) return;
    expect(rows.filter((r) => r.python !== r.ajv).map((r) => `${r.entry.schema} ${JSON.stringify(r.entry.doc).slice(0, 200)}`)).toEqual([]);
  });

  it('the check catches a disagreement: a schema without the date pattern disagrees on impossible dates', { timeout: 120_000 }, () => {
    const patient = structuredClone(INPUTS.get('patient')) as { properties: { dateOfBirth: Record<string, unknown> } };
    patient.properties.dateOfBirth = { type: 'string', maxLength: 10 };
    const loose = new Ajv2020({ strict: true, strictRequired: false }).compile(patient);
    const zod = ZOD.get('patient') as { safeParse: (d: unknown) => { success: boolean } };
    const doc = { name: 'Jane', dateOfBirth: '2026-02-30' };
    expect(loose(doc)).toBe(true);
    expect(zod.safeParse(doc).success).toBe(false);
    if (PYTHON) expect(pythonVerdicts(new Map([['patient', patient]]), [['patient', doc]])).toEqual([true]);
  });
});
