import { HardenedWindowsInstance } from '../../lib';
import { ALL_SETTING_IDS, HardeningPolicy, POLICY_METADATA_KEY, SettingChoice } from '../../lib/settings';
import { registeredSettingIds, registerSettingForTesting } from '../../lib/settings/setting-registry';
import { settingsTable } from '../../scripts/generate-settings-table';
import { runRenderUserData } from '../../scripts/render-user-data';
import { settingUnits } from '../../lib/settings/setting-registry';
import {
  editHardeningScript,
  hardeningScriptOf,
  loadPolicyParser,
  only,
  rdp1Failures,
  rdp1Findings,
  synthHardenedInstance,
  TerraformJson,
  withoutSettingBlock,
} from '../helpers/policy';
import { synthInstance } from '../helpers/synth';
import { testMarkerUnit } from './fixtures/test-marker-setting';

/**
 * Settings as units: a fifth setting, written as one module (fixtures/test-marker-setting.ts) and
 * registered here, reaches the construct, the script, the metadata record, TcWin-RDP1 and the renderer
 * CLI without any other file knowing it.
 */
const CVM = 'tencentcloud_instance';
const WRITE_TEXT =
  "Set-HardeningRegistryValue -Key 'SOFTWARE\\TencentCloudRdpHardeningTest' -Name 'MarkerText' -Kind 'String' -Value 'seven'";
const WRITE_DWORD =
  "Set-HardeningRegistryValue -Key 'SOFTWARE\\TencentCloudRdpHardeningTest' -Name 'Marker' -Kind 'DWord' -Value 1";

let unregister: () => void;
beforeAll(async () => {
  await loadPolicyParser();
  unregister = registerSettingForTesting(testMarkerUnit);
});
afterAll(() => unregister());

const allFive = (): SettingChoice[] => [
  ...ALL_SETTING_IDS,
  { id: 'test-marker', options: { testMarkerText: 'seven' } },
];

function runCli(args: string[]): { status: number; stdout: string; stderr: string } {
  const out = { status: -1, stdout: '', stderr: '' };
  out.status = runRenderUserData(args, {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    readFile: () => {
      throw new Error('no files');
    },
    writeFile: () => undefined,
  });
  return out;
}

test('the registry holds the fifth setting only while registered', () => {
  expect(registeredSettingIds()).toEqual([...ALL_SETTING_IDS, 'test-marker']);
  const again = registerSettingForTesting({ ...testMarkerUnit, id: 'test-marker-2', toggleProp: 'testMarker2' });
  expect(registeredSettingIds()).toContain('test-marker-2');
  again();
  expect(registeredSettingIds()).toEqual([...ALL_SETTING_IDS, 'test-marker']);
});

describe('through the construct (hardening: HardeningPolicy.of)', () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = synthHardenedInstance({ hardening: HardeningPolicy.of(...allFive()) });
  });

  test('the rendered bootstrap writes the value and reads it back, in its own step-5 block', () => {
    const { script } = hardeningScriptOf(only(json, CVM).body);
    const block = script.slice(script.indexOf("Invoke-HardeningSetting 'test-marker' 'step 5: Test marker = seven' {"));
    expect(block).toContain(WRITE_DWORD);
    expect(block).toContain(WRITE_TEXT);
    // The read-back: every Set-HardeningRegistryValue records an expectation that Test-RegistryValue checks.
    expect(script).toMatch(/function Set-HardeningRegistryValue[^\n]*\{\n {2}Add-Expectation 'Test-RegistryValue'/);
    expect(script).toContain("Set-SettingStatus 'test-marker' 'not-run' ''");
  });

  test('the metadata record names it and its option', () => {
    const record = only(json, CVM).body['//'][POLICY_METADATA_KEY].hardening;
    expect(record.settings).toEqual([...ALL_SETTING_IDS, 'test-marker']);
    expect(record.testMarkerText).toBe('seven');
  });

  test('TcWin-RDP1 expects it, and fails the stack whose user data drops it', () => {
    expect(rdp1Findings(json).map((f) => f.status)).toEqual(['COMPLIANT']);
    expect(rdp1Findings(json)[0].reason).toContain('5 test-marker');
    const dropped = JSON.parse(JSON.stringify(json)) as TerraformJson;
    editHardeningScript(only(dropped, CVM).body, (s) => withoutSettingBlock(s, 'test-marker'));
    expect(rdp1Failures(dropped)).toEqual([
      ['test-marker', "setting 5 test-marker: the script has no Invoke-HardeningSetting 'test-marker' block"],
    ]);
    const otherValue = JSON.parse(JSON.stringify(json)) as TerraformJson;
    editHardeningScript(only(otherValue, CVM).body, (s) =>
      s.replace(WRITE_TEXT, WRITE_TEXT.replace("'seven'", "'eight'")),
    );
    expect(rdp1Failures(otherValue).map(([id]) => id)).toEqual(['test-marker']);
  });

  test('the per-setting props and hardening are exclusive, in one prop error', () => {
    expect(() => synthInstance({ hardening: HardeningPolicy.of(...allFive()), credentialUserName: 'ops' })).toThrow(
      /^stack\/windows: hardening must be unset when credentialUserName is given \(give each setting and option in HardeningPolicy\.of instead\)/,
    );
  });

  test("the setting's own validation reaches the user as a prop error", () => {
    const bad = HardeningPolicy.of({ id: 'test-marker', options: { testMarkerText: 'NOT OK' } });
    expect(() => synthInstance({ hardening: bad })).toThrow(
      /^stack\/windows: testMarkerText must be 1 to 16 lowercase letters/,
    );
  });

  test('without it in the policy, the script has no block for it and the record does not list it', () => {
    const { construct } = synthInstance({ hardening: HardeningPolicy.of(...ALL_SETTING_IDS) });
    expect(construct.bootstrapScript.text).not.toContain('TencentCloudRdpHardeningTest');
    expect(construct.bootstrapScript.text).toContain("Set-SettingStatus 'test-marker' 'disabled' ''");
    expect(construct).toBeInstanceOf(HardenedWindowsInstance);
  });
});

describe('through the renderer CLI', () => {
  const base = ['--no-stored-rdp-credential', '--script-only'];

  test('--test-marker-text reaches the script; the setting is on by default', () => {
    const result = runCli([...base, '--test-marker-text', 'seven']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(WRITE_TEXT);
    expect(result.stdout).toContain(WRITE_DWORD);
  });

  test('--no-test-marker switches it off, and its option is refused with it', () => {
    expect(runCli([...base, '--no-test-marker']).stdout).not.toContain('TencentCloudRdpHardeningTest');
    const refused = runCli([...base, '--no-test-marker', '--test-marker-text', 'seven']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('--test-marker-text belongs to setting 5, which --no-test-marker switches off');
  });

  test('--help lists its flags', () => {
    expect(runCli(['--help']).stdout).toMatch(/--no-test-marker[\s\S]*--test-marker-text/);
  });
});

test('the docs table gets its row', () => {
  expect(settingsTable(settingUnits())).toContain(
    '| 5 | `test-marker` | Test marker (test-only) | `testMarker` / `--no-test-marker` | `testMarkerText` / `--test-marker-text`: the marker text |',
  );
});
