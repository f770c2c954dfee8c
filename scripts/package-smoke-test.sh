#!/usr/bin/env bash
# Proves the package works where users use it: packs it, installs the tarball into a new cdktf project
# outside the repository, type-checks and synthesizes a stack that imports the construct by package name
# (with the policy Aspect), and runs the packaged commands. Fails on the first step that fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
export CHECKPOINT_DISABLE=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

step() { echo "package smoke test [$((SECONDS - started)) s]: $*"; }
fail() { echo "package smoke test FAILED: $*" >&2; exit 1; }

step "npm pack (builds dist/ through prepack)"
tarball="$(cd "$repo" && npm pack --silent --pack-destination "$work" | tail -n 1)" || fail "npm pack failed"
tarball="$work/$(basename "$tarball")"
[[ -f "$tarball" ]] || fail "npm pack wrote no tarball"

step "install the tarball, cdktf 0.21.0 and constructs 10.4.2 into a new project in $work/app"
mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
# --prefer-offline: the packages are usually in npm's cache from the repository's own npm ci.
npm install --no-audit --no-fund --prefer-offline --save-exact "$tarball" cdktf@0.21.0 constructs@10.4.2 >/dev/null ||
  fail "npm install of the tarball failed"

step "type-check a consumer against the shipped declarations (node16 and node10 resolution)"
cat >main.ts <<'EOF'
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { HardenedWindowsInstance } from 'tencentcloud-hardened-windows';
import { renderBootstrapScript } from 'tencentcloud-hardened-windows/powershell';
import { Instance, TencentcloudProvider } from 'tencentcloud-hardened-windows/providers/tencentcloud';
import { HardeningPolicy } from 'tencentcloud-hardened-windows/settings';
import { checkConfigurations, RdpHardeningChecks } from 'tencentcloud-hardened-windows/policy';

const app = new App();
const stack = new TerraformStack(app, 'consumer');
new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
const host = new HardenedWindowsInstance(stack, 'jump-host', {
  availabilityZone: 'ap-guangzhou-3',
  imageId: 'img-9id7emv7',
  rdpAllowedCidrs: ['198.51.100.0/24'],
  administratorPassword: password.stringValue,
});
const instance: Instance = host.instance;
const script: string = renderBootstrapScript(HardeningPolicy.fromOptions({ storedRdpCredential: false }).settings).text;
const checks: Promise<RdpHardeningChecks> = RdpHardeningChecks.create();
export { instance, script, checks, checkConfigurations };
EOF
tsc="$repo/node_modules/.bin/tsc"
# The compiler options of `cdktf init`'s TypeScript template that bear on declarations (skipLibCheck among them).
common=(--noEmit --strict --target ES2018 --lib es2018 --skipLibCheck --types node main.ts)
# The TypeScript a new user installs today (unpinned on purpose, so that drift shows up here; 7.x has no
# node10 resolution, so that one runs on the repository's 5.x).
npm install --no-audit --no-fund --prefer-offline -D typescript @types/node >/dev/null || fail "npm install typescript failed"
echo "the consumer's TypeScript: $(npx --no-install tsc --version)"
# node16 reads the "exports" map; node10 (cdktf init's tsconfig under TypeScript 5) reads "types" and "typesVersions". In parallel.
npx --no-install tsc --module node16 --moduleResolution node16 "${common[@]}" &
node16=$!
"$tsc" --module commonjs --moduleResolution node10 "${common[@]}" || fail "the consumer does not type-check with node10 resolution"
wait $node16 || fail "the consumer does not type-check with node16 resolution"

step "synthesize a stack that imports the construct by package name, with the policy Aspect"
cat >main.js <<'EOF'
const { App, Aspects, TerraformStack, TerraformVariable } = require('cdktf');
const { HardenedWindowsInstance } = require('tencentcloud-hardened-windows');
const tencentcloud = require('tencentcloud-hardened-windows/providers/tencentcloud');
const { RdpHardeningChecks, useBaselineWasmCompiler } = require('tencentcloud-hardened-windows/policy');

