import { TerraformStack, TerraformVariable } from 'cdktf';
import { HardenedWindowsInstance, HardenedWindowsInstanceProps } from '../../lib';
import { checkConfiguration } from '../../lib/policy/check';
import { CheckRunCache } from '../../lib/policy/engine/check-run-cache';
import { TerraformConfiguration } from '../../lib/policy/engine/terraform-configuration';
import { PowerShellParser } from '../../lib/policy/script-analysis';
import { TencentcloudProvider } from '../../lib/providers/tencentcloud';
import {
  check,
  editHardeningScript,
  loadPolicyParser,
  only,
  synthHardenedInstance,
  synthWithMetadata,
  TerraformJson,
} from '../helpers/policy';
import { configuration, instance } from './fixtures/fixture';

// A script this library rendered is recognised by rendering the record's options again and comparing the whole
// text, and is then not parsed: these tests hold every render the options can produce to the full analysis, and
// show that no edit, with the $Fingerprint line and the record kept, is taken for a render.

let parser: PowerShellParser;
beforeAll(async () => {
  parser = await loadPolicyParser();
});

const CVM = 'tencentcloud_instance';
function outcomes(json: TerraformJson, ruleId: string): string[] {
  return check(json)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `${f.status} ${f.findingId ?? ''} ${f.reason}`);
}

/**
 * The same configuration with the record's fingerprint changed: the recognition gives up at once, and the full
 * analysis reads the script, which no check here reads the fingerprint for.
 */
function unrecognised(json: TerraformJson): TerraformJson {
  const copy = JSON.parse(JSON.stringify(json)) as TerraformJson;
  only(copy, CVM).body['//']['tencentcloud-hardened-windows'].hardening.scriptFingerprint = 'not-this-render';
  return copy;
}

/** Every setting on and off, each password source, Guest, the author's commands, both formats. */
function optionCases(): Array<[string, Partial<HardenedWindowsInstanceProps>]> {
  const cases: Array<[string, Partial<HardenedWindowsInstanceProps>]> = [];
  for (let mask = 1; mask < 16; mask++) {
    const on = [0, 1, 2, 3].map((bit) => (mask & (1 << bit)) !== 0);
    // Plain user data fits Tencent Cloud's limit only without setting 3.
    const format = on[2] || mask % 2 === 0 ? 'compressed' : 'plain';
    cases.push([
      `settings ${on.map((b) => (b ? 1 : 0)).join('')}, ${format}`,
      {
        classicSharingModel: on[0],
        savedCredentialDelegation: on[1],
        storedRdpCredential: on[2],
        passwordProtectedSharingOff: on[3],
        userDataFormat: format,
      },
    ]);
  }
  cases.push(
    ['Guest access on', { enableGuestAccount: true }],
    ['the password in user data', { dangerouslyPutPasswordInUserData: true }],
    ["the author's commands", { userDataCommands: ["Write-Output 'it''s the author'", '$x = @{ a = 1 }'] }],
    [
      "the author's commands, plain",
      { userDataCommands: ["Write-Output 'x'"], userDataFormat: 'plain', storedRdpCredential: false },
    ],
    [
      'a user, targets and servers',
      {
        extraCredentialTargets: ['rdp.example.com'],
        delegationServers: ['TERMSRV/*.example.com'],
      },
    ],
  );
  return cases;
}

test.each(optionCases())(
  'a render (%s) gets the same TcWin-RDP1 and TcWin-UD3 answers recognised as from the full analysis',
  (_label, props) => {
    const json = synthHardenedInstance(props);
    const edited = unrecognised(json);
    const recognised = outcomes(json, 'TcWin-RDP1');
    expect(recognised).toEqual(outcomes(edited, 'TcWin-RDP1'));
    expect(recognised.every((o) => o.startsWith('COMPLIANT') || o.startsWith('NOT_APPLICABLE'))).toBe(true);
    // TcWin-UD3 reads only the author's commands of a render, and the whole of any other script: its reasons say
    // which, so only the verdicts compare.
    const statuses = (j: TerraformJson) => outcomes(j, 'TcWin-UD3').map((o) => o.split(' ')[0]);
    expect(statuses(json)).toEqual(statuses(edited));
    expect(statuses(json)).toEqual(['COMPLIANT']);
  },
);

