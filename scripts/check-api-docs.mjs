// After `typedoc --out <dir>` (npm run test:docs): the generated site links
// every "Defined in" to an existing line of a file under src/ in the
// repository (package.json `repository`, branch main), and the index page
// shows its title once (scripts/typedoc-plugin.mjs drops the README's own).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? 'docs/api');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const blob = `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/`;

const pages = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
const problems = [];
let links = 0;
for (const page of pages(out)) {
  const html = readFileSync(page, 'utf8');
  for (const [, href] of html.matchAll(/Defined in <a href="([^"]+)"/g)) {
    links++;
    const m = href.startsWith(blob) ? /^(src\/[^#]+)#L(\d+)$/.exec(href.slice(blob.length)) : null;
    if (m === null) problems.push(`${page}: ${href} is not ${blob}src/<file>#L<line>`);
    else if (!existsSync(join(root, m[1]))) problems.push(`${page}: ${m[1]} does not exist`);
    else if (Number(m[2]) > readFileSync(join(root, m[1]), 'utf8').split('\n').length) problems.push(`${page}: ${m[1]} has no line ${m[2]}`);
  }
}
const index = readFileSync(join(out, 'index.html'), 'utf8');
const titles = [...index.matchAll(/<h1\b[^>]*>\s*([^<]*)/g)].map((m) => m[1].trim()).filter((t) => t === pkg.name);
if (titles.length !== 1) problems.push(`index.html shows the title "${pkg.name}" ${titles.length} times`);
if (links < 100) problems.push(`only ${links} "Defined in" links found`);
if (problems.length > 0) {
  console.error(problems.slice(0, 20).join('\n'));
  process.exit(1);
}
console.log(`api docs: ${links} "Defined in" links to ${blob}src/…, all to existing lines; the index page shows its title once`);
