import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import {
  ConstructInputError,
  HardenedWindowsInstance,
  HardeningPolicy,
  HardenedWindowsInstanceProps,
  RdpCredentialSecret,
  RdpCredentialSecretProps,
  RdpSecurityGroup,
  RdpSecurityGroupProps,
} from '../../lib';
import { INSTANCE_PROP_NAMES } from '../../lib/constructs/private/validate-instance-props';
import { TencentcloudProvider } from '../../lib/providers/tencentcloud';

/**
 * Bad input, one case per row: which prop the error must name (`.prop` and the message), the
 * accepted form the message must state, and proof that nothing was created. Props are typed loosely
 * on purpose: JavaScript callers can pass anything.
 */
type AnyProps = Record<string, unknown>;
type Target = 'instance' | 'security-group' | 'secret';

interface BadCase {
  readonly name: string;
  readonly target?: Target;
  /** Overrides applied to valid props; a function gets the stack, to make references (tokens). */
  readonly props: AnyProps | ((scope: Construct) => AnyProps);
  /** The construct id; the instance name defaults to it. */
  readonly id?: string;
  readonly prop: string;
  /** Text that must follow "<prop> must be ". */
  readonly accepted: string;
  /** Text the message must not contain (a password). */
  readonly secret?: string;
}

const PASSWORD_OK = 'Valid-Passw0rd!';
const CLOUD = { type: 'CLOUD_PREMIUM', sizeGb: 100 };

