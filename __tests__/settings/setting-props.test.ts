import { BuiltInSettingProps, savedCredentialDelegation, storedRdpCredential } from '../../lib/settings';
import { settingPropRules } from '../../lib/constructs/private/validate-instance-props';
import { settingUnits } from '../../lib/settings/setting-registry';

// Each key of BuiltInSettingProps once: the mapped type makes a key missing here, or one the type lacks, a compile
// error, so this list is the type's own.
const DECLARED: { readonly [K in keyof Required<BuiltInSettingProps>]: true } = {
  classicSharingModel: true,
  savedCredentialDelegation: true,
  delegationServers: true,
  storedRdpCredential: true,
  credentialUserName: true,
  extraCredentialTargets: true,
  passwordProtectedSharingOff: true,
  enableGuestAccount: true,
};

test("the settings' props are exactly the registered settings' on/off props and options (the password source is bound late)", () => {
  const fromUnits = settingUnits().flatMap((unit) => [
    unit.toggleProp,
    ...unit.options.filter((option) => option.kind !== 'password-source').map((option) => option.prop),
  ]);
  expect([...fromUnits].sort()).toEqual(Object.keys(DECLARED).sort());
});

test("each prop's rule at the construct comes from its setting's option: the validator, the examples, non-empty", () => {
  // Makers that describe the rule instead of checking, so the table reads as what each prop is held to.
  const rules = settingPropRules<string>({
    flag: 'flag',
    text: (example, validate) => `text ${example} by ${validate.name}`,
    list: (example, entry, nonEmpty) => `list ${example}${nonEmpty ? ' (not empty)' : ''} of ${entry}`,
  });
  expect(Object.fromEntries(Object.entries(rules).map(([prop, rule]) => [prop, rule.check]))).toEqual({
    classicSharingModel: 'flag',
    savedCredentialDelegation: 'flag',
    delegationServers:
      'list ["TERMSRV/203.0.113.10"] (not empty) of text TERMSRV/203.0.113.10 by validateDelegationServer',
    storedRdpCredential: 'flag',
    credentialUserName: 'text rdp-operator by validateWindowsUserName',
    extraCredentialTargets: 'list ["10.0.1.5", "rdp.example.com"] of text rdp.example.com by validateCredentialTarget',
    passwordProtectedSharingOff: 'flag',
    enableGuestAccount: 'flag',
  });
});

describe("each setting's own build refuses what its option's rule refuses (used without a construct)", () => {
  const passwordSource = { kind: 'user-data-plaintext' } as const;
  test.each([
    [
      'credentialUserName',
      () => storedRdpCredential({ userName: 'ops/admin', passwordSource }),
      /^credentialUserName must be/,
    ],
    [
      'extraCredentialTargets[1]',
      () => storedRdpCredential({ extraTargets: ['rdp.example.com', 'TERMSRV/x'], passwordSource }),
      /^extraCredentialTargets\[1\] must be/,
    ],
    [
      'delegationServers (empty)',
      () => savedCredentialDelegation({ servers: [] }),
      /^delegationServers must be a list of at least one entry/,
    ],
    [
      'delegationServers[0]',
      () => savedCredentialDelegation({ servers: ['HTTP/x'] }),
      /^delegationServers\[0\] must be/,
    ],
  ])('%s', (_, build, message) => {
    expect(build).toThrow(message);
  });

  test('a value its option accepts builds', () => {
    expect(storedRdpCredential({ userName: 'rdp-operator', extraTargets: ['10.0.1.5'], passwordSource }).id).toBe(
      'stored-rdp-credential',
    );
    expect(savedCredentialDelegation({ servers: ['TERMSRV/203.0.113.10'] }).registryLists[0].entries).toEqual([
      'TERMSRV/203.0.113.10',
    ]);
  });
});
