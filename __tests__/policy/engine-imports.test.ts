import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { CDK_CORES, isCdkFramework, packagesReachedFrom, ROOT } from '../helpers/imports';

test.each([
  ['scripts/policy-check.ts'],
  ['lib/policy/check.ts'],
  ['lib/policy/engine/index.ts'],
  ['lib/policy/output/index.ts'],
])('%s never reaches cdktf or constructs: the CLI runs on Terraform JSON alone', (entry) => {
  const packages = packagesReachedFrom(join(ROOT, entry));
  const cdk = [...packages].filter(([name]) => isCdkFramework(name));
  expect(cdk).toEqual([]);
  // The walk follows imports all the way: it reaches the parser's package through the rules.
  expect(packages.has('web-tree-sitter')).toBe(true);
});

test('the walk does find the core where it is imported, through the library index', () => {
  const core = (entry: string) => {
    const packages = packagesReachedFrom(join(ROOT, entry));
    return CDK_CORES.map((name) => packages.get(name)).find((file) => file !== undefined);
  };
  expect(core('lib/policy/cdktf/rdp-hardening-checks.ts')).toBe('lib/policy/cdktf/rdp-hardening-checks.ts');
  expect(core('lib/index.ts')).toBeDefined();
});

test('inside lib/policy, only the cdktf/ folder imports cdktf or constructs', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/from '(cdktf|cdktn|constructs)'/.test(readFileSync(path, 'utf8'))) offenders.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, 'lib', 'policy'));
  expect(offenders.filter((path) => !path.startsWith('lib/policy/cdktf/'))).toEqual([]);
  // The scan does see an import where there is one.
  expect(offenders).toEqual(expect.arrayContaining(['lib/policy/cdktf/rdp-hardening-checks.ts']));
});
