import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ALL_SETTING_IDS, SettingId } from '../../lib/settings';
import { EXIT_FINDINGS, main } from '../../scripts/policy-check';
import {
  rdp1Failures,
  rdp1Findings,
  editHardeningScript,
  loadPolicyParser,
  only,
  synthHardenedInstance,
  TerraformJson,
} from '../helpers/policy';

/*
 * TcWin-RDP1 counts a setting as applied only when its block, and each write in it, runs on a straight line
 * from the top of the script. Each test edits the real synthesized script the way someone could edit
 * cdk.tf.json, and reads the line numbers it expects from the edited script.
 */

const CVM = 'tencentcloud_instance';
const STEP = new Map(ALL_SETTING_IDS.map((id, i) => [id, i + 1]));
const MAIN_TRY = "\n$result = 'passed'\ntry {\n";
let defaultStack: TerraformJson;

beforeAll(async () => {
  await loadPolicyParser();
  defaultStack = synthHardenedInstance();
});

/** The default stack with its script edited, and the edited script. */
function edited(edit: (script: string) => string): { json: TerraformJson; script: string } {
  const json = JSON.parse(JSON.stringify(defaultStack)) as TerraformJson;
  let script = '';
  editHardeningScript(only(json, CVM).body, (original) => (script = edit(original)));
  return { json, script };
}

/** The findings expected for some settings, each with the same reason after `setting <n> <id>: `. */
function expected(ids: readonly SettingId[], reason: string): Array<[string, string]> {
  return ids.map((id) => [id, `setting ${STEP.get(id)} ${id}: ${reason}`]);
}

function replaceOnce(script: string, from: string, to: string): string {
  const at = script.indexOf(from);
  if (at < 0 || script.indexOf(from, at + 1) >= 0) throw new Error(`not exactly one ${JSON.stringify(from)}`);
  return script.replace(from, to);
}

/** The 1-based number of the only line that is `text` (indentation aside). */
function line(script: string, text: string): number {
  const lines = script.split('\n').map((l, i) => [l.trim(), i + 1] as const);
  const found = lines.filter(([l]) => l === text);
  if (found.length !== 1) throw new Error(`${found.length} lines are ${JSON.stringify(text)}`);
  return found[0][1];
}

/** The line the main try (RUN_AND_EXIT's) starts on. */
function mainTryLine(script: string): number {
  return line(script, "$result = 'passed'") + 1;
}

/** The line a setting's `Invoke-HardeningSetting '<id>' ...` block starts on. */
function blockLine(script: string, id: string): number {
  return script.split('\n').findIndex((l) => l.startsWith(`Invoke-HardeningSetting '${id}' `)) + 1;
}

/** Puts one setting's block between `open` and `close` lines. */
function wrapBlock(script: string, id: string, open: string, close: string): string {
  const lines = script.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`Invoke-HardeningSetting '${id}' `));
  const end = lines.findIndex((l, i) => i > start && l === '}');
  if (start < 0 || end < 0) throw new Error(`no block for ${id}`);
  return [...lines.slice(0, start), open, ...lines.slice(start, end + 1), close, ...lines.slice(end + 1)].join('\n');
}

const REGISTRY_SETTINGS: SettingId[] = [
  'classic-sharing-model',
  'saved-credential-delegation',
  'password-protected-sharing-off',
];

describe('what still passes', () => {
  test('the untouched script', () => {
    expect(rdp1Findings(defaultStack).map((f) => f.status)).toEqual(['COMPLIANT']);
  });

  test('comments and harmless statements between the blocks and before the try', () => {
    const { json } = edited((s) =>
      replaceOnce(
        replaceOnce(
          s,
          "Invoke-HardeningSetting 'saved-credential-delegation' ",
          "# setting 2 next\nWrite-Output 'between the blocks'\nInvoke-HardeningSetting 'saved-credential-delegation' ",
        ),
        MAIN_TRY,
        "\n# about to start\nWrite-Output 'starting'\n$result = 'passed'\ntry {\n",
      ),
    );
    expect(rdp1Findings(json).map((f) => [f.status, f.reason])).toEqual(
      rdp1Findings(defaultStack).map((f) => [f.status, f.reason]),
    );
  });
});

