import { HardenedWindowsInstanceProps } from '../../lib';
import { onlyResource, synthInstance } from '../helpers/synth';
import { PUBLIC_IMAGE_ACCOUNTS, STATUS_FILE, StatusDocument } from './documented-values';
import { MachineState, PhaseReport, PROGRAM_DATA, SimulatedCall, textFile } from './simulated-windows';

/** What the logon task's cases share: the stack synthesized, the metadata service and SSM's answers. */
export const PUBLIC_IP = '203.0.113.7';
export const REGION = 'ap-guangzhou';
/** A password Tencent Cloud accepts, with the specials that would hurt if it were ever code. */
export const SECRET = "Rdp`$(x)';Pa55|{w}";
/** A password from an SSM secret the user made, which cmdkey would receive mangled from Windows PowerShell. */
export const QUOTED_SECRET = 'Quoted"Passw0rd!';
export const TEMPORARY_KEYS = {
  TmpSecretId: 'AKIDsimulatedTmpId01',
  TmpSecretKey: 'sImUlAtEdTmpKey/02+xyz=',
  Token: 'simulated-session-token-03',
  ExpiredTime: 1_900_000_000,
  Code: 'Success',
};
export const SECRETS = [
  SECRET,
  Buffer.from(SECRET).toString('base64'),
  TEMPORARY_KEYS.TmpSecretKey,
  TEMPORARY_KEYS.Token,
];

export interface Synthesized {
  userData: string;
  secretName: string;
  roleName: string;
}

export function synthesize(props: Partial<HardenedWindowsInstanceProps> = {}): Synthesized {
  const { stack } = synthInstance(props);
  const instance = onlyResource(stack, 'tencentcloud_instance');
  const userData =
    typeof instance.user_data === 'string'
      ? Buffer.from(instance.user_data, 'base64').toString('utf8')
      : renderTerraformTemplate(instance.user_data_raw as string, SECRET);
  return {
    userData,
    secretName: (Object.values(stack.resource.tencentcloud_ssm_secret ?? {})[0]?.secret_name as string) ?? '',
    roleName: (instance.cam_role_name as string) ?? '',
  };
}

/**
 * What Terraform makes of `user_data_raw` at deploy time: `$${` and `%%{` are literal, and the one
 * interpolation the plaintext opt-in may hold is the base64 of the password.
 */
function renderTerraformTemplate(template: string, password: string): string {
  let out = '';
  for (let i = 0; i < template.length;) {
    if (template.startsWith('$${', i) || template.startsWith('%%{', i)) {
      out += template[i] + '{';
      i += 3;
    } else if (template.startsWith('${', i) || template.startsWith('%{', i)) {
      const end = template.indexOf('}', i);
      const expression = template.slice(i + 2, end);
      if (expression !== 'base64encode(var.administrator_password)')
        throw new Error(`unexpected interpolation: ${expression}`);
      out += Buffer.from(password, 'utf8').toString('base64');
      i = end + 1;
    } else {
      out += template[i++];
    }
  }
  return out;
}

export function metadataFor(roleName: string, extra: MachineState['metadata'] = {}): MachineState['metadata'] {
  return {
    'meta-data/public-ipv4': { body: `${PUBLIC_IP}\n` },
    'meta-data/placement/region': { body: REGION },
    [`meta-data/cam/security-credentials/${roleName}`]: { body: JSON.stringify(TEMPORARY_KEYS) },
    ...extra,
  };
}

export const ssmAnswer = (body: object) => ({
  'ssm.tencentcloudapi.com': { GetSecretValue: JSON.stringify({ Response: { ...body, RequestId: 'simulated' } }) },
});
export const status = (phase: PhaseReport): StatusDocument =>
  JSON.parse(textFile(phase, STATUS_FILE)) as StatusDocument;
export const taskLog = (phase: PhaseReport) => textFile(phase, `${PROGRAM_DATA}/credential-task.log`);
/** The task log's lines without their timestamps. */
export const taskLogLines = (phase: PhaseReport) =>
  taskLog(phase)
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => line.replace(/^\S+ \S+ /, ''));
/** What a phase printed, as TAT returns it as the output: the console's lines, without Write-Step's timestamps. */
export const outputLines = (phase: PhaseReport) =>
  phase.console
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => line.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ /, ''));
/** A command's calls made as one user (a logon during a phase records its calls under its own user). */
export const callsBy = (phase: PhaseReport, user: string, command: string): SimulatedCall[] =>
  phase.calls.filter((c) => c.user === user && c.command === command);
export const secretAnswer = (s: Synthesized) =>
  ssmAnswer({ SecretName: s.secretName, VersionId: 'v1', SecretString: SECRET, SecretBinary: '' });

/** A public image whose metadata service gives the stack's role keys, and whose SSM gives `cloudApi` (the secret). */
export const ssmMachine = (s: Synthesized, cloudApi: MachineState['cloudApi'] = secretAnswer(s)): MachineState => ({
  accounts: PUBLIC_IMAGE_ACCOUNTS,
  metadata: metadataFor(s.roleName),
  cloudApi,
});
