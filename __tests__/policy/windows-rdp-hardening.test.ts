import { ALL_SETTING_IDS } from '../../lib/settings';
import {
  base64,
  rdp1Failures,
  rdp1Findings,
  editHardeningScript,
  loadPolicyParser,
  only,
  synthHardenedInstance,
  TerraformJson,
  withoutSettingBlock,
} from '../helpers/policy';
import { configuration, instance } from './fixtures/fixture';
import { handWrittenHardening } from './fixtures/windows-rdp-hardening';

const CVM = 'tencentcloud_instance';
let defaultStack: TerraformJson;

beforeAll(async () => {
  await loadPolicyParser();
  defaultStack = synthHardenedInstance();
});

/** A fresh copy of the default construct's stack and its instance body, to edit. */
function copy(): { json: TerraformJson; body: Record<string, any> } {
  const json = JSON.parse(JSON.stringify(defaultStack)) as TerraformJson;
  return { json, body: only(json, CVM).body };
}

function editScript(edit: (script: string) => string): TerraformJson {
  const { json, body } = copy();
  editHardeningScript(body, edit);
  return json;
}

function replaceOnce(script: string, from: string, to: string): string {
  if (!script.includes(from)) throw new Error(`the script does not contain ${JSON.stringify(from)}`);
  return script.replace(from, to);
}

/** Removes a function definition (its `function Name` line to the next `}` in column 1). */
function withoutFunction(script: string, name: string): string {
  const lines = script.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`function ${name}`));
  if (start < 0) throw new Error(`no function ${name}`);
  const end = lines.findIndex((l, i) => i > start && l === '}');
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
}