describe('the three one-line bypasses fail, naming the settings', () => {
  test('(a) `exit 0` before the main try: no setting runs', () => {
    const { json, script } = edited((s) => replaceOnce(s, MAIN_TRY, `\nexit 0 # bypass${MAIN_TRY}`));
    expect(rdp1Failures(json)).toEqual(
      expected(
        ALL_SETTING_IDS,
        `its block never runs: \`exit\` at line ${line(script, 'exit 0 # bypass')} (at the top level of the script) comes before it`,
      ),
    );
  });

  test('(b) `return` as the first statement of Invoke-Hardening: no setting runs', () => {
    const { json, script } = edited((s) =>
      replaceOnce(s, 'function Invoke-Hardening {\n', 'function Invoke-Hardening {\n  return # bypass\n'),
    );
    expect(rdp1Failures(json)).toEqual(
      expected(
        ALL_SETTING_IDS,
        `its block never runs: \`return\` at line ${line(script, 'return # bypass')} (in function Invoke-Hardening) comes before it`,
      ),
    );
  });

  test('(c) `if ($false) { ... }` around a block: that setting, and only it', () => {
    const { json, script } = edited((s) => wrapBlock(s, 'saved-credential-delegation', 'if ($false) {', '}'));
    expect(rdp1Failures(json)).toEqual(
      expected(
        ['saved-credential-delegation'],
        `its block may not run: it sits inside an if statement at line ${line(script, 'if ($false) {')} ` +
          '(in function Invoke-Hardening), whose condition this check does not evaluate',
      ),
    );
  });
});

