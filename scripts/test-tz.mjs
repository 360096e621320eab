#!/usr/bin/env node
// `npm run test:tz`: the whole unit and property suite under five host time
// zones. Results must not depend on the process time zone.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ZONES = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'];
let failed = 0;
for (const tz of ZONES) {
  console.log(`\n▶ TZ=${tz}`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=dot'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) failed++;
}
console.log(failed === 0 ? `\ntime-zone matrix: ${ZONES.length} zones passed` : `\ntime-zone matrix: ${failed} zone(s) failed`);
process.exit(failed === 0 ? 0 : 1);