describe('instances made by HardenedWindowsInstance', () => {
  test('the default instance applies the four recorded settings', () => {
    expect(rdp1Findings(defaultStack).map((f) => [f.status, f.reason])).toEqual([
      [
        'COMPLIANT',
        'its compressed user data applies 1 classic-sharing-model, 2 saved-credential-delegation, 3 stored-rdp-credential, ' +
          '4 password-protected-sharing-off (HardenedWindowsInstance recorded these settings as enabled)',
      ],
    ]);
  });

  test.each(ALL_SETTING_IDS.map((id, i) => [i + 1, id]))(
    'removing setting %i (%s) from the script fails naming it, and only it',
    (step, id) => {
      expect(rdp1Failures(editScript((s) => withoutSettingBlock(s, id)))).toEqual([
        [id, `setting ${step} ${id}: the script has no Invoke-HardeningSetting '${id}' block`],
      ]);
    },
  );

  test('the plain format, edited the same way, fails the same way', () => {
    const json = synthHardenedInstance({ userDataFormat: 'plain', storedRdpCredential: false });
    editHardeningScript(only(json, CVM).body, (s) => withoutSettingBlock(s, 'password-protected-sharing-off'));
    expect(rdp1Failures(json)).toEqual([
      [
        'password-protected-sharing-off',
        "setting 4 password-protected-sharing-off: the script has no Invoke-HardeningSetting 'password-protected-sharing-off' block",
      ],
    ]);
  });

  test('deleting the record as well does not hide a removed setting: the instance is then held to all four', () => {
    const { json, body } = copy();
    delete body['//']['tencentcloud-hardened-windows'].hardening;
    expect(rdp1Findings(json).map((f) => f.status)).toEqual(['COMPLIANT']);
    editHardeningScript(body, (s) => withoutSettingBlock(s, 'classic-sharing-model'));
    expect(rdp1Failures(json).map(([id]) => id)).toEqual(['classic-sharing-model']);
    expect(rdp1Failures(json)[0][1]).toMatch(
      /is taken for Windows because its user_data is a PowerShell script\)\. This check recognizes only the script structure/,
    );
  });

  test('a wrong value is named with what it is and what it should be', () => {
    const json = editScript((s) =>
      replaceOnce(s, "-Name 'ForceGuest' -Kind 'DWord' -Value 0", "-Name 'ForceGuest' -Kind 'DWord' -Value 1"),
    );
    expect(rdp1Failures(json)).toEqual([
      [
        'classic-sharing-model',
        'setting 1 classic-sharing-model: it writes HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\ForceGuest = 1 (DWord), expected 0 (DWord)',
      ],
    ]);
  });

  test('a write set back later in the same block counts as the value left behind', () => {
    const json = editScript((s) =>
      replaceOnce(
        s,
        "  Set-HardeningRegistryValue -Key 'SYSTEM\\CurrentControlSet\\Control\\Lsa' -Name 'ForceGuest' -Kind 'DWord' -Value 0\n",
        "  Set-HardeningRegistryValue -Key 'SYSTEM\\CurrentControlSet\\Control\\Lsa' -Name 'ForceGuest' -Kind 'DWord' -Value 0\n" +
          "  Set-HardeningRegistryValue -Key 'SYSTEM\\CurrentControlSet\\Control\\Lsa' -Name 'ForceGuest' -Kind 'DWord' -Value 1\n",
      ),
    );
    expect(rdp1Failures(json).map(([id, reason]) => [id, reason.replace(/:.*/, '')])).toEqual([
      ['classic-sharing-model', 'setting 1 classic-sharing-model'],
    ]);
  });

  test("one of setting 4's two values missing is named", () => {
    const json = editScript((s) =>
      s
        .split('\n')
        .filter((l) => !l.includes("-Name 'RestrictNullSessAccess'"))
        .join('\n'),
    );
    expect(rdp1Failures(json)).toEqual([
      [
        'password-protected-sharing-off',
        'setting 4 password-protected-sharing-off: it does not write HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanManServer\\Parameters\\RestrictNullSessAccess',
      ],
    ]);
  });

  test('setting 2 needs its server list, the Group Policy sync and gpupdate', () => {
    const list = editScript((s) =>
      replaceOnce(s, "-Entries @('TERMSRV/*')", "-Entries @('TERMSRV/*', 'TERMSRV/evil.example')"),
    );
    expect(rdp1Failures(list)).toEqual([
      [
        'saved-credential-delegation',
        'setting 2 saved-credential-delegation: it sets HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation\\AllowSavedCredentialsWhenNTLMOnly ' +
          'to ["TERMSRV/*","TERMSRV/evil.example"], expected ["TERMSRV/*"]',
      ],
    ]);
    const noSync = editScript((s) => replaceOnce(s, '  Sync-LocalGroupPolicy\n', ''));
    expect(rdp1Failures(noSync)).toEqual([
      [
        'saved-credential-delegation',
        'setting 2 saved-credential-delegation: it does not record the policy in local Group Policy (Sync-LocalGroupPolicy)',
      ],
    ]);
    const noGpupdate = editScript((s) => replaceOnce(s, '    & gpupdate.exe /target:computer /force | Out-Null\n', ''));
    expect(rdp1Failures(noGpupdate)).toEqual([
      ['saved-credential-delegation', 'setting 2 saved-credential-delegation: the script never runs gpupdate /force'],
    ]);
  });

  test("setting 3's logon task must match the record and the instance role, and store the credential", () => {
    const user = editScript((s) => replaceOnce(s, "-UserName 'Administrator'", "-UserName 'Guest'"));
    expect(rdp1Failures(user)).toEqual([
      [
        'stored-rdp-credential',
        'setting 3 stored-rdp-credential: its logon task has userName "Guest", expected "Administrator"',
      ],
    ]);

    const { json: role, body } = copy();
    const recorded = body.cam_role_name;
    body.cam_role_name = 'some-other-role';
    expect(rdp1Failures(role)).toEqual([
      [
        'stored-rdp-credential',
        `setting 3 stored-rdp-credential: the instance's cam_role_name is "some-other-role", but the logon task reads the secret as ${JSON.stringify(
          recorded,
        )}`,
      ],
    ]);

    const noCmdkey = editScript((s) => s.replace(/^ {4}& cmdkey\.exe .*\n/m, ''));
    expect(rdp1Failures(noCmdkey)).toEqual([
      ['stored-rdp-credential', "setting 3 stored-rdp-credential: the logon task's script never runs cmdkey.exe"],
    ]);
  });

  test('helpers the blocks rely on must be defined, and must do their work', () => {
    const undefinedHelper = editScript((s) => withoutFunction(s, 'Set-HardeningRegistryValue'));
    expect(rdp1Failures(undefinedHelper).map(([id]) => id)).toEqual([
      'classic-sharing-model',
      'saved-credential-delegation',
      'password-protected-sharing-off',
    ]);
    expect(rdp1Failures(undefinedHelper)[0][1]).toBe(
      'setting 1 classic-sharing-model: it relies on Set-HardeningRegistryValue, which the script does not define',
    );

    const emptied = editScript((s) =>
      replaceOnce(
        s,
        "  New-ItemProperty -LiteralPath ('HKLM:\\' + $Key)",
        "  Write-Output -InputObject ('HKLM:\\' + $Key)",
      ),
    );
    expect(rdp1Failures(emptied)[0]).toEqual([
      'classic-sharing-model',
      "setting 1 classic-sharing-model: the script's Set-HardeningRegistryValue never runs new-itemproperty, so it changes nothing",
    ]);
  });

  test('blocks in a function the script never calls apply nothing', () => {
    const json = editScript((s) => replaceOnce(s, '  Invoke-Hardening\n', ''));
    expect(rdp1Failures(json).map(([id, reason]) => [id, reason.replace(/^setting \d [a-z-]+: /, '')])).toEqual(
      ALL_SETTING_IDS.map((id) => [
        id,
        'its block never runs: Invoke-Hardening, the function it sits in, is never called',
      ]),
    );
  });

  test('a command the check cannot read inside a setting block is a finding', () => {
    const json = editScript((s) =>
      replaceOnce(
        s,
        "Invoke-HardeningSetting 'classic-sharing-model' 'step 1",
        "Invoke-HardeningSetting 'classic-sharing-model' 'step 1",
      ).replace(
        "-Name 'ForceGuest' -Kind 'DWord' -Value 0\n",
        "-Name 'ForceGuest' -Kind 'DWord' -Value 0\n  Remove-ItemProperty -LiteralPath 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Lsa' -Name 'ForceGuest'\n",
      ),
    );
    expect(rdp1Failures(json)).toEqual([
      [
        'classic-sharing-model',
        'setting 1 classic-sharing-model: its block also runs commands this check cannot verify: ' +
          // Quoted as JSON and cut at 80 characters.
          '"Remove-ItemProperty -LiteralPath \'HKLM:\\\\SYSTEM\\\\CurrentControlSet\\\\Control\\\\Lsa\' -N"',
      ],
    ]);
  });

  test('a script that does not parse applies nothing', () => {
    const [finding] = rdp1Findings(
      editScript((s) => replaceOnce(s, 'function Invoke-Hardening {', 'function Invoke-Hardening {{')),
    );
    expect(finding.status).toBe('NON_COMPLIANT');
    expect(finding.reason).toMatch(
      /^its script has \d+ syntax error\(s\), the first at line \d+ column \d+ .*PowerShell runs nothing of a script that does not parse, so none of 1 classic-sharing-model, 2 saved-credential-delegation, 3 stored-rdp-credential, 4 password-protected-sharing-off is applied$/,
    );
  });

  test("a loader that is not the library's is refused before anything is trusted", () => {
    const { json, body } = copy();
    const text = Buffer.from(body.user_data, 'base64').toString('utf8');
    body.user_data = base64(
      text.replace(/^\. \(\[scriptblock\]::Create\(/m, (line) => `Invoke-Expression 'net user x /add'\n${line}`),
    );
    expect(rdp1Failures(json)).toEqual([
      [
        undefined,
        'the compressed user data cannot be expanded: the user data has a compressed payload, but its loader is not the one this library writes, ' +
          'so none of 1 classic-sharing-model, 2 saved-credential-delegation, 3 stored-rdp-credential, 4 password-protected-sharing-off is applied',
      ],
    ]);
  });

  test('a record that promises a setting the script lacks fails for that setting', () => {
    const json = synthHardenedInstance({ passwordProtectedSharingOff: false });
    only(json, CVM).body['//']['tencentcloud-hardened-windows'].hardening.settings.push(
      'password-protected-sharing-off',
    );
    expect(rdp1Failures(json)).toEqual([
      [
        'password-protected-sharing-off',
        "setting 4 password-protected-sharing-off: the script has no Invoke-HardeningSetting 'password-protected-sharing-off' block",
      ],
    ]);
  });

  test('a malformed record is a finding, not a pass', () => {
    const { json, body } = copy();
    body['//']['tencentcloud-hardened-windows'].hardening.settings = ['no-such-setting'];
    expect(rdp1Failures(json)).toEqual([
      [
        undefined,
        'its hardening record is malformed: settings must list setting ids among classic-sharing-model, saved-credential-delegation, ' +
          'stored-rdp-credential, password-protected-sharing-off, so what its user data must do is not known',
      ],
    ]);
  });

  test('no user data, or user data computed at deploy time', () => {
    const { json: none, body } = copy();
    delete body.user_data;
    expect(rdp1Failures(none)[0][1]).toMatch(/^it has no user data, so none of 1 classic-sharing-model, .* is applied/);

    const { json: computed, body: computedBody } = copy();
    computedBody.user_data = '${filebase64("bootstrap.ps1")}';
    expect(rdp1Findings(computed).map((f) => f.status)).toEqual(['UNKNOWN']);
  });

  test('the password opt-in (user_data_raw) and the plain format are read too', () => {
    const optIn = rdp1Findings(synthHardenedInstance({ dangerouslyPutPasswordInUserData: true }));
    expect(optIn.map((f) => f.status)).toEqual(['COMPLIANT']);
    const plain = rdp1Findings(synthHardenedInstance({ userDataFormat: 'plain', storedRdpCredential: false }));
    expect(plain.map((f) => [f.status, f.reason])).toEqual([
      [
        'COMPLIANT',
        'its plain user data applies 1 classic-sharing-model, 2 saved-credential-delegation, 4 password-protected-sharing-off ' +
          '(HardenedWindowsInstance recorded these settings as enabled)',
      ],
    ]);
  });

  test('a narrower delegation list and the Guest opt-in are compared with the record', () => {
    const narrow = synthHardenedInstance({ delegationServers: ['TERMSRV/203.0.113.10'], enableGuestAccount: true });
    expect(rdp1Findings(narrow).map((f) => f.status)).toEqual(['COMPLIANT']);
    const body = only(narrow, CVM).body;
    editHardeningScript(body, (s) => replaceOnce(s, '  Enable-GuestNetworkAccess\n', ''));
    expect(rdp1Failures(narrow)).toEqual([
      [
        'password-protected-sharing-off',
        'setting 4 password-protected-sharing-off: it does not enable Guest network access, which the record asks for',
      ],
    ]);
  });
});

describe('other Windows instances (the heuristic)', () => {
  const windowsImage = { tencentcloud_images: { win: { image_name_regex: '^Windows Server 2019' } } };

  test.each([
    [
      'an image looked up by a Windows image_name_regex',
      { image_id: '${data.tencentcloud_images.win.images[0].image_id}' },
      'its image comes from data.tencentcloud_images.win, whose image_name_regex is "^Windows Server 2019"',
    ],
    ['a hostname', { hostname: 'WIN-DC01' }, 'its hostname "WIN-DC01" names Windows'],
    ['an os tag', { tags: { os: 'Windows Server 2022' } }, 'its tag os = "Windows Server 2022" names Windows'],
  ])('%s marks an instance as Windows', (_what, attributes, evidence) => {
    const findings = rdp1Findings(
      configuration({ data: windowsImage, resource: { [CVM]: { host: instance(attributes) } } }),
    );
    expect(findings.map((f) => [f.status, f.reason])).toEqual([
      [
        'NON_COMPLIANT',
        'it has no user data, so none of 1 classic-sharing-model, 2 saved-credential-delegation, 3 stored-rdp-credential, ' +
          `4 password-protected-sharing-off is applied (it has no HardenedWindowsInstance record, and is taken for Windows because ${evidence})`,
      ],
    ]);
  });

  test('a PowerShell user data marks an instance as Windows, and each missing setting is named', () => {
    const host = instance({ user_data: base64('#ps1_sysnative\nWrite-Output hello\n') });
    const findings = rdp1Findings(configuration({ resource: { [CVM]: { host } } }));
    expect(findings.map((f) => [f.status, f.findingId])).toEqual(ALL_SETTING_IDS.map((id) => ['NON_COMPLIANT', id]));
    expect(findings[0].reason).toBe(
      "setting 1 classic-sharing-model: the script has no Invoke-HardeningSetting 'classic-sharing-model' block " +
        '(it has no HardenedWindowsInstance record, and is taken for Windows because its user_data is a PowerShell script). ' +
        'This check recognizes only the script structure this library writes (an Invoke-HardeningSetting block per ' +
        'setting), so a setting applied another way, with plain Set-ItemProperty calls say, is not seen: use the user ' +
        'data that tencentcloud-hardened-windows-user-data (npm run render-user-data) prints, or suppress TcWin-RDP1 on ' +
        'the instance with a reason',
    );
  });

  test('an instance with none of those is not Windows to the check', () => {
    const findings = rdp1Findings(
      configuration({
        resource: { [CVM]: { host: instance({ instance_name: 'winery-web', tags: { team: 'web' } }) } },
      }),
    );
    expect(findings.map((f) => [f.status, f.reason])).toEqual([
      ['NOT_APPLICABLE', 'not made by HardenedWindowsInstance, and nothing marks it as Windows'],
    ]);
  });

  test('hand-written hardening is checked for all four settings, its options for shape', () => {
    const image = '${data.tencentcloud_images.win.images[0].image_id}';
    const good = configuration({
      data: windowsImage,
      resource: { [CVM]: { host: instance({ image_id: image, user_data: handWrittenHardening() }) } },
    });
    expect(rdp1Findings(good).map((f) => f.status)).toEqual(['COMPLIANT']);

    const body = good.resource[CVM].host;
    const original = body.user_data;
    editHardeningScript(body, (s) => replaceOnce(s, "-Entries @('TERMSRV/*')", "-Entries @('TERMSRV/10.0.0.5')"));
    expect(rdp1Findings(good).map((f) => f.status)).toEqual(['COMPLIANT']);

    body.user_data = original;
    editHardeningScript(body, (s) => replaceOnce(s, "-Entries @('TERMSRV/*')", "-Entries @('*')"));
    expect(rdp1Failures(good)).toEqual([
      [
        'saved-credential-delegation',
        'setting 2 saved-credential-delegation: it sets HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation\\AllowSavedCredentialsWhenNTLMOnly ' +
          'to ["*"], expected TERMSRV/ entries (it has no HardenedWindowsInstance record, and is taken for Windows because its image comes ' +
          'from data.tencentcloud_images.win, whose image_name_regex is "^Windows Server 2019")',
      ],
    ]);
  });
});
