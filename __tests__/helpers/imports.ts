import { existsSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

export const ROOT = join(__dirname, '..', '..');

/** The CDK core's package names: cdktf, and CDK Terrain's cdktn (its successor, the same API). */
export const CDK_CORES = ['cdktf', 'cdktn'];

/** The core, constructs, or a package of the core's scope. */
export const isCdkFramework = (name: string): boolean =>
  CDK_CORES.includes(name) || name === 'constructs' || name.startsWith('@cdktf/') || name.startsWith('@cdktn/');

/** The relative .ts file an import names: `x.ts` or `x/index.ts`. */
function resolveImport(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/** Every package a file reaches through its imports (type-only imports included, which is stricter). */
export function packagesReachedFrom(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|require\('([^']+)'\)/g)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) visit(resolveImport(file, specifier));
      else if (!packages.has(specifier)) packages.set(specifier, relative(ROOT, file));
    }
  };
  visit(entry);
  return packages;
}
