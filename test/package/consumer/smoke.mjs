// Imports every public entry with ESM `import` and runs one real call per entry.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { checks } from './checks.mjs';

const entries = JSON.parse(readFileSync(new URL('./entries.json', import.meta.url), 'utf8'));
assert.deepEqual(Object.keys(checks).sort(), [...entries].sort(), 'one smoke check per public entry, and none for another');
const modules = new Map();
for (const entry of entries) modules.set(entry, await import(entry));
const load = (entry) => {
  assert.ok(modules.has(entry), `${entry} is not a public entry`);
  return modules.get(entry);
};
for (const entry of entries) {
  const mod = load(entry);
  assert.ok(Object.keys(mod).length > 0, `${entry} exports nothing`);
  checks[entry](mod, load);
  console.log(`import ${entry}: ${Object.keys(mod).length} exports, smoke check passed`);
}

// The JSON Schema files, as a non-TypeScript backend reads them.
const schema = (await import('duke-records-rules/json-schema/submission.json', { with: { type: 'json' } })).default;
assert.equal(schema.type, 'object');
assert.ok(schema.properties.patient, 'submission.json describes the patient');
console.log('import duke-records-rules/json-schema/submission.json: ok');
const result = (await import('duke-records-rules/json-schema/results/submission-result.json', { with: { type: 'json' } })).default;
assert.equal(result.title, 'duke-records-rules evaluateSubmission result');
console.log('import duke-records-rules/json-schema/results/submission-result.json: ok');
