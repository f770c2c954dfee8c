import { extraCommandsOf, renderBootstrapScript, scriptAsRun } from '../../lib/powershell';
import { ALL_SETTING_IDS, HardeningPolicy, HardeningPolicyOptions, RegistryValue, SettingId } from '../../lib/settings';
import { Node } from 'web-tree-sitter';
import { PowerShellParser } from '../../lib/policy/script-analysis';
import { loadParser, parseHardeningScript } from '../helpers/powershell';

const SSM = {
  kind: 'ssm-secret',
  secretName: 'rdp-password-web-1a2b3c4d',
  secretVersionId: 'v1',
  camRoleName: 'rdp-credential-web-1a2b3c4d',
} as const;

/**
 * What each setting must leave in the registry, written out from the facts sheet
 * (shared/reference/windows-rdp-settings.md), not from the policy model, so a wrong model fails here.
 */
const DOCUMENTED_WRITES: Record<Exclude<SettingId, 'stored-rdp-credential'>, RegistryValue[]> = {
  'classic-sharing-model': [
    { key: 'SYSTEM\\CurrentControlSet\\Control\\Lsa', name: 'ForceGuest', kind: 'DWord', data: 0 },
  ],
  'saved-credential-delegation': [
    {
      key: 'SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation',
      name: 'AllowSavedCredentialsWhenNTLMOnly',
      kind: 'DWord',
      data: 1,
    },
    {
      key: 'SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation',
      name: 'ConcatenateDefaults_AllowSavedNTLMOnly',
      kind: 'DWord',
      data: 0,
    },
    {
      key: 'SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation\\AllowSavedCredentialsWhenNTLMOnly',
      name: '1',
      kind: 'String',
      data: 'TERMSRV/*',
    },
  ],
  'password-protected-sharing-off': [
    { key: 'SYSTEM\\CurrentControlSet\\Control\\Lsa', name: 'EveryoneIncludesAnonymous', kind: 'DWord', data: 1 },
    {
      key: 'SYSTEM\\CurrentControlSet\\Services\\LanManServer\\Parameters',
      name: 'RestrictNullSessAccess',
      kind: 'DWord',
      data: 0,
    },
  ],
};

function render(options: HardeningPolicyOptions = {}) {
  const policy = HardeningPolicy.fromOptions({ credentialPasswordSource: SSM, ...options });
  return renderBootstrapScript(policy.settings);
}

beforeAll(loadParser);

describe('the bootstrap script for all four settings', () => {
  const effects = () => parseHardeningScript(scriptAsRun(render()));

  test("parses without a syntax error and applies the settings in the guide's order", () => {
    expect([...effects().settings.keys()]).toEqual([...ALL_SETTING_IDS]);
  });

  test.each(Object.entries(DOCUMENTED_WRITES))('%s writes exactly the documented registry values', (id, writes) => {
    expect(effects().settings.get(id)?.registryValues).toEqual(writes);
  });

  test('setting 2 owns its server list, records it in local Group Policy, and the script runs gpupdate /force', () => {
    const delegation = effects().settings.get('saved-credential-delegation')!;
    expect(delegation.registryLists).toEqual([
      {
        key: 'SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation\\AllowSavedCredentialsWhenNTLMOnly',
        entries: ['TERMSRV/*'],
      },
    ]);
    expect(delegation.syncsLocalGroupPolicy).toBe(true);
    expect(effects().runsGpupdate).toBe(true);
  });

  test('settings 1 and 4 touch nothing but their registry values', () => {
    for (const id of ['classic-sharing-model', 'password-protected-sharing-off']) {
      const setting = effects().settings.get(id)!;
      expect(setting).toMatchObject({
        syncsLocalGroupPolicy: false,
        enablesGuestNetworkAccess: false,
        registryLists: [],
        unreadable: [],
      });
      expect(setting.credentialTask).toBeUndefined();
    }
  });

  test('setting 3 registers the logon task for Administrator with the SSM secret and role, and writes no registry value', () => {
    const credential = effects().settings.get('stored-rdp-credential')!;
    expect(credential.registryValues).toEqual([]);
    expect(credential.credentialTask).toEqual({
      userName: 'Administrator',
      extraTargets: [],
      passwordSource: 'ssm-secret',
      secretName: SSM.secretName,
      secretVersionId: 'v1',
      camRoleName: SSM.camRoleName,
    });
  });

  test('every helper the setting blocks call is defined in the script', () => {
    const called = [
      'set-hardeningregistryvalue',
      'set-hardeningregistrylist',
      'sync-localgrouppolicy',
      'register-credentialtask',
    ];
    for (const name of called) expect(effects().functions).toContain(name);
  });

  test('the statuses it starts from mark every setting as not yet run', () => {
    expect(Object.fromEntries(effects().declaredStatus)).toEqual(
      Object.fromEntries(ALL_SETTING_IDS.map((id) => [id, 'not-run'])),
    );
  });
});

