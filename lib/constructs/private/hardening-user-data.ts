import { Fn, TerraformResource, Token } from 'cdktf';
import {
  BootstrapScript,
  renderBootstrapScript,
  renderUserData,
  terraformStringLiteral,
  USER_DATA_LIMIT_BYTES,
  userDataBase64Length,
  UserDataFormat,
  UserDataError,
  UserDataSegment,
} from '../../powershell';
import {
  CredentialPasswordSource,
  HardeningPolicy,
  hardeningRecordOf,
  POLICY_METADATA_OVERRIDE_PATH,
  PolicySuppressionRecord,
} from '../../settings';
import { InputError, mustBe, regionOfZone } from '../../validation';
import type { HardeningUserDataProps } from '../hardened-windows-instance';
import { RdpCredentialSecret, RdpCredentialSecretNames } from '../rdp-credential-secret';

/** The tag every resource that takes tags carries. */
export const HARDENED_BY_TAG = { 'hardened-by': 'tencentcloud-hardened-windows' };
/** The id of the secret construct under its owner: the user data carries names derived from its path. */
export const CREDENTIAL_SECRET_ID = 'rdp-credential';

/**
 * What the policy check reads on the resource that carries the user data (an instance or a launch configuration):
 * the settings the user data promises, to compare with what the script does, and the rules the construct breaks by
 * design, each with its reason.
 */
export function recordPolicyMetadata(
  resource: TerraformResource,
  prepared: Pick<HardeningUserData, 'policy' | 'script'>,
  suppressions: { readonly [ruleId: string]: PolicySuppressionRecord },
): void {
  resource.addOverride(
    `${POLICY_METADATA_OVERRIDE_PATH}.hardening`,
    hardeningRecordOf(prepared.policy.settings, prepared.script.fingerprint),
  );
  for (const [ruleId, suppression] of Object.entries(suppressions)) {
    resource.addOverride(`${POLICY_METADATA_OVERRIDE_PATH}.suppressions.${ruleId}`, suppression);
  }
}

export interface HardeningUserData {
  /** Setting 3 reads its password from SSM through a CAM role (an RdpCredentialSecret is needed). */
  readonly useSsm: boolean;
  readonly policy: HardeningPolicy;
  readonly script: BootstrapScript;
  readonly userData: UserDataSegment[];
  readonly userDataBase64Length: number;
}

/**
 * Renders the policy, the script and the user data for a construct at `path`, and checks the size: all that
 * can fail, so the caller runs it before creating anything. Errors name the prop to change.
 */
export function prepareHardeningUserData(path: string, props: HardeningUserDataProps): HardeningUserData {
  const format = props.userDataFormat ?? 'compressed';
  const storedCredential = props.storedRdpCredential ?? true;
  const useSsm = storedCredential && !props.dangerouslyPutPasswordInUserData;
  const secretNames = useSsm
    ? RdpCredentialSecret.namesFor(`${path}/${CREDENTIAL_SECRET_ID}`, props.existingPasswordSecret, props.namePrefix)
    : undefined;
  const credentialPasswordSource = passwordSource(props, secretNames);
  // A composed policy gets the password source bound late; its options already stand in for the props.
  const policy = props.hardening
    ? props.hardening.bind({ credentialPasswordSource })
    : HardeningPolicy.fromOptions({ ...props, credentialPasswordSource });
  const script = renderBootstrapScript(policy.settings, { extraCommands: props.userDataCommands });
  let userData: UserDataSegment[];
  try {
    userData = renderUserData(script, { format, passwordSlot: storedCredential && !useSsm });
  } catch (e) {
    if (!(e instanceof UserDataError)) throw e;
    if (e.reason === 'non-ascii') {
      throw mustBe('userDataFormat', "'compressed' when the script holds non-ASCII text", format, e.message);
    }
    if (e.reason === 'gzip-password') {
      throw mustBe(
        'userDataFormat',
        "'compressed' or 'plain' with dangerouslyPutPasswordInUserData",
        format,
        e.message,
      );
    }
    throw mustBe('userDataCommands', 'PowerShell text without "</powershell>"', props.userDataCommands, e.message);
  }
  const size = userDataBase64Length(userData);
  if (size > USER_DATA_LIMIT_BYTES) {
    // Blame the commands only if the script would fit without them.
    const withoutCommands = userDataBase64Length(
      renderUserData(renderBootstrapScript(policy.settings), { format, passwordSlot: storedCredential && !useSsm }),
    );
    const commandsToBlame = format !== 'plain' || withoutCommands <= USER_DATA_LIMIT_BYTES;
    throw userDataTooLarge(size, format, commandsToBlame ? (props.userDataCommands ?? []) : []);
  }
  return { useSsm, policy, script, userData, userDataBase64Length: size };
}

/** The region of an availability zone that may be a deploy-time reference. */
export function regionOfZoneExpression(availabilityZone: string): string {
  return Token.isUnresolved(availabilityZone)
    ? Fn.replace(availabilityZone, '/-[0-9]+$/', '')
    : regionOfZone(availabilityZone);
}

/**
 * `base64encode(password)` for the plaintext opt-in. A literal is quoted here, by Terraform's template
 * rules: `Fn.base64encode` escapes `${` in a literal but not `%{`, which would break `terraform plan`.
 */
export function passwordBase64Expression(password: string): string {
  return Token.isUnresolved(password)
    ? Fn.base64encode(password)
    : `\${base64encode(${terraformStringLiteral(password)})}`;
}

function passwordSource(
  props: HardeningUserDataProps,
  secret: RdpCredentialSecretNames | undefined,
): CredentialPasswordSource | undefined {
  if (!(props.storedRdpCredential ?? true)) return undefined;
  if (!secret) return { kind: 'user-data-plaintext' };
  return {
    kind: 'ssm-secret',
    secretName: secret.secretName,
    secretVersionId: secret.secretVersionId,
    camRoleName: secret.camRoleName,
  };
}

/**
 * The user data over Tencent Cloud's limit, with its measured size. Blamed on `commands` when given
 * (they are what the author can shorten), else on the plain format.
 */
function userDataTooLarge(size: number, format: UserDataFormat, commands: readonly string[]): InputError {
  const measured = `the user data would be ${size} bytes after base64 in the ${format} format`;
  if (commands.length > 0) {
    const commandBytes = Buffer.byteLength(commands.join('\n'), 'utf8');
    return mustBe(
      'userDataCommands',
      `short enough for the user data to fit Tencent Cloud's limit of ${USER_DATA_LIMIT_BYTES} bytes after base64` +
        (format === 'plain' ? " (userDataFormat 'compressed' also makes it smaller)" : ''),
      commands,
      `${measured}; the commands are ${commandBytes} bytes before encoding`,
    );
  }
  return mustBe(
    'userDataFormat',
    `'compressed' for these settings: plain user data does not fit Tencent Cloud's limit of ${USER_DATA_LIMIT_BYTES} bytes after base64`,
    format,
    measured,
  );
}
