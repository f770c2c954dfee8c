// Regenerates lib/providers/tencentcloud/generated/ from provider-schema/tencentcloud.json with
// @cdktn/provider-generator (the code generator behind `cdktn get`), offline. `--check` generates into a temporary
// folder and exits 1 if any committed file differs, is missing or is extra (CI runs it). See docs/bindings.md.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConstructsMakerProviderTarget, LANGUAGES, TerraformProviderConstraint } from '@cdktn/commons';
import { CodeMaker, TerraformProviderGenerator } from '@cdktn/provider-generator';

const ROOT = path.join(__dirname, '..');
const SCHEMA_PATH = path.join(ROOT, 'provider-schema', 'tencentcloud.json');
const OUT_DIR = path.join(ROOT, 'lib', 'providers', 'tencentcloud', 'generated');
const GENERATOR = '@cdktn/provider-generator';
/**
 * What a `cdktf.json` "terraformProviders" entry would say. The schema document carries no provider version, so the
 * constraint the bindings write into `required_providers` is stated here (unchanged from the hand-written bindings).
 */
const PROVIDER_CONSTRAINT = 'tencentcloudstack/tencentcloud@~> 1.83.9';

/** The generator writes `import * as cdktn from 'cdktn'`; this library is built against cdktf (see docs/bindings.md). */
const CDKTN_IMPORT = /^import \* as cdktn from 'cdktn';$/gm;
const CDKTF_IMPORT = "import * as cdktn from 'cdktf';";

function generatorVersion(): string {
  const pkg = require.resolve(`${GENERATOR}/package.json`, { paths: [ROOT] });
  return (JSON.parse(fs.readFileSync(pkg, 'utf-8')) as { version: string }).version;
}

function header(): string {
  return [
    '// GENERATED FILE - DO NOT EDIT. Regenerate with `npm run generate:bindings` (docs/bindings.md).',
    `// Source: provider-schema/tencentcloud.json; generator: ${GENERATOR} ${generatorVersion()};`,
    '// post-step: the `cdktn` module import is rewritten to `cdktf` (the local name stays `cdktn`).',
    '',
  ].join('\n');
}

/** Rewrites one generated TypeScript file into the form committed under lib/. */
function postProcess(relPath: string, text: string): string {
  const imports = text.match(CDKTN_IMPORT)?.length ?? 0;
  const isBarrel = relPath === 'index.ts';
  if (!isBarrel && imports !== 1) {
    throw new Error(`${relPath}: expected one "import * as cdktn from 'cdktn'" line, found ${imports}`);
  }
  if (/from '(cdktn|@cdktn\/[^']*)'/.test(text.replace(CDKTN_IMPORT, ''))) {
    throw new Error(`${relPath}: imports another cdktn module; the post-step only rewrites the core import`);
  }
  return header() + text.replace(CDKTN_IMPORT, CDKTF_IMPORT);
}

/** Every file under `dir`, as sorted paths relative to `dir`. */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Generates into a temporary folder and returns the files to commit, keyed by path relative to OUT_DIR. */
async function generate(): Promise<Map<string, string>> {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf-8'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tencentcloud-bindings-'));
  try {
    // generateProviderBindingsFromSchema() would do the same without a constraint: no version in
    // required_providers. This is what `cdktn get` runs for one provider entry of cdktf.json.
    const code = new CodeMaker();
    const target = new ConstructsMakerProviderTarget(
      new TerraformProviderConstraint(PROVIDER_CONSTRAINT),
      LANGUAGES[0],
    );
    new TerraformProviderGenerator(code, schema).generate(target);
    await code.save(tmp);
    const generated = path.join(tmp, 'providers', 'tencentcloud');
    const files = new Map<string, string>();
    for (const rel of listFiles(generated)) {
      // Kept: one index.ts per binding and the barrel. Dropped: README.md (a registry link per folder) and
      // lazy-index.ts (a JavaScript-style lazy barrel jsii packages use; nothing here imports it).
      if (!rel.endsWith('.ts') || rel === 'lazy-index.ts') continue;
      files.set(rel, postProcess(rel, fs.readFileSync(path.join(generated, rel), 'utf-8')));
    }
    return files;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const files = await generate();
  const committed = listFiles(OUT_DIR);
  if (check) {
    const problems: string[] = [];
    for (const [rel, text] of files) {
      const target = path.join(OUT_DIR, rel);
      if (!fs.existsSync(target)) problems.push(`missing: ${rel}`);
      else if (fs.readFileSync(target, 'utf-8') !== text) problems.push(`differs: ${rel}`);
    }
    for (const rel of committed) if (!files.has(rel)) problems.push(`not generated: ${rel}`);
    if (problems.length > 0) {
      console.error(
        `lib/providers/tencentcloud/generated is not what the generator writes:\n  ${problems.join('\n  ')}`,
      );
      console.error('Run `npm run generate:bindings` and commit the result (never edit the generated files).');
      return 1;
    }
    console.log(`bindings are current (${files.size} files)`);
    return 0;
  }
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  for (const [rel, text] of files) {
    fs.mkdirSync(path.dirname(path.join(OUT_DIR, rel)), { recursive: true });
    fs.writeFileSync(path.join(OUT_DIR, rel), text);
  }
  console.log(`wrote ${files.size} files to ${path.relative(ROOT, OUT_DIR)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
