import { BuiltInSettingProps } from '../../lib/settings';
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
