import { mustBe, validateCredentialTarget, validateWindowsUserName } from '../validation';
import { CredentialPasswordSource, HardeningSetting, NO_ELEMENTS } from './hardening-setting';
import { checkOptionValue, SettingOption, SettingUnit } from './setting-unit';

export const DEFAULT_CREDENTIAL_USER = 'Administrator';

/** Setting 3's props, as every construct and `HardeningPolicyOptions` take them (the password source is bound late). */
export interface StoredRdpCredentialProps {
  /** Setting 3: a Windows credential for `TERMSRV/<public IP>` in the login user's vault. @default true */
  readonly storedRdpCredential?: boolean;
  /** The user whose vault holds the credential, and whose name it carries. @default 'Administrator' */
  readonly credentialUserName?: string;
  /** Further names stored beside the public IP, such as the private IP or a DNS name. @default - none */
  readonly extraCredentialTargets?: readonly string[];
}

export interface StoredRdpCredentialOptions {
  /** The Windows user whose vault receives the credential, and whose name it carries. */
  readonly userName?: string;
  /** Further targets besides the public IPv4 (private IP, DNS name); each is stored as `TERMSRV/<target>`. */
  readonly extraTargets?: readonly string[];
  readonly passwordSource: CredentialPasswordSource;
}

const CREDENTIAL_USER_NAME: SettingOption = {
  prop: 'credentialUserName',
  kind: 'string',
  cliFlag: 'credential-user',
  cliValue: '<name>',
  description: 'the user whose vault holds the credential (default Administrator)',
  validate: validateWindowsUserName,
  example: 'rdp-operator',
};

const EXTRA_CREDENTIAL_TARGETS: SettingOption = {
  prop: 'extraCredentialTargets',
  kind: 'string-list',
  cliFlag: 'extra-credential-target',
  cliValue: '<host>',
  description: 'further names stored beside the public IP',
  validate: validateCredentialTarget,
  example: 'rdp.example.com',
  listExample: '["10.0.1.5", "rdp.example.com"]',
};

/**
 * Setting 3: a Windows credential for `TERMSRV/<public IP>` in the login user's own vault.
 * User data runs as SYSTEM, whose vault the login user never sees, so the work happens in a task
 * that runs at that user's logon.
 */
export function storedRdpCredential(options: StoredRdpCredentialOptions): HardeningSetting {
  const userName = options.userName ?? DEFAULT_CREDENTIAL_USER;
  checkOptionValue(CREDENTIAL_USER_NAME, userName);
  const extraTargets = options.extraTargets ?? [];
  checkOptionValue(EXTRA_CREDENTIAL_TARGETS, extraTargets);
  return {
    ...NO_ELEMENTS,
    id: 'stored-rdp-credential',
    step: 3,
    title: `Credential Manager: Windows credential TERMSRV/<public IP> for ${userName}`,
    replacesManualStep:
      'Control Panel > Credential Manager > Windows Credentials > Add a Windows credential: <public IP>, user name and password',
    verifyByHand: `Logged on as ${userName}: cmdkey /list:TERMSRV/<public IP>`,
    logonCredentialTask: {
      userName,
      extraTargets: [...extraTargets],
      passwordSource: options.passwordSource,
    },
  };
}

/** The setting as a unit of the registry: its props, flags, build and record. */
export const storedRdpCredentialUnit: SettingUnit = {
  id: 'stored-rdp-credential',
  step: 3,
  toggleProp: 'storedRdpCredential',
  summary:
    'Credential Manager: Windows credential TERMSRV/<public IP> for the login user (logon task, password from SSM)',
  options: [
    CREDENTIAL_USER_NAME,
    EXTRA_CREDENTIAL_TARGETS,
    // Bound late: the construct or the CLI names the secret; never a flag of its own.
    { prop: 'credentialPasswordSource', kind: 'password-source', description: 'where the password comes from' },
  ],
  create: (o) => {
    const passwordSource = o.credentialPasswordSource as CredentialPasswordSource | undefined;
    if (!passwordSource) {
      throw mustBe(
        'credentialPasswordSource',
        "an SSM secret ({ kind: 'ssm-secret', ... }) or the explicit plaintext opt-in while storedRdpCredential is on",
        passwordSource,
      );
    }
    return storedRdpCredential({
      userName: o.credentialUserName as string | undefined,
      extraTargets: o.extraCredentialTargets as readonly string[] | undefined,
      passwordSource,
    });
  },
  recordOf: (s) => {
    const task = s.logonCredentialTask;
    return task
      ? {
          credentialUserName: task.userName,
          extraCredentialTargets: task.extraTargets,
          credentialPasswordSource: task.passwordSource,
        }
      : {};
  },
};