describe('switching one setting off', () => {
  const allOn = () => parseHardeningScript(scriptAsRun(render()));

  test.each(ALL_SETTING_IDS.map((id) => [id]))('removes exactly the block of %s and marks it disabled', (id) => {
    const off = { [optionFor(id)]: false } as HardeningPolicyOptions;
    const effects = parseHardeningScript(scriptAsRun(render(off)));
    const expected = new Map(allOn().settings);
    expected.delete(id);
    expect(effects.settings).toEqual(expected);
    expect(effects.declaredStatus.get(id)).toBe('disabled');
  });

  test('without setting 2 no helper for Group Policy is included', () => {
    const effects = parseHardeningScript(scriptAsRun(render({ savedCredentialDelegation: false })));
    expect(effects.functions).not.toContain('sync-localgrouppolicy');
    expect(effects.functions).not.toContain('set-hardeningregistrylist');
  });

  test('with every setting off the script still parses and applies nothing', () => {
    const effects = parseHardeningScript(
      render({
        classicSharingModel: false,
        savedCredentialDelegation: false,
        storedRdpCredential: false,
        passwordProtectedSharingOff: false,
      }).text,
    );
    expect(effects.settings.size).toBe(0);
    expect([...effects.declaredStatus.values()]).toEqual(['disabled', 'disabled', 'disabled', 'disabled']);
  });
});

describe('options', () => {
  test('a narrower delegation list replaces TERMSRV/*, entry by entry', () => {
    const effects = parseHardeningScript(
      scriptAsRun(render({ delegationServers: ['TERMSRV/203.0.113.10', 'TERMSRV/*.corp.example'] })),
    );
    expect(effects.settings.get('saved-credential-delegation')?.registryLists[0].entries).toEqual([
      'TERMSRV/203.0.113.10',
      'TERMSRV/*.corp.example',
    ]);
  });

  test('the Guest opt-in adds the Guest change to setting 4 and nothing else', () => {
    const effects = parseHardeningScript(scriptAsRun(render({ enableGuestAccount: true })));
    expect(effects.settings.get('password-protected-sharing-off')?.enablesGuestNetworkAccess).toBe(true);
    expect(effects.settings.get('password-protected-sharing-off')?.registryValues).toEqual(
      DOCUMENTED_WRITES['password-protected-sharing-off'],
    );
    expect(parseHardeningScript(scriptAsRun(render())).functions).not.toContain('enable-guestnetworkaccess');
  });

  test('the credential user and further targets reach the logon task as literals', () => {
    const effects = parseHardeningScript(
      scriptAsRun(render({ credentialUserName: 'rdp.ops', extraCredentialTargets: ['10.0.1.5', 'rdp.example.com'] })),
    );
    expect(effects.settings.get('stored-rdp-credential')?.credentialTask).toMatchObject({
      userName: 'rdp.ops',
      extraTargets: ['10.0.1.5', 'rdp.example.com'],
    });
  });

  test('extra commands run last, in a block of their own, as one quoted script block', () => {
    const policy = HardeningPolicy.fromOptions({ credentialPasswordSource: SSM });
    const script = renderBootstrapScript(policy.settings, { extraCommands: ["Write-Output 'hello'"] });
    const effects = parseHardeningScript(script.text);
    expect([...effects.settings.keys()].pop()).toBe('extra-commands');
    expect(effects.settings.get('extra-commands')?.unreadable).toEqual([
      ". ([scriptblock]::Create('Write-Output ''hello'''))",
    ]);
  });

  test('the extra commands can be read back out of their literal, and a script without them has none', () => {
    const policy = HardeningPolicy.fromOptions({ credentialPasswordSource: SSM });
    const commands = ["$a = 'x’y'", '@"', 'Write-Output "$a"'];
    expect(extraCommandsOf(renderBootstrapScript(policy.settings, { extraCommands: commands }).text)).toBe(
      commands.join('\n'),
    );
    expect(extraCommandsOf(renderBootstrapScript(policy.settings).text)).toBeUndefined();
  });

  test('the fingerprint changes with the settings and is written into the script', () => {
    const a = render();
    const b = render({ delegationServers: ['TERMSRV/203.0.113.10'] });
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a.text).toContain(`$Fingerprint = '${a.fingerprint}'`);
  });
});

