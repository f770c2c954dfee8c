#!/usr/bin/env bash
# The package smoke test for CDK Terrain users: packs the package and installs the tarball into a new
# cdktn project the way its README says (the override line, no --legacy-peer-deps), with the toolchain a
# new user gets today (the latest typescript and tsx, unpinned on purpose so that drift shows up here),
# type-checks it with cdktf init's compiler options, synthesizes a stack with the instance through tsx and
# checks its user data applies the four settings. Then a second project without the override, where npm
# puts cdktf 0.21 beside cdktn, must get CoreMismatchError naming the override line.
# The app runs directly under Node: cdktn-cli needs Node >= 22.19. Fails on the first step that fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
CDKTN_VERSION=0.24.0
CONSTRUCTS_VERSION=10.7.2 # cdktn 0.24.0's peer range is >=10.6.0 <10.8.0
export CHECKPOINT_DISABLE=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

step() { echo "cdktn package smoke test [$((SECONDS - started)) s]: $*"; }
fail() { echo "cdktn package smoke test FAILED: $*" >&2; exit 1; }

step "npm pack (builds dist/ through prepack)"
tarball="$(cd "$repo" && npm pack --silent --pack-destination "$work" | tail -n 1)" || fail "npm pack failed"
tarball="$work/$(basename "$tarball")"
[[ -f "$tarball" ]] || fail "npm pack wrote no tarball"

# A new cdktn project; $1 is its directory, $2 "override" to add the override line first.
new_project() {
  mkdir "$1" && cd "$1"
  npm init -y >/dev/null
  if [[ "$2" == override ]]; then
    node -e '
      const fs = require("fs");
      const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
      pkg.overrides = { cdktf: `npm:cdktn@${process.argv[1]}` };
      fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2));
    ' "$CDKTN_VERSION"
  fi
  npm install --no-audit --no-fund --prefer-offline --save-exact "$tarball" "cdktn@$CDKTN_VERSION" \
    "constructs@$CONSTRUCTS_VERSION" >"$work/install.log" 2>&1 || fail "npm install failed: $(tail -n 20 "$work/install.log")"
}

step "a cdktn project with the override line: install the tarball, cdktn $CDKTN_VERSION, constructs $CONSTRUCTS_VERSION (no flags)"
new_project "$work/app" override
node -e '
  const core = require("cdktf/package.json");
  if (core.name !== "cdktn") throw new Error(`the library would load ${core.name} ${core.version}, not cdktn`);
' || fail "the override did not take: cdktf is not cdktn"

step "the toolchain a new user installs today: npm install -D typescript tsx @types/node (latest)"
npm install --no-audit --no-fund --prefer-offline -D typescript tsx @types/node >"$work/install.log" 2>&1 ||
  fail "installing typescript and tsx failed: $(tail -n 20 "$work/install.log")"
echo "typescript $(npx --no-install tsc --version), tsx $(node -p 'require("tsx/package.json").version')"

step "type-check with cdktf init's compiler options"
# The options of `cdktf init`'s TypeScript template that bear on checking (its tsconfig.json).
cat >tsconfig.json <<'EOF'
{
  "compilerOptions": {
    "alwaysStrict": true,
    "lib": ["es2018"],
    "module": "CommonJS",
    "noImplicitAny": true,
    "noUnusedLocals": true,
    "resolveJsonModule": true,
    "strict": true,
    "target": "ES2018",
    "skipLibCheck": true
  },
  "include": ["**/*.ts"],
  "exclude": ["node_modules", "cdktf.out"]
}
EOF
cat >main.ts <<'EOF'
import { App, TerraformStack, TerraformVariable } from 'cdktn';
import { HardenedWindowsInstance } from 'tencentcloud-hardened-windows';
import * as tencentcloud from 'tencentcloud-hardened-windows/providers/tencentcloud';

const app = new App({ outdir: 'cdktf.out' });
const stack = new TerraformStack(app, 'consumer');
new tencentcloud.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
const host = new HardenedWindowsInstance(stack, 'jump-host', {
  availabilityZone: 'ap-guangzhou-3',
  imageId: 'img-9id7emv7',
  rdpAllowedCidrs: ['198.51.100.0/24'],
  administratorPassword: password.stringValue,
});
const instance: tencentcloud.Instance = host.instance;
app.synth();
export { instance };
EOF
npx --no-install tsc --noEmit || fail "the cdktn consumer does not type-check"

step "synthesize with tsx (the app runner: npx tsx main.ts) and decode the user data"
npx --no-install tsx main.ts || fail "synthesizing the cdktn consumer stack failed"
CDKTN_VERSION="$CDKTN_VERSION" node - <<'EOF' || fail "cdk.tf.json lacks a tencentcloud_instance with the four settings in its user data"
const fs = require('fs');
const { decodeUserDataBase64, expandHardeningScript, extractPowerShellBlock } = require('tencentcloud-hardened-windows/powershell');
const json = JSON.parse(fs.readFileSync('cdktf.out/stacks/consumer/cdk.tf.json', 'utf8'));
// The core writes its own version into the metadata: this stack was synthesized by cdktn.
const version = json['//']?.metadata?.version;
if (version !== process.env.CDKTN_VERSION) throw new Error(`synthesized by core version ${version}, not cdktn`);
const instances = Object.values(json.resource?.tencentcloud_instance ?? {});
if (instances.length !== 1) throw new Error(`expected one tencentcloud_instance, found ${instances.length}`);
const { script } = expandHardeningScript(extractPowerShellBlock(decodeUserDataBase64(instances[0].user_data)));
for (const id of ['classic-sharing-model', 'saved-credential-delegation', 'stored-rdp-credential', 'password-protected-sharing-off']) {
  if (!script.includes(`Invoke-HardeningSetting '${id}'`)) throw new Error(`the user data does not apply ${id}`);
}
console.log(`cdktn consumer: cdk.tf.json holds tencentcloud_instance with ${instances[0].user_data.length} bytes of user data applying the four settings`);
EOF

step "a cdktn project without the override: npm puts cdktf 0.21 beside cdktn, and the construct says so"
new_project "$work/mixed" no-override
node -e '
  const core = require("cdktf/package.json");
  if (core.name !== "cdktf") throw new Error(`expected npm to install cdktf beside cdktn, found ${core.name} ${core.version}`);
  console.log(`installed beside cdktn: ${core.name} ${core.version}`);
' || fail "this project does not have two cores, so it tests nothing"
cp "$work/app/main.ts" .
set +e
"$work/app/node_modules/.bin/tsx" main.ts >"$work/mixed.out" 2>&1
status=$?
set -e
[[ $status -ne 0 ]] || fail "synthesizing with two cores succeeded; expected CoreMismatchError"
grep -q "CoreMismatchError: HardenedWindowsInstance 'jump-host': the app's stack is made with cdktn $CDKTN_VERSION" "$work/mixed.out" &&
  grep -qF "add \"overrides\": { \"cdktf\": \"npm:cdktn@$CDKTN_VERSION\" } to the app's package.json" "$work/mixed.out" ||
  fail "expected CoreMismatchError naming the override line, got: $(head -n 20 "$work/mixed.out")"
! grep -q "_resetResolveDiscoveredProviderFeatureUsage" "$work/mixed.out" || fail "the TypeError came first"
grep -m 1 "^CoreMismatchError:" "$work/mixed.out"

step "passed in $((SECONDS - started)) s"
