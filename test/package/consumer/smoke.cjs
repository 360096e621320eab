// Requires every public entry with CJS `require` and runs one real call per entry.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

(async () => {
  const { checks } = await import('./checks.mjs');
  const entries = JSON.parse(readFileSync(join(__dirname, 'entries.json'), 'utf8'));
  for (const entry of entries) {
    const mod = require(entry);
    if (Object.keys(mod).length === 0) throw new Error(`${entry} exports nothing`);
    checks[entry](mod);
    console.log(`require ${entry}: ${Object.keys(mod).length} exports, smoke check passed`);
  }
  const schema = require('duke-records-rules/json-schema/records-request.json');
  if (schema.type !== 'object') throw new Error('records-request.json is not an object schema');
  console.log('require duke-records-rules/json-schema/records-request.json: ok');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