describe('the compact text (what compressed user data carries)', () => {
  /**
   * A parse tree as text, without comments; a here-string (the logon task's script) is parsed in turn, so
   * the comparison reaches into it.
   */
  function shape(parser: PowerShellParser, script: string): string {
    const parsed = parser.parse(script);
    expect(parsed.problems).toEqual([]);
    const walk = (node: Node): string => {
      if (node.type === 'verbatim_here_string_characters') {
        return `here-string[${shape(parser, node.text.replace(/^@'\n/, '').replace(/'@$/, ''))}]`;
      }
      if (node.childCount === 0) return JSON.stringify(node.text);
      const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
      return `${node.type}(${children.map(walk).join(' ')})`;
    };
    return walk(parsed.root);
  }

  test.each([
    ['all four settings, SSM', {}],
    [
      'the plaintext opt-in and the Guest account',
      { credentialPasswordSource: { kind: 'user-data' }, enableGuestAccount: true },
    ],
    ['settings 1, 2 and 4', { storedRdpCredential: false }],
  ] as const)('%s: the same code as the text, with no comment but the header', async (_, options) => {
    const parser = await loadParser();
    const script = render(options as HardeningPolicyOptions);
    expect(shape(parser, script.compactText)).toBe(shape(parser, script.text));
    const comments = parser
      .parse(script.compactText)
      .root.descendantsOfType('comment')
      .map((c) => c!.text);
    // The header's two comment lines go too: the payload starts with the fingerprint.
    expect(comments).toEqual([]);
    expect(script.compactText.split('\n')[0]).toBe(`$Fingerprint = '${script.fingerprint}'`);
    // The here-string's comment lines are gone too, and only whole-line comments and blank lines were taken out
    // (indentation aside, which the shape above already shows changed nothing).
    const compactLines = new Set(script.compactText.split('\n').map((line) => line.trimStart()));
    const removed = script.text.split('\n').filter((line) => !compactLines.has(line.trimStart()));
    expect(removed.filter((line) => /^\s*#/.test(line)).length).toBeGreaterThan(2);
    expect(
      removed.filter(
        (line) => line.trim() !== '' && !/^\s*#/.test(line) && line !== `$Fingerprint = '${script.fingerprint}'`,
      ),
    ).toEqual([]);
  });

  test("the author's commands stay as they are, their comment lines included", () => {
    const policy = HardeningPolicy.fromOptions({ credentialPasswordSource: SSM });
    const commands = ['# a comment of the author', "$note = @'", '# data, not a comment', "'@", 'Write-Output $note'];
    const script = renderBootstrapScript(policy.settings, { extraCommands: commands });
    expect(extraCommandsOf(script.compactText)).toBe(commands.join('\n'));
  });
});

describe('exit codes', () => {
  test('the script exits only with 0, 1 or 2, never with a Cloudbase-Init code (1001-1003)', async () => {
    const parser = await loadParser();
    const root = parser.parse(render().text).root;
    const exits = root
      .descendantsOfType('flow_control_statement')
      .map((n) => n!.text)
      .filter((t) => /^exit\b/i.test(t));
    expect(exits).toEqual(['exit 0', 'exit 1', 'exit 2']);
  });
});

function optionFor(id: SettingId): keyof HardeningPolicyOptions {
  const options: Record<SettingId, keyof HardeningPolicyOptions> = {
    'classic-sharing-model': 'classicSharingModel',
    'saved-credential-delegation': 'savedCredentialDelegation',
    'stored-rdp-credential': 'storedRdpCredential',
    'password-protected-sharing-off': 'passwordProtectedSharingOff',
  };
  return options[id];
}