const CASES: BadCase[] = [
  // Required props, type checks for JavaScript callers.
  {
    name: 'props missing altogether',
    props: () => null as unknown as AnyProps,
    prop: 'props',
    accepted: 'an object of HardenedWindowsInstanceProps',
  },
  {
    name: 'availabilityZone missing',
    props: { availabilityZone: undefined },
    prop: 'availabilityZone',
    accepted: 'given: it is required',
  },
  {
    name: 'availabilityZone without a zone number',
    props: { availabilityZone: 'ap-guangzhou' },
    prop: 'availabilityZone',
    accepted: 'an availability zone such as ap-guangzhou-3',
  },
  {
    name: 'imageId too short',
    props: { imageId: 'img-123' },
    prop: 'imageId',
    accepted: 'an image id such as img-9id7emv7',
  },
  { name: 'imageId a number', props: { imageId: 42 }, prop: 'imageId', accepted: 'text, such as img-9id7emv7' },
  // rdpAllowedCidrs
  {
    name: 'rdpAllowedCidrs empty',
    props: { rdpAllowedCidrs: [] },
    prop: 'rdpAllowedCidrs',
    accepted: 'a list of at least one entry',
  },
  {
    name: 'rdpAllowedCidrs a string',
    props: { rdpAllowedCidrs: '203.0.113.0/24' },
    prop: 'rdpAllowedCidrs',
    accepted: 'a list, such as',
  },
  {
    name: 'CIDR with host bits',
    props: { rdpAllowedCidrs: ['203.0.113.1/24'] },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'an IPv4 or IPv6 CIDR with its host bits zero',
  },
  {
    name: 'IPv4 prefix 33',
    props: { rdpAllowedCidrs: ['203.0.113.0/33'] },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'an IPv4 or IPv6 CIDR',
  },
  {
    name: 'IPv6 prefix 129',
    props: { rdpAllowedCidrs: ['10.0.0.0/8', '2001:db8::/129'] },
    prop: 'rdpAllowedCidrs[1]',
    accepted: 'an IPv4 or IPv6 CIDR',
  },
  {
    name: 'prefix with a leading zero',
    props: { rdpAllowedCidrs: ['203.0.113.0/024'] },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'an IPv4 or IPv6 CIDR',
  },
  {
    name: 'address without a prefix',
    props: { rdpAllowedCidrs: ['203.0.113.7'] },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'an IPv4 or IPv6 CIDR',
  },
  {
    name: 'malformed IPv6',
    props: { rdpAllowedCidrs: ['2001:db8:::/48'] },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'an IPv4 or IPv6 CIDR',
  },
  {
    name: 'injection in a CIDR',
    props: { rdpAllowedCidrs: ["10.0.0.0/8'; Remove-Item C:\\ -Recurse; '"] },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'an IPv4 or IPv6 CIDR',
  },
  {
    name: '0.0.0.0/0 without the opt-in',
    props: { rdpAllowedCidrs: ['0.0.0.0/0'] },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'a CIDR narrower than the whole internet',
  },
  {
    name: '::/0 spelled 0:0::0/0',
    props: { rdpAllowedCidrs: ['10.0.0.0/8', '0:0::0/0'] },
    prop: 'rdpAllowedCidrs[1]',
    accepted: 'a CIDR narrower than the whole internet',
  },
  {
    name: 'the opt-in as the string "false"',
    props: { dangerouslyAllowRdpFromAnywhere: 'false' },
    prop: 'dangerouslyAllowRdpFromAnywhere',
    accepted: 'true or false',
  },
  // Passwords: the rule is named, the value never shown.
  {
    name: 'password too short',
    props: { administratorPassword: 'Sh0rt-pw!' },
    prop: 'administratorPassword',
    accepted: '12 to 30 characters',
    secret: 'Sh0rt-pw!',
  },
  {
    name: 'password with two kinds',
    props: { administratorPassword: 'lowercase12345' },
    prop: 'administratorPassword',
    accepted: '12 to 30 characters',
    secret: 'lowercase12345',
  },
  {
    name: 'password with a space',
    props: { administratorPassword: 'Valid Passw0rd!' },
    prop: 'administratorPassword',
    accepted: '12 to 30 characters',
    secret: 'Valid Passw0rd!',
  },
  {
    name: 'password of 31 characters',
    props: { administratorPassword: 'Aa1-'.repeat(7) + 'Aa1' },
    prop: 'administratorPassword',
    accepted: '12 to 30 characters',
    secret: 'Aa1-Aa1-',
  },
  // Instance
  {
    name: 'instanceType in lower case',
    props: { instanceType: 's5.medium4' },
    prop: 'instanceType',
    accepted: 'an instance type such as S5.MEDIUM4',
  },
  {
    name: 'instanceName of one character',
    props: { instanceName: 'x' },
    prop: 'instanceName',
    accepted: 'an instance name of 2 to 128 characters',
  },
  {
    name: 'instanceName of 129 characters',
    props: { instanceName: 'n'.repeat(129) },
    prop: 'instanceName',
    accepted: 'an instance name of 2 to 128 characters',
  },
  {
    name: 'instanceName with a newline',
    props: { instanceName: 'jump\nhost' },
    prop: 'instanceName',
    accepted: 'an instance name without control characters',
  },
  {
    name: 'construct id too short to be the instance name',
    id: 'w',
    props: {},
    prop: 'instanceName',
    accepted: 'given when the construct id is not a valid instance name',
  },
  {
    name: 'hostname starting with a hyphen',
    props: { hostname: '-rdp' },
    prop: 'hostname',
    accepted: 'a Windows host name of 2 to 15',
  },
  { name: 'hostname all digits', props: { hostname: '12345' }, prop: 'hostname', accepted: 'a Windows host name' },
  {
    name: 'hostname of 16 characters',
    props: { hostname: 'a'.repeat(16) },
    prop: 'hostname',
    accepted: 'a Windows host name',
  },
  {
    name: 'hostname with two hyphens in a row',
    props: { hostname: 'rdp--jump' },
    prop: 'hostname',
    accepted: 'a Windows host name',
  },
  { name: 'hostname with a dot', props: { hostname: 'rdp.jump' }, prop: 'hostname', accepted: 'a Windows host name' },
  { name: 'projectId negative', props: { projectId: -1 }, prop: 'projectId', accepted: 'a whole number of at least 0' },
  {
    name: 'systemDiskType unknown',
    props: { systemDiskType: 'SSD' },
    prop: 'systemDiskType',
    accepted: 'one of LOCAL_BASIC, LOCAL_SSD, CLOUD_BASIC',
  },
  {
    name: 'systemDiskSize below 50',
    props: { systemDiskSize: 40 },
    prop: 'systemDiskSize',
    accepted: 'a whole number from 50 to 500',
  },
  {
    name: 'systemDiskSize above 500',
    props: { systemDiskSize: 1024 },
    prop: 'systemDiskSize',
    accepted: 'a whole number from 50 to 500',
  },
  {
    name: 'systemDiskSize fractional',
    props: { systemDiskSize: 60.5 },
    prop: 'systemDiskSize',
    accepted: 'a whole number from 50 to 500',
  },
  {
    name: 'data disk size off the 10 GB step',
    props: { dataDisks: [{ type: 'CLOUD_PREMIUM', sizeGb: 15 }] },
    prop: 'dataDisks[0].sizeGb',
    accepted: 'a whole number from 10 to 32000 in steps of 10',
  },
  {
    name: 'data disk over 32000 GB',
    props: { dataDisks: [CLOUD, { type: 'CLOUD_SSD', sizeGb: 32010 }] },
    prop: 'dataDisks[1].sizeGb',
    accepted: 'a whole number from 10 to 32000',
  },
  {
    name: 'data disk type unknown',
    props: { dataDisks: [{ type: 'NVME', sizeGb: 100 }] },
    prop: 'dataDisks[0].type',
    accepted: 'one of LOCAL_BASIC',
  },
  {
    name: 'data disk encrypt as text',
    props: { dataDisks: [{ ...CLOUD, encrypt: 'yes' }] },
    prop: 'dataDisks[0].encrypt',
    accepted: 'true or false',
  },
  {
    name: '21 cloud data disks',
    props: { dataDisks: new Array(21).fill(CLOUD) },
    prop: 'dataDisks',
    accepted: 'a list of at most 21 data disks',
  },
  {
    name: 'tag key with a reserved prefix',
    props: { tags: { 'qcs:owner': 'ops' } },
    prop: 'tags["qcs:owner"]',
    accepted: 'a tag key of 1 to 127 characters',
  },
  {
    name: 'empty tag key',
    props: { tags: { '': 'ops' } },
    prop: 'tags[""]',
    accepted: 'a tag key of 1 to 127 characters',
  },
  {
    name: 'tag value of 256 characters',
    props: { tags: { team: 'v'.repeat(256) } },
    prop: 'tags["team"]',
    accepted: 'a tag value of at most 255 characters',
  },
  { name: 'tags as a list', props: { tags: ['team=ops'] }, prop: 'tags', accepted: 'a map of tag keys to values' },
  {
    name: 'no public bandwidth',
    props: { internetMaxBandwidthOut: 0 },
    prop: 'internetMaxBandwidthOut',
    accepted: 'a whole number from 1 to 200',
  },
  {
    name: 'bandwidth over the pay-by-traffic cap',
    props: { internetMaxBandwidthOut: 201 },
    prop: 'internetMaxBandwidthOut',
    accepted: 'a whole number from 1 to 200',
  },
  {
    name: 'vpcId without subnetId',
    props: { vpcId: 'vpc-abcd1234' },
    prop: 'subnetId',
    accepted: 'given together with vpcId (both or neither)',
  },
  {
    name: 'subnetId without vpcId',
    props: { subnetId: 'subnet-abcd1234' },
    prop: 'vpcId',
    accepted: 'given together with subnetId',
  },
  {
    name: 'vpcId malformed',
    props: { vpcId: 'vpc_1', subnetId: 'subnet-abcd1234' },
    prop: 'vpcId',
    accepted: 'a VPC id such as vpc-abcd1234',
  },
  {
    name: 'subnetId malformed',
    props: { vpcId: 'vpc-abcd1234', subnetId: 'sub-1' },
    prop: 'subnetId',
    accepted: 'a subnet id such as subnet-abcd1234',
  },
  // Settings switches: booleans only.
  {
    name: 'classicSharingModel as text',
    props: { classicSharingModel: 'no' },
    prop: 'classicSharingModel',
    accepted: 'true or false',
  },
  {
    name: 'savedCredentialDelegation as a number',
    props: { savedCredentialDelegation: 0 },
    prop: 'savedCredentialDelegation',
    accepted: 'true or false',
  },
  {
    name: 'storedRdpCredential as text',
    props: { storedRdpCredential: 'false' },
    prop: 'storedRdpCredential',
    accepted: 'true or false',
  },
  {
    name: 'passwordProtectedSharingOff as text',
    props: { passwordProtectedSharingOff: 'off' },
    prop: 'passwordProtectedSharingOff',
    accepted: 'true or false',
  },
  {
    name: 'enableGuestAccount as text',
    props: { enableGuestAccount: 'true' },
    prop: 'enableGuestAccount',
    accepted: 'true or false',
  },
  {
    name: 'hardening as a plain object',
    props: { hardening: { settings: [] } as unknown as HardeningPolicy },
    prop: 'hardening',
    accepted: "a HardeningPolicy such as HardeningPolicy.of('classic-sharing-model')",
  },
  {
    name: 'hardening beside per-setting props',
    props: {
      hardening: HardeningPolicy.of('classic-sharing-model'),
      storedRdpCredential: false,
      delegationServers: [],
    },
    prop: 'hardening',
    accepted:
      'unset when delegationServers, storedRdpCredential are given (give each setting and option in HardeningPolicy.of instead)',
  },
  {
    name: "hardening whose options break the props' rules",
    props: {
      hardening: HardeningPolicy.of({
        id: 'saved-credential-delegation',
        options: { delegationServers: ['TERMSRV/a b'] },
      }),
    },
    prop: 'delegationServers[0]',
    accepted: 'TERMSRV/ followed by a host, an IP address, * or *.domain',
  },
  {
    name: 'dangerouslyPutPasswordInUserData as text',
    props: { dangerouslyPutPasswordInUserData: 'yes' },
    prop: 'dangerouslyPutPasswordInUserData',
    accepted: 'true or false',
  },
  {
    name: 'replaceOnUserDataChange as a number',
    props: { replaceOnUserDataChange: 1 },
    prop: 'replaceOnUserDataChange',
    accepted: 'true or false',
  },
  // The deploy verification (TAT).
  {
    name: 'verifyOnDeploy as text',
    props: { verifyOnDeploy: 'no' },
    prop: 'verifyOnDeploy',
    accepted: 'true or false',
  },
  {
    name: 'verifyTimeout below what the wait and the probes need',
    props: { verifyTimeout: 10 },
    prop: 'verifyTimeout',
    accepted: 'a whole number from 15 to 1440',
  },
  {
    name: 'verifyTimeout as a Terraform duration',
    props: { verifyTimeout: '30m' },
    prop: 'verifyTimeout',
    accepted: 'a whole number from 15 to 1440',
  },
  {
    name: 'reassertSchedule with six fields (seconds first)',
    props: { reassertSchedule: '0 0 3 * * *' },
    prop: 'reassertSchedule',
    accepted: "a crontab expression of 5 fields, minute hour day month weekday, read in UTC+8, such as '0 3 * * *'",
  },
  {
    name: 'reassertSchedule as a rate',
    props: { reassertSchedule: 'rate(1 day)' },
    prop: 'reassertSchedule',
    accepted: "a crontab expression of 5 fields, minute hour day month weekday, read in UTC+8, such as '0 3 * * *'",
  },
  {
    name: 'reassertSchedule every minute',
    props: { reassertSchedule: '* * * * *' },
    prop: 'reassertSchedule',
    accepted: "a crontab whose minute is one number from 0 to 59 (at most one run an hour), such as '0 3 * * *'",
  },
  {
    name: 'reassertSchedule every 5 minutes',
    props: { reassertSchedule: '*/5 * * * *' },
    prop: 'reassertSchedule',
    accepted: "a crontab whose minute is one number from 0 to 59 (at most one run an hour), such as '0 3 * * *'",
  },
  {
    name: 'verifyOutputCosBucketUrl over http',
    props: { verifyOutputCosBucketUrl: 'http://logs-1250000000.cos.ap-guangzhou.myqcloud.com' },
    prop: 'verifyOutputCosBucketUrl',
    accepted: 'a COS bucket URL such as https://logs-1250000000.cos.ap-guangzhou.myqcloud.com',
  },
  {
    name: 'verifyOutputCosKeyPrefix starting with a slash',
    props: {
      verifyOutputCosBucketUrl: 'https://logs-1250000000.cos.ap-guangzhou.myqcloud.com',
      verifyOutputCosKeyPrefix: '/tat',
    },
    prop: 'verifyOutputCosKeyPrefix',
    accepted: 'a COS key prefix of 1 to 60 visible ASCII characters, not starting with / and without //',
  },
  {
    name: 'verifyOutputCosKeyPrefix without a bucket',
    props: { verifyOutputCosKeyPrefix: 'tat' },
    prop: 'verifyOutputCosBucketUrl',
    accepted: 'given when verifyOutputCosKeyPrefix is',
  },
  {
    name: 'a verification bucket while verifyOnDeploy is false',
    props: { verifyOnDeploy: false, verifyOutputCosBucketUrl: 'https://logs-1250000000.cos.ap-guangzhou.myqcloud.com' },
    prop: 'verifyOutputCosBucketUrl',
    accepted: 'unset when verifyOnDeploy is false',
  },
  // Values that reach the script.
  {
    name: 'delegationServers empty',
    props: { delegationServers: [] },
    prop: 'delegationServers',
    accepted: 'a list of at least one entry',
  },
  {
    name: 'delegation server of another service',
    props: { delegationServers: ['HTTP/*'] },
    prop: 'delegationServers[0]',
    accepted: 'TERMSRV/ followed by a host',
  },
  {
    name: 'delegation server with a quote',
    props: { delegationServers: ["TERMSRV/*'; calc; '"] },
    prop: 'delegationServers[0]',
    accepted: 'TERMSRV/ followed by a host',
  },
  {
    name: 'delegation server as a reference',
    props: (scope) => ({ delegationServers: [new TerraformVariable(scope, 'server', { type: 'string' }).stringValue] }),
    prop: 'delegationServers[0]',
    accepted: 'literal text, because it is written into the user-data script at synth time',
  },
  {
    name: 'user name with a slash',
    props: { credentialUserName: 'ops/admin', credentialPassword: PASSWORD_OK },
    prop: 'credentialUserName',
    accepted: 'a Windows user name of 1 to 20 characters',
  },
  {
    name: 'user name of 21 characters',
    props: { credentialUserName: 'u'.repeat(21), credentialPassword: PASSWORD_OK },
    prop: 'credentialUserName',
    accepted: 'a Windows user name',
  },
  {
    name: 'user name with a quote and a pipe',
    props: { credentialUserName: 'x"|calc', credentialPassword: PASSWORD_OK },
    prop: 'credentialUserName',
    accepted: 'a Windows user name',
  },
  {
    name: 'user name of a built-in group',
    props: { credentialUserName: 'Users', credentialPassword: PASSWORD_OK },
    prop: 'credentialUserName',
    accepted: 'a Windows user name',
  },
  {
    name: 'user name as a reference',
    props: (scope) => ({
      credentialUserName: new TerraformVariable(scope, 'user', { type: 'string' }).stringValue,
      credentialPassword: PASSWORD_OK,
    }),
    prop: 'credentialUserName',
    accepted: 'literal text',
  },
  {
    name: 'another user without its password',
    props: { credentialUserName: 'rdp-operator' },
    prop: 'credentialPassword',
    accepted: 'the password of rdp-operator',
  },
  {
    name: 'credential target that is no address',
    props: { extraCredentialTargets: ['10.0.0.256'] },
    prop: 'extraCredentialTargets[0]',
    accepted: 'an IPv4 address, an IPv6 address or a DNS name',
  },
  {
    name: 'credential target with a space',
    props: { extraCredentialTargets: ['rdp.example.com', 'two words'] },
    prop: 'extraCredentialTargets[1]',
    accepted: 'an IPv4 address',
  },
  {
    name: 'credentialPassword that breaks the rules',
    props: { credentialPassword: 'weakweakweak' },
    prop: 'credentialPassword',
    accepted: '12 to 30 characters',
    secret: 'weakweakweak',
  },
  {
    name: 'name prefix with an underscore (CAM and SSM share letters, digits and hyphens)',
    props: { namePrefix: 'stag_ing' },
    prop: 'namePrefix',
    accepted: '1 to 32 letters, digits and hyphens',
  },
  {
    name: 'secret name starting with a hyphen',
    props: { existingPasswordSecret: { secretName: '-rdp', versionId: 'v1' } },
    prop: 'existingPasswordSecret.secretName',
    accepted: 'an SSM secret name of 1 to 128',
  },
  {
    name: 'version id with a space',
    props: { existingPasswordSecret: { secretName: 'rdp', versionId: 'v 1' } },
    prop: 'existingPasswordSecret.versionId',
    accepted: 'a version id of 1 to 64',
  },
  {
    name: 'creatorUin not digits',
    props: { existingPasswordSecret: { secretName: 'rdp', versionId: 'v1', creatorUin: 'root' } },
    prop: 'existingPasswordSecret.creatorUin',
    accepted: 'an account id (UIN)',
  },
  {
    name: 'secret name as a reference',
    props: (scope) => ({
      existingPasswordSecret: {
        secretName: new TerraformVariable(scope, 'secret', { type: 'string' }).stringValue,
        versionId: 'v1',
      },
    }),
    prop: 'existingPasswordSecret.secretName',
    accepted: 'literal text',
  },
  {
    name: 'existing secret with the plaintext opt-in',
    props: { existingPasswordSecret: { secretName: 'rdp', versionId: 'v1' }, dangerouslyPutPasswordInUserData: true },
    prop: 'existingPasswordSecret',
    accepted: 'unset when dangerouslyPutPasswordInUserData is true',
  },
  {
    name: 'command with NUL',
    props: { userDataCommands: ['Write-Output 1', 'Write-Output "a\u0000"'] },
    prop: 'userDataCommands[1]',
    accepted: 'PowerShell text without control characters',
  },
  {
    name: 'command with ESC',
    props: { userDataCommands: ['Write-Output "\u001b[31m"'] },
    prop: 'userDataCommands[0]',
    accepted: 'PowerShell text without control characters',
  },
  {
    name: 'command with a lone surrogate (the rule every string prop shares)',
    props: { userDataCommands: ['Write-Output "\ud800"'] },
    prop: 'userDataCommands[0]',
    accepted: 'well-formed Unicode text',
  },
  {
    name: 'command that closes the user data',
    props: { userDataCommands: ['Write-Output "</PowerShell>"'] },
    prop: 'userDataCommands[0]',
    accepted: 'PowerShell text',
  },
  {
    name: 'commands as one string',
    props: { userDataCommands: 'Write-Output 1' },
    prop: 'userDataCommands',
    accepted: 'a list, such as',
  },
  {
    name: 'userDataFormat unknown',
    props: { userDataFormat: 'zip' },
    prop: 'userDataFormat',
    accepted: 'one of compressed, plain, gzip',
  },
  {
    name: 'plain format with non-ASCII text',
    props: { userDataFormat: 'plain', storedRdpCredential: false, userDataCommands: ['Write-Output "Grüße"'] },
    prop: 'userDataFormat',
    accepted: "'compressed' when the script holds non-ASCII text",
  },
  {
    name: 'provider that is not one',
    props: { provider: { region: 'ap-guangzhou' } },
    prop: 'provider',
    accepted: 'a TerraformProvider',
  },
  // The other constructs users can create themselves.
  {
    name: 'security group: 0.0.0.0/0',
    target: 'security-group',
    props: { rdpAllowedCidrs: ['0.0.0.0/0'] },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'a CIDR narrower than the whole internet',
  },
  {
    name: 'security group: name of 61 characters',
    target: 'security-group',
    props: { name: 'n'.repeat(61) },
    prop: 'name',
    accepted: 'a name of 1 to 60 characters',
  },
  {
    name: 'security group: opt-in as text',
    target: 'security-group',
    props: { dangerouslyAllowRdpFromAnywhere: 'true' },
    prop: 'dangerouslyAllowRdpFromAnywhere',
    accepted: 'true or false',
  },
  {
    name: 'secret: region that is a zone',
    target: 'secret',
    props: { region: 'ap-guangzhou-3' },
    prop: 'region',
    accepted: 'a region such as ap-guangzhou',
  },
  {
    name: 'secret: neither password nor secret',
    target: 'secret',
    props: { password: undefined },
    prop: 'password',
    accepted: 'given when existingSecret is not',
  },
  {
    name: 'secret: literal password breaking the rules',
    target: 'secret',
    props: { password: 'password1234' },
    prop: 'password',
    accepted: '12 to 30 characters',
    secret: 'password1234',
  },
  {
    name: 'secret: version id too long',
    target: 'secret',
    props: { existingSecret: { secretName: 'rdp', versionId: 'v'.repeat(65) } },
    prop: 'existingSecret.versionId',
    accepted: 'a version id of 1 to 64',
  },
  // Issue 12, items 5 to 8: secrets of the wrong type, unpaired surrogates, built-in principals, lists with holes.
  {
    name: 'administratorPassword a number (never repeated, whatever its type)',
    props: { administratorPassword: 123456789012345 },
    prop: 'administratorPassword',
    accepted: 'text',
    secret: '123456789012345',
  },
  {
    name: 'credentialPassword a number (never repeated, whatever its type)',
    props: { credentialUserName: 'rdp-operator', credentialPassword: 987654321098765 },
    prop: 'credentialPassword',
    accepted: 'text',
    secret: '987654321098765',
  },
  {
    name: 'credentialPassword an object (never repeated, whatever its type)',
    props: { credentialUserName: 'rdp-operator', credentialPassword: { toString: () => 'Leaked-Passw0rd!' } },
    prop: 'credentialPassword',
    accepted: 'text',
    secret: 'Leaked-Passw0rd!',
  },
  {
    name: 'credentialUserName with an unpaired surrogate (setting 3 on)',
    props: { credentialUserName: 'op\uDFFF', credentialPassword: PASSWORD_OK },
    prop: 'credentialUserName',
    accepted: 'well-formed Unicode text',
  },
  {
    name: 'credentialUserName with an unpaired surrogate (setting 3 off: it still reaches the client script)',
    props: { credentialUserName: 'op\uD800x', storedRdpCredential: false },
    prop: 'credentialUserName',
    accepted: 'well-formed Unicode text',
  },
  {
    name: 'instanceName with an unpaired surrogate (Terraform would turn it into U+FFFD)',
    props: { instanceName: 'jump\uDFFF' },
    prop: 'instanceName',
    accepted: 'well-formed Unicode text',
  },
  ...['ANONYMOUS LOGON', 'Event Log Readers', 'IIS_IUSRS', 'Authenticated Users', 'NT AUTHORITY\\SYSTEM'].map(
    (name): BadCase => ({
      name: `credentialUserName the built-in principal ${name}`,
      props: { credentialUserName: name, credentialPassword: PASSWORD_OK },
      prop: 'credentialUserName',
      accepted: 'a Windows user name',
    }),
  ),
  {
    name: 'outputClientScript as text ("false" is truthy)',
    props: { outputClientScript: 'false' },
    prop: 'outputClientScript',
    accepted: 'true or false',
  },
  {
    name: 'delegationServers with a hole',
    // eslint-disable-next-line no-sparse-arrays
    props: { delegationServers: [, 'TERMSRV/*'] },
    prop: 'delegationServers[0]',
    accepted: 'an entry',
  },
  {
    name: 'rdpAllowedCidrs of one hole (would leave the group with no RDP rule)',
    props: { rdpAllowedCidrs: new Array(1) },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'an entry',
  },
  {
    name: 'extraCredentialTargets with a hole after an entry',
    // eslint-disable-next-line no-sparse-arrays
    props: { extraCredentialTargets: ['10.0.1.5', , 'rdp.example.com'] },
    prop: 'extraCredentialTargets[1]',
    accepted: 'an entry',
  },
  {
    name: 'secret: password a number (never repeated)',
    target: 'secret',
    props: { password: 123456789012345 },
    prop: 'password',
    accepted: 'text',
    secret: '123456789012345',
  },
  {
    name: 'security group: rdpAllowedCidrs of one hole',
    target: 'security-group',
    props: { rdpAllowedCidrs: new Array(1) },
    prop: 'rdpAllowedCidrs[0]',
    accepted: 'an entry',
  },
];

