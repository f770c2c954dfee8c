#!/usr/bin/env bash
# Type-checks examples/*.ts and the README's TypeScript example under the tsconfig that `cdktf init
# --template=typescript` writes (examples/tsconfig.json), importing this package by name, then synthesizes
# each one and runs the policy check on what it wrote. Fails on the first step that fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
export CHECKPOINT_DISABLE=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "examples check FAILED: $*" >&2; exit 1; }

echo "examples check: build dist/ (the package's entry points)"
(cd "$repo" && npm run --silent build) || fail "npm run build failed"

# A project of its own: the examples, the README's example, cdktf init's tsconfig, and a node_modules in
# which this repository is the package (so imports resolve through package.json as they do once installed).
cp "$repo"/examples/*.ts "$repo/examples/tsconfig.json" "$work/"
node - "$repo/README.md" "$work" "$repo/dist/lib/index.js" <<'NODE'
const fs = require('fs');
const [readme, work] = process.argv.slice(2);
const blocks = [...fs.readFileSync(readme, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
if (blocks.length === 0) throw new Error('README.md has no ```ts example');
// A block without imports is a fragment of a stack's constructor (`this` is the stack): it is checked inside
// a stack that has a provider, importing the package's exports that it names, so the call is held to the real API.
const exported = Object.keys(require(process.argv[4]));
const asProgram = (code) => {
  if (/^import /m.test(code)) return code;
  const named = exported.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  return [
    "import { App, TerraformStack } from 'cdktf';",
    "import { Construct } from 'constructs';",
    named.length ? `import { ${named.join(', ')} } from 'tencentcloud-hardened-windows';` : '',
    "import { TencentcloudProvider } from 'tencentcloud-hardened-windows/providers/tencentcloud';",
    'class FragmentStack extends TerraformStack {',
    '  constructor(scope: Construct, id: string) {',
    '    super(scope, id);',
    "    new TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });",
    code,
    '  }',
    '}',
    'const app = new App();',
    "new FragmentStack(app, 'readme-fragment');",
    'app.synth();',
    '',
  ].join('\n');
};
blocks.forEach((code, i) => fs.writeFileSync(`${work}/readme-example-${i + 1}.ts`, asProgram(code)));
NODE
mkdir -p "$work/node_modules/@types"
ln -s "$repo" "$work/node_modules/tencentcloud-hardened-windows"
for dependency in cdktf constructs @types/node; do ln -s "$repo/node_modules/$dependency" "$work/node_modules/$dependency"; done

echo "examples check: type-check $(cd "$work" && ls *.ts | tr '\n' ' ')under examples/tsconfig.json"
"$repo/node_modules/.bin/tsc" -p "$work/tsconfig.json" --noEmit || fail "an example does not type-check"

for example in "$work"/*.ts; do
  name="$(basename "$example" .ts)"
  echo "examples check: synthesize $name and run the policy check on it"
  mkdir -p "$work/out/$name"
  (cd "$work" && CDKTF_OUTDIR="$work/out/$name" "$repo/node_modules/.bin/tsx" "$example") || fail "$name does not synthesize"
  ls "$work/out/$name"/stacks/*/cdk.tf.json >/dev/null 2>&1 || fail "$name wrote no cdk.tf.json"
  grep -qE '"tencentcloud_(instance|as_scaling_config|tat_invocation_invoke_attachment)"' "$work/out/$name"/stacks/*/cdk.tf.json ||
    fail "$name synthesized no instance, launch configuration or TAT invocation"
  node --liftoff-only "$repo/dist/scripts/policy-check.js" "$work/out/$name" >"$work/policy.txt" ||
    fail "the policy check failed on $name: $(cat "$work/policy.txt")"
done
echo "examples check: passed"
