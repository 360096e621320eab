// Imports every public entry with ESM `import` and runs one real call per entry.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { checks } from './checks.mjs';

const entries = JSON.parse(readFileSync(new URL('./entries.json', import.meta.url), 'utf8'));
for (const entry of entries) {
  const mod = await import(entry);
  assert.ok(Object.keys(mod).length > 0, `${entry} exports nothing`);
  assert.ok(checks[entry], `no smoke check for ${entry}`);
  checks[entry](mod);
  console.log(`import ${entry}: ${Object.keys(mod).length} exports, smoke check passed`);
}

// The JSON Schema files, as a non-TypeScript backend reads them.
const schema = (await import('duke-records-rules/json-schema/submission.json', { with: { type: 'json' } })).default;
assert.equal(schema.type, 'object');
assert.ok(schema.properties.patient, 'submission.json describes the patient');
console.log('import duke-records-rules/json-schema/submission.json: ok');
