import { readdirSync, readFileSync } from 'fs';
import { dirname, join, relative } from 'path';
import { CDK_CORES, isCdkFramework, packagesReachedFrom, ROOT } from './helpers/imports';

test.each([['lib/validation/index.ts'], ['lib/settings/index.ts'], ['lib/powershell/index.ts']])(
  '%s reaches neither cdktf nor constructs: the model and the renderer serve plain Terraform users too',
  (entry) => {
    expect([...packagesReachedFrom(join(ROOT, entry)).keys()].filter(isCdkFramework)).toEqual([]);
  },
);

test('the package root does not load the PowerShell parser: defining instances needs no policy checks', () => {
  const packages = packagesReachedFrom(join(ROOT, 'lib/index.ts'));
  expect(CDK_CORES.some((core) => packages.has(core))).toBe(true);
  expect(packages.has('web-tree-sitter')).toBe(false);
});

/** Each layer's folder, and the layers it may import from (those above it). */
const LAYERS: Array<[string, string[]]> = [
  ['validation', []],
  ['settings', ['validation']],
  ['powershell', ['validation', 'settings']],
  ['providers', []],
  ['constructs', ['validation', 'settings', 'powershell', 'providers']],
  ['policy', ['validation', 'settings', 'powershell', 'providers', 'constructs']],
];

test.each(LAYERS)('lib/%s imports only from the layers above it', (layer, allowed) => {
  const wrong: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s+'((?:\.\.\/)+)([a-z-]+)/g)) {
          // An import that climbs out of the layer's folder names another layer.
          const target = relative(join(ROOT, 'lib'), join(dirname(path), match[1], match[2])).split('/')[0];
          if (target !== layer && !allowed.includes(target))
            wrong.push(`${relative(ROOT, path)} imports lib/${target}`);
        }
      }
    }
  };
  walk(join(ROOT, 'lib', layer));
  expect(wrong).toEqual([]);
});