test('an edit keeping the $Fingerprint line and the record is analysed, not taken for the render', () => {
  const json = synthHardenedInstance();
  editHardeningScript(only(json, CVM).body, (script) =>
    script.replace(/(-Name 'ForceGuest' -Kind 'DWord' -Value )0/, '$11'),
  );
  const edited = outcomes(json, 'TcWin-RDP1').filter((o) => o.startsWith('NON_COMPLIANT'));
  expect(edited).toHaveLength(1);
  expect(edited[0]).toContain('classic-sharing-model');
});

test('user data whose instance lines name another secret than its record is analysed, not taken for the render', () => {
  // The payload is the render's, byte for byte; only the loader's plain line for the secret's name differs.
  const json = synthHardenedInstance();
  const body = only(json, CVM).body;
  const text = Buffer.from(body.user_data as string, 'base64').toString('utf8');
  const edited = text.replace(/^\$InstanceSecretName = '[^']*'$/m, "$InstanceSecretName = 'someone-elses-secret'");
  expect(edited).not.toBe(text);
  body.user_data = Buffer.from(edited, 'utf8').toString('base64');
  const failures = outcomes(json, 'TcWin-RDP1').filter((o) => o.startsWith('NON_COMPLIANT'));
  expect(failures).toEqual([expect.stringMatching(/^NON_COMPLIANT stored-rdp-credential .*someone-elses-secret/)]);
});

test("TcWin-UD3 reads the whole script of an edited render, not only the author's commands", () => {
  // A $Fingerprint line used to be enough for UD3 to read only userDataCommands: code added elsewhere went unseen.
  const json = synthHardenedInstance();
  editHardeningScript(only(json, CVM).body, (script) => `${script}\n$Name = $env:HOST_NAME ?? 'cvm'\n`);
  const findings = outcomes(json, 'TcWin-UD3').filter((o) => o.startsWith('NON_COMPLIANT'));
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatch(/of the user-data script: the null-coalescing operator \?\?/);
});

test('renders for many instances are recognised without parsing; equal hand-written scripts are parsed once', () => {
  const json = synthWithMetadata((stack: TerraformStack) => {
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
    for (const name of ['windows-a', 'windows-b', 'windows-c']) {
      new HardenedWindowsInstance(stack, name, {
        availabilityZone: 'ap-guangzhou-3',
        imageId: 'img-9id7emv7',
        rdpAllowedCidrs: ['198.51.100.0/24'],
        administratorPassword: password.stringValue,
      });
    }
  });
  const handWritten = Buffer.from(
    "<powershell>\nSet-ItemProperty -Path 'HKLM:\\x' -Name y -Value 1\n</powershell>\n",
  ).toString('base64');
  const hand = configuration({
    resource: {
      [CVM]: Object.fromEntries(
        ['d', 'e', 'f'].map((name) => [name, instance({ instance_name: `win-${name}`, user_data: handWritten })]),
      ),
    },
  });
  const parse = jest.spyOn(parser, 'parse');
  try {
    const cache = new CheckRunCache();
    const rendered = checkConfiguration(TerraformConfiguration.fromJson(json, 'rendered'), { parser, cache });
    expect(rendered.filter((f) => f.ruleId === 'TcWin-RDP1').map((f) => f.status)).toEqual([
      'COMPLIANT',
      'COMPLIANT',
      'COMPLIANT',
    ]);
    expect(parse).not.toHaveBeenCalled();

    const handFindings = checkConfiguration(TerraformConfiguration.fromJson(hand, 'hand'), { parser, cache });
    expect(handFindings.filter((f) => f.ruleId === 'TcWin-RDP1' && f.status === 'NON_COMPLIANT')).not.toHaveLength(0);
    // Once for TcWin-RDP1 and once for TcWin-UD3's compatibility check: not once per instance.
    expect(parse).toHaveBeenCalledTimes(2);
  } finally {
    parse.mockRestore();
  }
});
