/**
 * The README is the package page on npm, where the repository's files are
 * not: every link must be absolute. Links into the repository point at
 * `https://github.com/duke-records-rules/duke-records-rules/blob/main/<path>`
 * (the `repository` of package.json), and <path> must exist here, with its
 * `#anchor` when one is given; an in-page `#anchor` must be a README heading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
const REPO = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const BLOB = `${REPO}/blob/main/`;

/** Every link target of a Markdown text: inline links, images, reference definitions and HTML href/src. */
export function linkTargets(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, ''); // code blocks hold code, not links
  const targets = [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] as string),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1] as string),
    ...[...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1] as string),
  ];
  return targets;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchors = (markdown: string): Set<string> => new Set([...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug((m[1] as string).replace(/`/g, ''))));

/** The links of a Markdown text that would not work from the npm package page, with the reason. */
export function brokenLinks(markdown: string): string[] {
  const out: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (target.startsWith('#')) {
      if (!anchors(markdown).has(target.slice(1))) out.push(`${target}: no such heading`);
    } else if (!/^(https:|mailto:)/.test(target)) {
      out.push(`${target}: relative (the package page on npm has no repository files); link to ${BLOB}…`);
    } else if (target.startsWith(BLOB)) {
      const [path, anchor] = target.slice(BLOB.length).split('#') as [string, string | undefined];
      const file = join(ROOT, decodeURIComponent(path));
      if (!existsSync(file)) out.push(`${target}: ${path} is not in the repository`);
      else if (anchor !== undefined && path.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(anchor)) out.push(`${target}: no heading #${anchor} in ${path}`);
    } else if (target.startsWith(`${REPO}/`) && !target.startsWith(`${REPO}/tree/main/`)) {
      out.push(`${target}: link into the repository through ${BLOB} or ${REPO}/tree/main/`);
    }
  }
  return out;
}

describe('README links work from the npm package page', () => {
  it('every link is absolute, and every repository file it names exists', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(linkTargets(readme).filter((t) => t.startsWith(BLOB)).length).toBeGreaterThan(10);
    expect(brokenLinks(readme)).toEqual([]);
  });

  it('a relative link, a missing file or a missing anchor fails', () => {
    expect(brokenLinks('See [the docs](docs/architecture.md).')).toEqual([expect.stringMatching(/^docs\/architecture\.md: relative/)]);
    expect(brokenLinks('![logo](./logo.png) and <a href="examples/demo.ts">demo</a>')).toHaveLength(2);
    expect(brokenLinks('[x]: docs/rules.md')).toHaveLength(1);
    expect(brokenLinks(`[gone](${BLOB}docs/no-such-file.md)`)).toEqual([expect.stringMatching(/is not in the repository/)]);
    expect(brokenLinks(`[budgets](${BLOB}docs/architecture.md#no-such-heading)`)).toEqual([expect.stringMatching(/no heading/)]);
    expect(brokenLinks('[up](#nowhere)\n# Somewhere')).toEqual(['#nowhere: no such heading']);
    expect(brokenLinks(`# Here\n[ok](#here) [ok](https://example.org) [ok](${BLOB}README.md)\n\`\`\`md\n[code](not/a/link)\n\`\`\``)).toEqual([]);
  });
});
