import { PolicyRule } from './engine/rule';
import {
  checkAllPortsFromAnywhere,
  checkDefaultSecurityGroup,
  checkDefaultVpc,
  checkDeployVerification,
  checkIngressFromAnywhere,
  checkLiteralPassword,
  checkMonitorService,
  checkPasswordInUserData,
  checkPublicIp,
  checkRdpSmbFromAnywhere,
  checkSuppressionValidity,
  checkUnencryptedDataDisk,
  checkUserDataCompatibility,
  checkUserDataCredentials,
  checkWindowsRdpHardening,
} from './rules';
import { SECURITY_GROUP_RULE_TYPES } from './rules/private/ingress-rules';
import { PASSWORD_ARGUMENTS } from './rules/literal-password';

/** The rule pack's name: every rule id is `TcWin-<suffix>`, and ids never change once published. */
export const RULE_PACK = 'TcWin';

const INSTANCE = ['tencentcloud_instance'];
/** The resources that carry a CVM's user data: an instance, and an Auto Scaling launch configuration. */
const USER_DATA_HOSTS = ['tencentcloud_instance', 'tencentcloud_as_scaling_config'];

/**
 * Every rule, with its metadata, in one place: the checks, the reports, the docs' rules table
 * (`npm run docs:rules`) and the suppression helper all read this list.
 */
