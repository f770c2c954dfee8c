import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, resolve } from 'path';
import * as ts from 'typescript';

// The README is a user's page: at most 15 KB, every relative link resolves (file and #anchor), and its
// props table lists exactly the props of HardenedWindowsInstanceProps, so neither can drift from the code.

const ROOT = join(__dirname, '..', '..');
const README = join(ROOT, 'README.md');
const MAX_README_BYTES = 15_000;
const PAGES = [README, join(ROOT, 'CONTRIBUTING.md'), ...markdownIn(join(ROOT, 'docs'))];

function markdownIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(dir, f))
    : [];
}

/** The page without fenced code and HTML comments, where `[x](y)` is not a link. */
function prose(text: string): string {
  return text.replace(/```[\s\S]*?```/g, '').replace(/<!--[\s\S]*?-->/g, '');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = heading
      .toLowerCase()
      .replace(/<[^>]*>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count ? `${slug}-${count}` : slug);
  }
  return result;
}

/** Relative links of a page that do not resolve, as `target (why)`. */
function brokenLinks(page: string, text: string): string[] {
  const broken: string[] = [];
  for (const [, target] of prose(text).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
    const [path, anchor] = target.split('#');
    const file = path ? resolve(dirname(page), path) : page;
    if (!existsSync(file)) {
      broken.push(`${target} (no such file)`);
    } else if (anchor !== undefined) {
      if (statSync(file).isDirectory() || !anchors(readFileSync(file, 'utf8')).has(anchor)) {
        broken.push(`${target} (no such heading)`);
      }
    }
  }
  return broken;
}

/** The props declared by HardenedWindowsInstanceProps, read from the source with the compiler. */
/** Every prop of HardenedWindowsInstanceProps, its own and those it extends (each setting's props), as the checker sees them. */
function declaredProps(): string[] {
  const file = join(ROOT, 'lib', 'constructs', 'hardened-windows-instance.ts');
  const program = ts.createProgram([file], { strict: true, skipLibCheck: true, noEmit: true, types: [] });
  const source = program.getSourceFile(file);
  const props = source?.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'HardenedWindowsInstanceProps',
  );
  if (!props) throw new Error('HardenedWindowsInstanceProps not found');
  const checker = program.getTypeChecker();
  return checker.getPropertiesOfType(checker.getTypeAtLocation(props.name)).map((p) => p.getName());
}

/** The props named in the first column of the README's "Props" table. */
function tableProps(readme: string): string[] {
  const section = /^## Props\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return rows.flatMap((row) => [...row.split('|')[1].matchAll(/`(\w+)`/g)].map((m) => m[1]));
}

const readme = readFileSync(README, 'utf8');

test(`README.md is at most ${MAX_README_BYTES} bytes`, () => {
  expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(MAX_README_BYTES);
});

test.each(PAGES.map((page) => [page.slice(ROOT.length + 1), page]))(
  '%s: every relative link resolves, to a file and to one of its headings',
  (_, page) => {
    expect(brokenLinks(page, readFileSync(page, 'utf8'))).toEqual([]);
  },
);

test('a broken file link and a broken anchor are both caught', () => {
  expect(brokenLinks(README, '[a](docs/no-such-page.md) [b](CONTRIBUTING.md#no-such-heading) [c](#props)')).toEqual([
    'docs/no-such-page.md (no such file)',
    'CONTRIBUTING.md#no-such-heading (no such heading)',
  ]);
});

test("the README's props table lists exactly the props of HardenedWindowsInstanceProps", () => {
  const declared = declaredProps();
  const listed = tableProps(readme);
  expect(declared.length).toBeGreaterThan(20);
  expect([...listed].sort()).toEqual([...declared].sort());
});