describe('variants', () => {
  test('`throw` at the top level before the try', () => {
    const { json, script } = edited((s) => replaceOnce(s, MAIN_TRY, `\nthrow 'not today'${MAIN_TRY}`));
    expect(rdp1Failures(json)).toEqual(
      expected(
        ALL_SETTING_IDS,
        `its block never runs: \`throw\` at line ${line(script, "throw 'not today'")} (at the top level of the script) ` +
          'comes before it',
      ),
    );
  });

  test('`exit` inside Invoke-Hardening stops the settings after it, not those before', () => {
    const { json, script } = edited((s) =>
      replaceOnce(
        s,
        "Invoke-HardeningSetting 'stored-rdp-credential' ",
        "exit\nInvoke-HardeningSetting 'stored-rdp-credential' ",
      ),
    );
    expect(rdp1Failures(json)).toEqual(
      expected(
        ['stored-rdp-credential', 'password-protected-sharing-off'],
        `its block never runs: \`exit\` at line ${line(script, 'exit')} (in function Invoke-Hardening) comes before it`,
      ),
    );
  });

  test('a block inside `foreach ($x in @()) { }`', () => {
    const { json, script } = edited((s) =>
      wrapBlock(s, 'password-protected-sharing-off', 'foreach ($x in @()) {', '}'),
    );
    expect(rdp1Failures(json)).toEqual(
      expected(
        ['password-protected-sharing-off'],
        `its block may not run: it sits inside a foreach loop at line ${line(script, 'foreach ($x in @()) {')} ` +
          '(in function Invoke-Hardening), which may run it no times',
      ),
    );
  });

  test('`return` as the first line of Set-HardeningRegistryValue fails each setting that writes through it', () => {
    const { json, script } = edited((s) =>
      s.replace(/^(function Set-HardeningRegistryValue\(.*\) \{\n)/m, '$1  return # bypass\n'),
    );
    expect(rdp1Failures(json)).toEqual(
      expected(
        REGISTRY_SETTINGS,
        `the script's Set-HardeningRegistryValue has \`return\` at line ${line(script, 'return # bypass')} before it runs ` +
          'new-itemproperty, so it changes nothing',
      ),
    );
  });

  test('the call of Invoke-Hardening must be a statement of the main try, not inside an if', () => {
    const { json, script } = edited((s) =>
      replaceOnce(s, '  Invoke-Hardening\n', "  if ($env:HARDEN -eq 'yes') { Invoke-Hardening }\n"),
    );
    const ifLine = line(script, "if ($env:HARDEN -eq 'yes') { Invoke-Hardening }");
    expect(rdp1Failures(json)).toEqual(
      expected(
        ALL_SETTING_IDS,
        `its block may not run: it sits inside an if statement at line ${ifLine} (in the try block at line ${mainTryLine(script)}), whose condition this check does not evaluate`,
      ),
    );
  });

  test.each([
    [
      'a conditional exit',
      'if ($env:SKIP) { exit 0 }',
      (l: number) => `an if statement at line ${l} (at the top level of the script) can \`exit\` (line ${l}) before it`,
    ],
    [
      'code built at run time',
      "Invoke-Expression 'exit 0'",
      (l: number) =>
        `line ${l} (at the top level of the script) runs code built at run time before it ("Invoke-Expression 'exit 0'"), ` +
        'which this check cannot read',
    ],
  ])('%s before the try', (_what, statement, reason) => {
    const { json, script } = edited((s) => replaceOnce(s, MAIN_TRY, `\n${statement}${MAIN_TRY}`));
    expect(rdp1Failures(json)).toEqual(
      expected(ALL_SETTING_IDS, `its block may not run: ${reason(line(script, statement))}`),
    );
  });

  test('a helper called before the blocks that exits', () => {
    const { json, script } = edited((s) =>
      s.replace(/^(function Set-SettingStatus\(.*\) \{\n)/m, '$1  exit 0 # bypass\n'),
    );
    const exitLine = line(script, 'exit 0 # bypass');
    const reasons = rdp1Failures(json);
    expect(reasons.map(([id]) => id)).toEqual(ALL_SETTING_IDS);
    for (const [, reason] of reasons) {
      expect(reason).toContain(
        `Set-SettingStatus, called at line ${line(script, "Set-SettingStatus 'classic-sharing-model' 'not-run' ''")} ` +
          `(at the top level of the script) before it, can stop the script (\`exit\` at line ${exitLine} in Set-SettingStatus)`,
      );
      expect(reason).toContain(
        `the script's Set-SettingStatus can stop the script (\`exit\` at line ${exitLine} in Set-SettingStatus)`,
      );
    }
  });

  test('inside a block: a write after `return`, or inside an if', () => {
    const write =
      "Set-HardeningRegistryValue -Key 'SYSTEM\\CurrentControlSet\\Control\\Lsa' -Name 'ForceGuest' -Kind 'DWord' -Value 0";
    const afterReturn = edited((s) => replaceOnce(s, `  ${write}\n`, `  return # bypass\n  ${write}\n`));
    expect(rdp1Failures(afterReturn.json)).toEqual(
      expected(
        ['classic-sharing-model'],
        `its Set-HardeningRegistryValue at line ${line(afterReturn.script, write)} never runs: \`return\` at line ${line(
          afterReturn.script,
          'return # bypass',
        )} (in the script block of Invoke-HardeningSetting at line ${blockLine(
          afterReturn.script,
          'classic-sharing-model',
        )}) comes before it`,
      ),
    );

    const conditional = edited((s) => replaceOnce(s, `  ${write}\n`, `  if ($false) { ${write} }\n`));
    const ifLine = line(conditional.script, `if ($false) { ${write} }`);
    expect(rdp1Failures(conditional.json)).toEqual(
      expected(
        ['classic-sharing-model'],
        `its Set-HardeningRegistryValue at line ${ifLine} may not run: it sits inside an if statement at line ${ifLine} ` +
          `(in the script block of Invoke-HardeningSetting at line ${blockLine(
            conditional.script,
            'classic-sharing-model',
          )}), whose condition this check does not evaluate`,
      ),
    );
  });

  test('what the blocks rely on is defined before the statement that runs them, and only once', () => {
    // Its blocks end in `}` lines too: the definition runs up to the next one's.
    const late = edited((s) => {
      const start = s.indexOf('function Invoke-Hardening {\n');
      const end = s.indexOf('function Invoke-ExtraCommands {\n');
      return s.slice(0, start) + s.slice(end) + '\n' + s.slice(start, end);
    });
    expect(rdp1Failures(late.json)).toEqual(
      expected(
        ALL_SETTING_IDS,
        `its block never runs: Invoke-Hardening is defined at line ${line(
          late.script,
          'function Invoke-Hardening {',
        )}, after the statement at line ${mainTryLine(late.script)} that calls it`,
      ),
    );

    const shadowed = edited((s) =>
      replaceOnce(s, MAIN_TRY, `\nfunction Set-HardeningRegistryValue { Write-Output 'nothing' }${MAIN_TRY}`),
    );
    const definitions = shadowed.script
      .split('\n')
      .flatMap((l, i) => (l.startsWith('function Set-HardeningRegistryValue') ? [i + 1] : []));
    expect(rdp1Failures(shadowed.json)).toEqual(
      expected(
        REGISTRY_SETTINGS,
        `the script defines Set-HardeningRegistryValue 2 times (lines ${definitions.join(', ')}), and this check does ` +
          'not follow which one the block calls',
      ),
    );

    const taskScript = edited((s) => {
      const start = s.indexOf("$CredentialTaskScript = @'\n");
      const end = s.indexOf("\n'@\n", start) + 4;
      return s.slice(0, start) + s.slice(end) + s.slice(start, end);
    });
    expect(rdp1Failures(taskScript.json)).toEqual(
      expected(
        ['stored-rdp-credential'],
        `the script assigns the logon task's script ($CredentialTaskScript) at line ${line(
          taskScript.script,
          "$CredentialTaskScript = @'",
        )}, not at its top level before the statement at line ${mainTryLine(taskScript.script)} that runs the blocks`,
      ),
    );
  });
});

describe('calls by a quoted name, code built from a string, and [Environment]::Exit', () => {
  test.each(["& 'Skip'", '. "Skip"'])('a function that exits, called by `%s` before the try', (call) => {
    const { json, script } = edited((s) =>
      replaceOnce(s, MAIN_TRY, `\nfunction Skip { exit 0 } # bypass\n${call} # bypass${MAIN_TRY}`),
    );
    expect(rdp1Failures(json)).toEqual(
      expected(
        ALL_SETTING_IDS,
        `its block may not run: Skip, called at line ${line(script, `${call} # bypass`)} (at the top level of the ` +
          `script) before it, can stop the script (\`exit\` at line ${line(script, 'function Skip { exit 0 } # bypass')} in Skip)`,
      ),
    );
  });

  test.each(["& 'Invoke-Hardening'", '. "Invoke-Hardening"'])('the main try calling `%s` still passes', (call) => {
    const { json } = edited((s) => replaceOnce(s, '  Invoke-Hardening\n', `  ${call}\n`));
    expect(rdp1Findings(json).map((f) => [f.status, f.reason])).toEqual(
      rdp1Findings(defaultStack).map((f) => [f.status, f.reason]),
    );
  });

  test.each([
    ['& "Skip$env:X" # bypass', '& "Skip$env:X" # bypass'],
    ['& (Get-Command Skip) # bypass', '& (Get-Command Skip) # bypass'],
    ["Invoke-Command -ScriptBlock ([scriptblock]::Create('exit 3')) # bypass", "[scriptblock]::Create('exit 3')"],
    [
      "1 | ForEach-Object -Process ([System.Management.Automation.ScriptBlock]::create('exit 3')) # bypass",
      "[System.Management.Automation.ScriptBlock]::create('exit 3')",
    ],
    [
      "$sb = $ExecutionContext.InvokeCommand.NewScriptBlock('exit 3') # bypass",
      "$ExecutionContext.InvokeCommand.NewScriptBlock('exit 3')",
    ],
    ['Set-Alias Go Skip # bypass', 'Set-Alias Go Skip'],
    ['nal Go Skip # bypass', 'nal Go Skip'],
    ['Add-Type -TypeDefinition $code # bypass', 'Add-Type -TypeDefinition $code'],
  ])('`%s` before the try is code built at run time', (statement, code) => {
    const { json, script } = edited((s) =>
      replaceOnce(s, MAIN_TRY, `\nfunction Skip { exit 0 }\n${statement}${MAIN_TRY}`),
    );
    expect(rdp1Failures(json)).toEqual(
      expected(
        ALL_SETTING_IDS,
        `its block may not run: line ${line(script, statement)} (at the top level of the script) runs code built at ` +
          `run time before it (${JSON.stringify(code.replace(' # bypass', ''))}), which this check cannot read`,
      ),
    );
  });

  test('`[Environment]::Exit(0)` before the try: no setting runs', () => {
    const { json, script } = edited((s) => replaceOnce(s, MAIN_TRY, `\n[Environment]::Exit(0) # bypass${MAIN_TRY}`));
    expect(rdp1Failures(json)).toEqual(
      expected(
        ALL_SETTING_IDS,
        `its block never runs: \`[Environment]::Exit\` at line ${line(script, '[Environment]::Exit(0) # bypass')} ` +
          '(at the top level of the script) comes before it',
      ),
    );
  });

  test('a conditional `[System.Environment]::exit(0)` inside Invoke-Hardening stops the settings after it', () => {
    const statement = 'if ($env:SKIP) { [System.Environment]::exit(0) } # bypass';
    const { json, script } = edited((s) =>
      replaceOnce(
        s,
        "Invoke-HardeningSetting 'stored-rdp-credential' ",
        `${statement}\nInvoke-HardeningSetting 'stored-rdp-credential' `,
      ),
    );
    const at = line(script, statement);
    expect(rdp1Failures(json)).toEqual(
      expected(
        ['stored-rdp-credential', 'password-protected-sharing-off'],
        `its block may not run: an if statement at line ${at} (in function Invoke-Hardening) can ` +
          `\`[System.Environment]::exit\` (line ${at}) before it`,
      ),
    );
  });
});

describe('the CLI', () => {
  let work: string;
  beforeAll(() => (work = mkdtempSync(join(tmpdir(), 'rdp1-reach-'))));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test.each([
    [
      'exit before the main try',
      (s: string) => replaceOnce(s, MAIN_TRY, `\nexit 0 # bypass${MAIN_TRY}`),
      ALL_SETTING_IDS,
    ],
    [
      'return first in Invoke-Hardening',
      (s: string) =>
        replaceOnce(s, 'function Invoke-Hardening {\n', 'function Invoke-Hardening {\n  return # bypass\n'),
      ALL_SETTING_IDS,
    ],
    [
      'if ($false) around setting 1',
      (s: string) => wrapBlock(s, 'classic-sharing-model', 'if ($false) {', '}'),
      ['classic-sharing-model'],
    ],
  ])('fails on %s, naming the settings', async (name, edit, ids) => {
    const file = join(work, `${name.replace(/\W+/g, '-')}.tf.json`);
    writeFileSync(file, JSON.stringify(edited(edit).json));
    let stdout = '';
    const code = await main([file], { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: work });
    expect(code).toBe(EXIT_FINDINGS);
    const named = [...stdout.matchAll(/TcWin-RDP1 +tencentcloud_instance\.\S+ \[([a-z-]+)\]/g)].map((m) => m[1]);
    expect(named).toEqual(ids);
    expect(stdout).toMatch(/its block (never runs|may not run): /);
    expect(stdout.trimEnd().split('\n').pop()).toBe('policy check FAILED');
  });
});