const CONSTRUCT_ID: Record<Target, string> = { instance: 'windows', 'security-group': 'sg', secret: 'secret' };

/** Builds the target construct with the case's props; returns the stack, the error and what existed before. */
function attempt(c: BadCase) {
  const stack = new TerraformStack(Testing.app(), 'stack');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
  const overrides = typeof c.props === 'function' ? c.props(stack) : c.props;
  const target = c.target ?? 'instance';
  const id = c.id ?? CONSTRUCT_ID[target];
  const before = childIds(stack);
  const valid: Record<Target, AnyProps> = {
    instance: {
      availabilityZone: 'ap-guangzhou-3',
      imageId: 'img-9id7emv7',
      rdpAllowedCidrs: ['198.51.100.0/24'],
      administratorPassword: password.stringValue,
    },
    'security-group': { rdpAllowedCidrs: ['198.51.100.0/24'], name: 'jump-host-rdp' },
    secret: { region: 'ap-guangzhou', password: password.stringValue },
  };
  const props = overrides === null ? null : { ...valid[target], ...overrides };
  let error: unknown;
  try {
    if (target === 'instance') new HardenedWindowsInstance(stack, id, props as unknown as HardenedWindowsInstanceProps);
    if (target === 'security-group') new RdpSecurityGroup(stack, id, props as unknown as RdpSecurityGroupProps);
    if (target === 'secret') new RdpCredentialSecret(stack, id, props as unknown as RdpCredentialSecretProps);
  } catch (e) {
    error = e;
  }
  return { stack, id, error, before };
}

