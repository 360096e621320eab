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
