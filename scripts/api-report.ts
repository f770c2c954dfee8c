/**
 * The API reports: one API Extractor report per public entry point (package.json "exports"), in api/,
 * so that every change to the public API shows in review. Run after `npm run build`:
 *   tsx scripts/api-report.ts            fails when a report differs from the built declarations (CI)
 *   tsx scripts/api-report.ts --update   rewrites the reports
 * It also fails when anything marked @internal reaches the built declarations (tsconfig.build.json sets
 * stripInternal) or a report, and when api/ holds a report of no entry point.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { parseArgs } from 'util';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const ROOT = join(__dirname, '..');
const REPORTS = join(ROOT, 'api');
const CONFIG = join(ROOT, 'api-extractor.json');

interface PackageJson {
  readonly name: string;
  readonly exports: Record<string, string | { readonly types: string }>;
}

/** Each entry point with a types file: `.` is the package root, `./policy` a subpath. */
export function entryPoints(pkg: PackageJson): Array<{ subpath: string; types: string; report: string }> {
  return Object.entries(pkg.exports).flatMap(([subpath, target]) =>
    typeof target === 'object'
      ? [
          {
            subpath,
            types: target.types,
            report: [pkg.name, ...subpath.split('/').slice(1)].join('-'),
          },
        ]
      : [],
  );
}

function declarationFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? declarationFiles(join(directory, entry.name))
      : entry.name.endsWith('.d.ts')
        ? [join(directory, entry.name)]
        : [],
  );
}

function main(): number {
  const { values } = parseArgs({ options: { update: { type: 'boolean' } }, strict: true });
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
  const problems: string[] = [];
  const built = join(ROOT, 'dist', 'lib');
  if (!existsSync(built)) {
    console.error('api-report: dist/lib is missing; run npm run build first');
    return 2;
  }
  for (const file of declarationFiles(built)) {
    if (readFileSync(file, 'utf8').includes('@internal'))
      problems.push(`${relative(ROOT, file)} declares something marked @internal (is stripInternal off?)`);
  }

  const entries = entryPoints(pkg);
  if (values.update) mkdirSync(REPORTS, { recursive: true });
  for (const entry of entries) {
    const config = ExtractorConfig.loadFile(CONFIG);
    config.mainEntryPointFilePath = `<projectFolder>/${entry.types.replace(/^\.\//, '')}`;
    config.apiReport = { ...config.apiReport!, reportFileName: entry.report };
    config.compiler = {
      ...config.compiler,
      overrideTsconfig: { ...config.compiler?.overrideTsconfig, files: [entry.types] },
    };
    const prepared = ExtractorConfig.prepare({
      configObject: config,
      configObjectFullPath: CONFIG,
      packageJsonFullPath: join(ROOT, 'package.json'),
    });
    const result = Extractor.invoke(prepared, {
      localBuild: values.update === true,
      messageCallback: (message) => {
        // The report says what changed; API Extractor's progress lines only add noise to CI's log.
        if (message.logLevel === ExtractorLogLevel.Info || message.logLevel === ExtractorLogLevel.Verbose)
          message.handled = true;
      },
    });
    const file = `api/${entry.report}.api.md`;
    if (result.apiReportChanged && !values.update)
      problems.push(`${file} differs from the API of "${entry.subpath}": run npm run api:update, review and commit it`);
    else if (!result.succeeded) problems.push(`${file}: API Extractor failed (${result.errorCount} errors)`);
    else if (existsSync(join(ROOT, file)) && readFileSync(join(ROOT, file), 'utf8').includes('@internal'))
      problems.push(`${file} lists something marked @internal`);
    else console.log(`api-report: ${file} ${result.apiReportChanged ? 'rewritten' : 'up to date'}`);
  }

  const expected = new Set(entries.map((entry) => `${entry.report}.api.md`));
  for (const name of existsSync(REPORTS) ? readdirSync(REPORTS) : []) {
    if (!expected.has(name)) problems.push(`api/${name} is the report of no entry point in package.json "exports"`);
  }
  for (const problem of problems) console.error(`api-report: ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main();