function childIds(scope: IConstruct): string[] {
  return scope.node.children.map((c) => c.node.id);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe('bad input stops synth with the prop, the accepted form and the value, and creates nothing', () => {
  test.each(CASES.map((c) => [c.name, c]))('%s', (_name, c) => {
    const { stack, id, error, before } = attempt(c);
    expect(error).toBeInstanceOf(ConstructInputError);
    const e = error as ConstructInputError;
    if (process.env.PRINT_MESSAGES) console.log(e.message);
    expect(e.prop).toBe(c.prop);
    // "<path>: <prop> must be <accepted form>, got <value>" (and an optional note on what is wrong).
    expect(e.message).toMatch(
      new RegExp(`^stack/${escape(id)}: ${escape(c.prop)} must be ${escape(c.accepted)}.*, got .+$`, 's'),
    );
    if (c.secret) expect(e.message).not.toContain(c.secret);
    // Nothing was created: the failed construct is not even in the tree.
    expect(stack.node.tryFindChild(id)).toBeUndefined();
    expect(childIds(stack)).toEqual(before);
  });

  test('there are at least 40 cases, and every prop of HardenedWindowsInstanceProps has one', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(
      CASES.filter((c) => (c.target ?? 'instance') === 'instance').map((c) => c.prop.split(/[[.]/)[0]),
    );
    expect(INSTANCE_PROP_NAMES.filter((name) => !covered.has(name))).toEqual([]);
  });
});

describe('what the rules let through', () => {
  function build(overrides: AnyProps) {
    return attempt({ name: 'valid', props: overrides, prop: '', accepted: '' });
  }

  test('references are left to Terraform where the value is not needed at synth time', () => {
    const { error } = build({});
    expect(error).toBeUndefined();
    const withReferences = (scope: Construct) => {
      const v = (name: string) => new TerraformVariable(scope, name, { type: 'string' }).stringValue;
      return {
        availabilityZone: v('zone'),
        imageId: v('image'),
        instanceType: v('type'),
        hostname: v('host'),
        rdpAllowedCidrs: [v('cidr')],
        tags: { team: v('team') },
        existingPasswordSecret: { secretName: 'rdp-password', versionId: 'v1', creatorUin: v('uin') },
      };
    };
    expect(attempt({ name: 'refs', props: withReferences, prop: '', accepted: '' }).error).toBeUndefined();
  });

  test('0.0.0.0/0 and ::/0 pass with the opt-in', () => {
    expect(
      build({ rdpAllowedCidrs: ['0.0.0.0/0', '::/0'], dangerouslyAllowRdpFromAnywhere: true }).error,
    ).toBeUndefined();
  });

  // The expression's meaning was checked with `terraform console` (Terraform 1.11): true for 198.51.100.0/24 and
  // 10.0.0.0/8; false for 2001:db8::/32 (it would land in the IPv4 field), 0.0.0.0/0, 0:0::/0, 1.2.3.4/00, garbage.
  test('a CIDR given as a reference is checked at plan time by a precondition: IPv4, and no /0', () => {
    const json = Testing.synthScope((scope) => {
      new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
      const cidr = new TerraformVariable(scope, 'cidr', { type: 'string' });
      new RdpSecurityGroup(scope, 'sg', { rdpAllowedCidrs: [cidr.stringValue, '198.51.100.0/24'], name: 'sg' });
    });
    const ruleSet = Object.values(JSON.parse(json).resource.tencentcloud_security_group_rule_set)[0] as {
      lifecycle: { precondition: Array<{ condition: string; error_message: string }> };
    };
    expect(ruleSet.lifecycle.precondition).toEqual([
      {
        condition: '${((can(cidrhost(var.cidr, 0)) && !can(regex(":", var.cidr))) && !can(regex("/0+$", var.cidr)))}',
        error_message: expect.stringContaining('narrower than 0.0.0.0/0'),
      },
    ]);
  });

  test('long instance names give network names cut to the 60 characters Tencent Cloud allows', () => {
    const json = Testing.synthScope((scope) => {
      new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
      const password = new TerraformVariable(scope, 'administrator_password', { type: 'string', sensitive: true });
      new HardenedWindowsInstance(scope, 'windows', {
        availabilityZone: 'ap-guangzhou-3',
        imageId: 'img-9id7emv7',
        rdpAllowedCidrs: ['198.51.100.0/24'],
        administratorPassword: password.stringValue,
        instanceName: 'n'.repeat(128),
      });
    });
    const resources = JSON.parse(json).resource;
    const names = ['tencentcloud_vpc', 'tencentcloud_subnet', 'tencentcloud_security_group'].map(
      (type) => (Object.values(resources[type])[0] as { name: string }).name,
    );
    expect(names.map((n) => [n.length, n.split('-').pop()])).toEqual([
      [60, 'vpc'],
      [60, 'subnet'],
      [60, 'rdp'],
    ]);
  });

  test('a long name of astral characters is cut between characters, never inside one', () => {
    const { error, stack } = attempt({
      name: 'astral',
      props: { instanceName: 'a' + '😀'.repeat(63) },
      prop: '',
      accepted: '',
    });
    expect(error).toBeUndefined();
    const vpc = Object.values(JSON.parse(Testing.synth(stack)).resource.tencentcloud_vpc)[0] as { name: string };
    // 56 UTF-16 units are left for the name: 'a' and 27 emoji take 55, a 28th would need 57.
    expect(vpc.name).toBe('a' + '😀'.repeat(27) + '-vpc');
    expect(vpc.name.length).toBeLessThanOrEqual(60);
  });
});

describe('unknown props', () => {
  test('are not refused, but each is reported with the prop it most likely meant', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
    const props = {
      availabilityZone: 'ap-guangzhou-3',
      imageId: 'img-9id7emv7',
      rdpAllowedCidrs: ['198.51.100.0/24'],
      administratorPassword: password.stringValue,
      storedRdpCredentials: false,
      somethingElse: 1,
    };
    const windows = new HardenedWindowsInstance(stack, 'windows', props as HardenedWindowsInstanceProps);
    const warnings = windows.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data);
    expect(warnings).toEqual([
      'storedRdpCredentials is not a prop of HardenedWindowsInstance and is ignored; did you mean storedRdpCredential?',
      'somethingElse is not a prop of HardenedWindowsInstance and is ignored',
    ]);
  });
});
