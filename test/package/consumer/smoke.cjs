// Requires every public entry with CJS `require` and runs one real call per entry.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

(async () => {
  const { checks } = await import('./checks.mjs');
  const entries = JSON.parse(readFileSync(join(__dirname, 'entries.json'), 'utf8'));
  const load = (entry) => {
    if (!entries.includes(entry)) throw new Error(`${entry} is not a public entry`);
    return require(entry);
  };
  for (const entry of entries) {
    const mod = load(entry);
    if (Object.keys(mod).length === 0) throw new Error(`${entry} exports nothing`);
    if (typeof checks[entry] !== 'function') throw new Error(`no smoke check for ${entry}`);
    checks[entry](mod, load);
    console.log(`require ${entry}: ${Object.keys(mod).length} exports, smoke check passed`);
  }
  const schema = require('duke-records-rules/json-schema/records-request.json');
  if (schema.type !== 'object') throw new Error('records-request.json is not an object schema');
  console.log('require duke-records-rules/json-schema/records-request.json: ok');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