export const POLICY_RULES: readonly PolicyRule[] = [
  {
    id: 'TcWin-RDP1',
    level: 'error',
    title: "A Windows instance's user data applies every enabled RDP setting",
    explanation:
      'Without the four settings RDP refuses saved credentials with "The credentials that were used to connect did not work". ' +
      "The check decodes the user data, expands the compressed script, parses the PowerShell and compares each setting's " +
      'registry writes, Group Policy sync and logon task with the settings model, for the settings HardenedWindowsInstance ' +
      '(or HardenedWindowsFleet, on its launch configuration) recorded as enabled (all four for other Windows instances and ' +
      'launch configurations). Fix: do not edit the synthesized user data; change the ' +
      "construct's props and synthesize again.",
    resourceTypes: USER_DATA_HOSTS,
    checkovIds: [],
    suppressible: true,
    check: checkWindowsRdpHardening,
  },
  {
    id: 'TcWin-SG1',
    level: 'error',
    title: 'No inbound rule lets RDP (3389) or SMB/NetBIOS (445, 139, 137, 138) in from 0.0.0.0/0 or ::/0',
    explanation:
      'RDP from the whole internet is brute-forced within hours, and setting 4 opens anonymous access to shares, so SMB and ' +
      'NetBIOS must never be reachable from outside. An unset port or protocol means all; port lists and ranges are expanded; ' +
      'an earlier DROP from anywhere in the same rule list removes its traffic. Fix: allow your office or VPN CIDRs only.',
    resourceTypes: SECURITY_GROUP_RULE_TYPES,
    checkovIds: ['CKV_TC_8'],
    suppressible: true,
    check: checkRdpSmbFromAnywhere,
  },
  {
    id: 'TcWin-SG2',
    level: 'error',
    title: 'No inbound rule accepts every port from 0.0.0.0/0 or ::/0',
    explanation:
      'A rule that accepts every TCP or UDP port from anywhere (including one with no port or protocol, or protocol ALL) ' +
      'exposes every service the instance runs, present and future. Fix: open the ports you serve, to the sources that need them.',
    resourceTypes: SECURITY_GROUP_RULE_TYPES,
    checkovIds: ['CKV_TC_8'],
    suppressible: true,
    check: checkAllPortsFromAnywhere,
  },
  {
    id: 'TcWin-SG3',
    level: 'warning',
    title: 'No other inbound rule is open to 0.0.0.0/0 or ::/0',
    explanation:
      'Anything reachable from anywhere is scanned constantly. Fix: limit the source to the networks that need it. A public ' +
      'web port may be intended: then record a suppression with the reason, so the exposure is a reviewed decision.',
    resourceTypes: SECURITY_GROUP_RULE_TYPES,
    checkovIds: ['CKV_TC_8'],
    suppressible: true,
    check: checkIngressFromAnywhere,
  },
  {
    id: 'TcWin-UD1',
    level: 'error',
    title: 'User data holds no API key or password',
    explanation:
      'Any process on the instance can read user data from the metadata service without authentication, and the console shows ' +
      'it. The check decodes user_data (and the compressed payload) and looks for TENCENTCLOUD_SECRET_ID/KEY, SecretId/SecretKey ' +
      "and password assignments, AKID key ids, literal cmdkey or SecureString passwords, a sensitive variable's default, and " +
      'interpolations of sensitive variables or secret attributes in user_data_raw. Fix: give the instance a CAM role and read ' +
      'secrets from SSM at run time, as setting 3 does.',
    resourceTypes: USER_DATA_HOSTS,
    checkovIds: ['CKV_TC_13'],
    suppressible: true,
    check: checkUserDataCredentials,
  },
  {
    id: 'TcWin-UD2',
    level: 'error',
    title: 'User data does not carry the RDP password (dangerouslyPutPasswordInUserData)',
    explanation:
      'The opt-in puts the password, base64 only, into user data, where every process on the instance and the console can read ' +
      'it. Fix: leave dangerouslyPutPasswordInUserData off, so the logon task reads the password from SSM with the instance role.',
    resourceTypes: USER_DATA_HOSTS,
    checkovIds: ['CKV_TC_13'],
    suppressible: true,
    check: checkPasswordInUserData,
  },
  {
    id: 'TcWin-UD3',
    level: 'warning',
    title: "The author's user-data PowerShell runs on Windows PowerShell 4.0 and .NET Framework 4.5",
    explanation:
      'Server 2012 R2 ships Windows PowerShell 4.0: a cmdlet, parameter, .NET member or operator it lacks (-UseBasicParsing on ' +
      'Invoke-RestMethod, ConvertFrom-Json -AsHashtable, [IO.Path]::Join, ??, ::new) stops the script at first boot. The check ' +
      "reads userDataCommands (or a hand-written script whole) against Microsoft's command reference and .NET Framework 4.5's " +
      'reference assemblies (docs/compatibility.md). Fix: use the 4.0 form, or suppress where the image has a newer PowerShell.',
    resourceTypes: USER_DATA_HOSTS,
    checkovIds: [],
    suppressible: true,
    check: checkUserDataCompatibility,
  },
  {
    id: 'TcWin-CVM1',
    level: 'error',
    title: 'The instance has no public IP',
    explanation:
      'A public IP exposes every port the security groups open to the internet. An RDP host reached from outside the VPC needs ' +
      'one: HardenedWindowsInstance and HardenedWindowsFleet record that as a suppression with its reason. An Auto Scaling ' +
      "launch configuration is read through public_ip_assigned; unset with public bandwidth, Auto Scaling's default is a " +
      'public IP. Fix: reach the instance over a VPN or a bastion, or record why it must be public.',
    resourceTypes: USER_DATA_HOSTS,
    checkovIds: ['CKV_TC_2'],
    suppressible: true,
    check: checkPublicIp,
  },
  {
    id: 'TcWin-CVM2',
    level: 'warning',
    title: 'The Cloud Monitor agent is on',
    explanation:
      'disable_monitor_service (on a launch configuration, enhanced_monitor_service = false) stops metrics and events, which is ' +
      'how a failed or attacked instance gets noticed. Fix: leave it unset, or on.',
    resourceTypes: USER_DATA_HOSTS,
    checkovIds: ['CKV_TC_3'],
    suppressible: true,
    check: checkMonitorService,
  },
  {
    id: 'TcWin-CVM3',
    level: 'error',
    title: 'The instance is in a security group this configuration defines, not the default one',
    explanation:
      'The default security group is shared and often left wide open. An instance that names no group gets it; a reference to a ' +
      "resource or data source named default (checkov's `.default.` match) or a lookup by the name default is it. A literal " +
      'sg- id cannot be told apart and is reported as unknown. An Auto Scaling launch configuration is read through its ' +
      'security_group_ids. Fix: create a group for the instance.',
    resourceTypes: USER_DATA_HOSTS,
    checkovIds: ['CKV_TC_4'],
    suppressible: true,
    check: checkDefaultSecurityGroup,
  },
  {
    id: 'TcWin-CVM4',
    level: 'error',
    title: 'The instance is in a VPC and subnet this configuration defines, not the default VPC',
    explanation:
      'The default VPC is shared by everything launched without a network choice. An instance without vpc_id or subnet_id lands ' +
      'in it; a reference to something named default or a lookup with is_default = true is it. Fix: create a VPC and subnet.',
    resourceTypes: INSTANCE,
    checkovIds: ['CKV_TC_5'],
    suppressible: true,
    check: checkDefaultVpc,
  },
  {
    id: 'TcWin-PW1',
    level: 'error',
    title: 'Passwords come from a sensitive variable or another resource, not a literal',
    explanation:
      'A literal password (instance password, SSM secret_string) is in plaintext in cdk.tf.json and every copy of it; a variable ' +
      "not marked sensitive shows in plans; a sensitive variable's default is a literal too. Fix: a TerraformVariable with " +
      'sensitive: true and no default.',
    resourceTypes: Object.keys(PASSWORD_ARGUMENTS),
    checkovIds: [],
    suppressible: true,
    check: checkLiteralPassword,
  },
  {
    id: 'TcWin-DSK1',
    level: 'warning',
    title: 'Data disks are encrypted',
    explanation:
      'An unencrypted disk, and every snapshot of it, is readable by whoever gets hold of the storage. A launch ' +
      "configuration's data_disk has no encrypt argument in the provider: a disk made from a snapshot is reported unknown, " +
      'any other disk not encrypted. Fix: set encrypt: true (dataDisks[].encrypt on HardenedWindowsInstance); for a launch ' +
      'configuration, use an encrypted snapshot and record that as a suppression.',
    resourceTypes: ['tencentcloud_instance', 'tencentcloud_cbs_storage', 'tencentcloud_as_scaling_config'],
    checkovIds: ['CKV_TC_1'],
    suppressible: true,
    check: checkUnencryptedDataDisk,
  },
  {
    id: 'TcWin-TAT1',
    level: 'note',
    title: 'A Windows instance has a TAT verification attached, so deploy reports whether the RDP settings took',
    explanation:
      'Without it `cdktf deploy` succeeds as soon as the CVM exists, and a setting that did not take shows up later at the RDP ' +
      'prompt. A tencentcloud_tat_invocation_invoke_attachment on the instance makes the apply wait for the verification ' +
      "command's exit code (docs/deploy-verification.md). Fix: leave verifyOnDeploy on (the default); an image without the " +
      'TAT agent can turn it off, and this note says so.',
    resourceTypes: INSTANCE,
    checkovIds: [],
    suppressible: true,
    check: checkDeployVerification,
  },
  {
    id: 'TcWin-SUP1',
    level: 'error',
    title: 'Every suppression names a rule of this pack and gives a reason of at least 10 characters',
    explanation:
      'A suppression is a recorded decision: a typo in the rule id would silence nothing, and a missing reason tells the next ' +
      'reader nothing. Fix the id or write the reason; this rule cannot be suppressed.',
    resourceTypes: ['*'],
    checkovIds: [],
    suppressible: false,
    check: checkSuppressionValidity,
  },
];

export function policyRule(id: string): PolicyRule | undefined {
  return POLICY_RULES.find((rule) => rule.id === id);
}
