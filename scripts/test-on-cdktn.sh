#!/usr/bin/env bash
# Runs the type check, the jest suite and the example synth on CDK Terrain: in a copy of the repository
# whose package.json resolves `cdktf` to cdktn (the override line a cdktn user adds) and constructs to
# 10.7, the range cdktn asks for. The source is unchanged: it still imports 'cdktf'.
# The example app runs directly under Node (cdktn-cli needs Node >= 22.19; the library needs 20).
# Usage: scripts/test-on-cdktn.sh [jest JSON result file]. Fails on the first step that fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
CDKTN_VERSION=0.24.0
CONSTRUCTS_VERSION=10.7.2 # cdktn 0.24.0's peer range is >=10.6.0 <10.8.0
jest_json="${1:-}"
[[ -z "$jest_json" || "$jest_json" == /* ]] || jest_json="$PWD/$jest_json"
export CHECKPOINT_DISABLE=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

step() { echo "cdktn run [$((SECONDS - started)) s]: $*"; }
fail() { echo "cdktn run FAILED: $*" >&2; exit 1; }

step "copy the repository's files (tracked and new, not ignored) to $work"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard |
  tar --null --ignore-failed-read -T - -cf -) 2>/dev/null | tar -xf - -C "$work"
cd "$work"

step "package.json: cdktf -> npm:cdktn@$CDKTN_VERSION (dependency and override), constructs $CONSTRUCTS_VERSION"
node - "$CDKTN_VERSION" "$CONSTRUCTS_VERSION" <<'EOF'
const fs = require('fs');
const [cdktn, constructs] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const core = `npm:cdktn@${cdktn}`;
// The override is what a cdktn user adds; the direct dependency must then say the same (npm's EOVERRIDE).
pkg.devDependencies.cdktf = core;
pkg.devDependencies.constructs = constructs;
// cdktf-cli 0.21 is not used here (the app runs directly) and would bring cdktf 0.21's tooling.
delete pkg.devDependencies['cdktf-cli'];
pkg.overrides = { ...pkg.overrides, cdktf: core, constructs };
fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2));
EOF
# No --legacy-peer-deps: the library's own peer ranges must admit the override.
npm install --no-audit --no-fund --prefer-offline >"$work/npm-install.log" 2>&1 ||
  fail "npm install with cdktn failed: $(tail -n 20 "$work/npm-install.log")"
node -e '
  const core = require("cdktf/package.json"), constructs = require("constructs/package.json");
  if (core.name !== "cdktn" || core.version !== process.argv[1]) throw new Error(`cdktf resolves to ${core.name} ${core.version}`);
  if (!constructs.version.startsWith("10.7.")) throw new Error(`constructs is ${constructs.version}`);
  console.log(`cdktf resolves to ${core.name} ${core.version}, constructs ${constructs.version}`);
' "$CDKTN_VERSION" || fail "the override did not take"

step "type check"
npx --no-install tsc --noEmit -p . || fail "the type check failed on cdktn"

step "tests (jest), without the PowerShell runtime tier"
# The runtime tier runs the rendered scripts in pwsh; the renderer does not load the core, and the synth
# comparison below shows the cdktn stack's user data is byte for byte cdktf's. Running it twice would
# double CI's slowest part for nothing. The one test that runs cdktf-cli 0.21 (synth-app.test.ts) is reported
# as skipped: cdktf-cli is left out here, and cdktn-cli needs Node.js 22.19 or later.
jest_args=(--testPathIgnorePatterns '/__tests__/powershell-runtime/')
[[ -n "$jest_json" ]] && jest_args+=(--json --outputFile="$jest_json")
npx --no-install jest "${jest_args[@]}" || fail "jest failed on cdktn"

step "synthesize the example stack (npx tsx main.ts, as cdktf.json's app) and policy-check it"
npx --no-install tsx main.ts || fail "the example stack does not synthesize on cdktn"
npx --no-install tsx scripts/policy-check.ts cdktf.out || fail "the policy check failed on the cdktn synth"
if [[ -d "$repo/cdktf.out/stacks" ]]; then
  # The same JSON as cdktf 0.21's, apart from the core's metadata (name and version).
  node - "$repo/cdktf.out" "$work/cdktf.out" <<'EOF' || fail "the cdktn synth differs from the cdktf synth"
const fs = require('fs');
const path = require('path');
const [cdktf, cdktn] = process.argv.slice(2);
const stacks = fs.readdirSync(path.join(cdktf, 'stacks'));
for (const stack of stacks) {
  const read = (dir) => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
    delete json['//']; // metadata: the core's version and the stack's path
    // The local backend's state path is absolute: the app's directory differs.
    return JSON.stringify(json, null, 1).split(path.resolve(dir, '..')).join('<app>');
  };
  const [a, b] = [read(cdktf), read(cdktn)];
  if (a !== b) {
    const lines = [a.split('\n'), b.split('\n')];
    const at = lines[0].findIndex((line, i) => line !== lines[1][i]);
    throw new Error(`${stack}: first difference at line ${at + 1}: cdktf ${lines[0][at]} / cdktn ${lines[1][at]}`);
  }
}
console.log(`cdktn synthesizes the same cdk.tf.json as cdktf apart from metadata: ${stacks.join(', ')}`);
EOF
else
  echo "(no cdktf.out in $repo to compare with: run npm run synth first)"
fi

step "passed in $((SECONDS - started)) s"