async function main() {
  useBaselineWasmCompiler();
  const checks = await RdpHardeningChecks.create();
  const app = new App({ outdir: 'cdktf.out' });
  const stack = new TerraformStack(app, 'consumer');
  new tencentcloud.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
  new HardenedWindowsInstance(stack, 'jump-host', {
    availabilityZone: 'ap-guangzhou-3',
    imageId: 'img-9id7emv7',
    rdpAllowedCidrs: ['198.51.100.0/24'],
    administratorPassword: password.stringValue,
  });
  Aspects.of(stack).add(checks);
  app.synth();
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
EOF
node main.js || fail "synthesizing the consumer stack failed"
node - <<'EOF' || fail "cdk.tf.json lacks a tencentcloud_instance with the hardening user data"
const fs = require('fs');
const { decodeUserDataBase64, expandHardeningScript, extractPowerShellBlock } = require('tencentcloud-hardened-windows/powershell');
const json = JSON.parse(fs.readFileSync('cdktf.out/stacks/consumer/cdk.tf.json', 'utf8'));
const instances = Object.values(json.resource?.tencentcloud_instance ?? {});
if (instances.length !== 1) throw new Error(`expected one tencentcloud_instance, found ${instances.length}`);
const { script } = expandHardeningScript(extractPowerShellBlock(decodeUserDataBase64(instances[0].user_data)));
for (const id of ['classic-sharing-model', 'saved-credential-delegation', 'stored-rdp-credential', 'password-protected-sharing-off']) {
  if (!script.includes(`Invoke-HardeningSetting '${id}'`)) throw new Error(`the user data does not apply ${id}`);
}
console.log(`package smoke test: cdk.tf.json holds tencentcloud_instance with ${instances[0].user_data.length} bytes of user data`);
EOF

step "the cdktf-free entry points load without cdktf, and the PowerShell grammar loads from the package"
# --liftoff-only: V8 would otherwise spend about 4 s optimizing the 1 MB grammar in the background, and wait
# for it before exiting; which compiler runs it does not matter to whether the package finds its grammar.
node --liftoff-only - <<'EOF' || fail "a subpath entry point or the grammar's WebAssembly does not load from the installed package"
require('tencentcloud-hardened-windows/powershell');
require('tencentcloud-hardened-windows/settings');
require('tencentcloud-hardened-windows/validation');
const loaded = Object.keys(require.cache).filter((file) => /[\\/]node_modules[\\/](cdktf|constructs)[\\/]/.test(file));
if (loaded.length) throw new Error(`loading the renderer loaded ${loaded[0]}`);
const { PowerShellParser } = require('tencentcloud-hardened-windows/policy/script-analysis');
PowerShellParser.load()
  .then((parser) => {
    const problems = parser.parse("Set-ItemProperty -Path 'HKLM:\\x' -Name 'y' -Value 1").problems;
    if (problems.length) throw new Error(`parse problems: ${JSON.stringify(problems)}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
EOF

step "the packaged commands: policy check, user data, client script"
npx --no-install tencentcloud-hardened-windows-policy-check cdktf.out >"$work/policy.txt" ||
  fail "the policy check failed on the consumer stack: $(cat "$work/policy.txt")"
npx --no-install tencentcloud-hardened-windows-policy-check --format sarif --output "$work/policy.sarif" cdktf.out ||
  fail "the SARIF policy check failed on the consumer stack"
node -e '
  const [sarif, manifest] = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
  const reported = sarif.runs[0].tool.driver.version;
  if (reported !== manifest.version) throw new Error(`SARIF says version ${reported}, the package is ${manifest.version}`);
' "$work/policy.sarif" node_modules/tencentcloud-hardened-windows/package.json || fail "the SARIF report has the wrong tool version"
ud="$(npx --no-install tencentcloud-hardened-windows-user-data --no-stored-rdp-credential)" || fail "the user-data command failed"
[[ "$ud" == "<powershell>"* ]] || fail "the user-data command printed no <powershell> block"
set +e
npx --no-install tencentcloud-hardened-windows-user-data --format zip 2>"$work/stderr" >/dev/null
status=$?
set -e
[[ $status -eq 2 ]] || fail "bad input should exit 2, exited $status"
grep -q -- '--format must be one of compressed, plain' "$work/stderr" || fail "bad input message: $(cat "$work/stderr")"
client="$(npx --no-install tencentcloud-hardened-windows-client-script --host 203.0.113.10 2>"$work/stderr")" ||
  fail "the client-script command failed: $(cat "$work/stderr")"
[[ "$client" == *"203.0.113.10"* ]] || fail "the client script does not name its host"
# (npm's own warnings may be there too.)
! grep -q '^client-script:' "$work/stderr" || fail "the client-script command complained: $(cat "$work/stderr")"

step "passed in $((SECONDS - started)) s"
