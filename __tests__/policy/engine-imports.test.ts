import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { packagesReachedFrom, ROOT } from '../helpers/imports';

test.each([
  ['scripts/policy-check.ts'],
  ['lib/policy/check.ts'],
  ['lib/policy/engine/index.ts'],
  ['lib/policy/output/index.ts'],
])('%s never reaches cdktf or constructs: the CLI runs on Terraform JSON alone', (entry) => {
  const packages = packagesReachedFrom(join(ROOT, entry));
  const cdk = [...packages].filter(([name]) => name === 'cdktf' || name === 'constructs' || name.startsWith('@cdktf/'));
  expect(cdk).toEqual([]);
  // The walk follows imports all the way: it reaches the parser's package through the rules.
  expect(packages.has('web-tree-sitter')).toBe(true);
});

test('the walk does find cdktf where it is imported, through the library index', () => {
  expect(packagesReachedFrom(join(ROOT, 'lib/policy/cdktf/rdp-hardening-checks.ts')).get('cdktf')).toBe(
    'lib/policy/cdktf/rdp-hardening-checks.ts',
  );
  expect(packagesReachedFrom(join(ROOT, 'lib/index.ts')).has('cdktf')).toBe(true);
});

test('inside lib/policy, only the cdktf/ folder imports cdktf or constructs', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/from '(cdktf|constructs)'/.test(readFileSync(path, 'utf8'))) offenders.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, 'lib', 'policy'));
  expect(offenders.sort()).toEqual([
    'lib/policy/cdktf/policy-suppressions.ts',
    'lib/policy/cdktf/rdp-hardening-checks.ts',
  ]);
});
