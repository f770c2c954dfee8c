import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import {
  HardenedWindowsFleet,
  HardenedWindowsFleetProps,
  HardenedWindowsInstance,
  HardenedWindowsInstanceProps,
} from '../../lib';
import { checkConfiguration } from '../../lib/policy/check';
import {
  decodeUserDataBase64,
  expandHardeningScript,
  extractPowerShellBlock,
  renderUserData,
  userDataBase64,
  UserDataFormat,
} from '../../lib/powershell';
import { isOpen, PolicyFinding } from '../../lib/policy/engine/evaluate';
import { TerraformConfiguration } from '../../lib/policy/engine/terraform-configuration';
import { PowerShellParser } from '../../lib/policy/script-analysis';
import { TencentcloudProvider } from '../../lib/providers/tencentcloud';
import { validProps } from './synth';

export type TerraformJson = Record<string, any>;

let parser: PowerShellParser | undefined;

/** Call from `beforeAll`: loads the WebAssembly grammar once per test file. */
export async function loadPolicyParser(): Promise<PowerShellParser> {
  parser = await PowerShellParser.load();
  return parser;
}

/** Every finding of every rule on a configuration. */
export function check(json: TerraformJson, source = 'fixture.tf.json'): PolicyFinding[] {
  if (!parser) throw new Error('call loadPolicyParser() in beforeAll first');
  return checkConfiguration(TerraformConfiguration.fromJson(json, source), { parser });
}

/** TcWin-RDP1's findings for a configuration. */
export function rdp1Findings(json: TerraformJson): PolicyFinding[] {
  return check(json).filter((f) => f.ruleId === 'TcWin-RDP1');
}

/** TcWin-RDP1's failing findings, as [finding id, reason]. */
export function rdp1Failures(json: TerraformJson): Array<[string | undefined, string]> {
  return rdp1Findings(json)
    .filter((f) => f.status === 'NON_COMPLIANT')
    .map((f) => [f.findingId, f.reason]);
}

/** `ruleId address` of each open NON_COMPLIANT finding (any level), sorted and without repeats. */
export function failing(findings: readonly PolicyFinding[]): string[] {
  return [
    ...new Set(
      findings.filter((f) => isOpen(f) && f.status === 'NON_COMPLIANT').map((f) => `${f.ruleId} ${f.address}`),
    ),
  ].sort();
}

/** `ruleId address` of each open UNKNOWN finding. */
export function undecided(findings: readonly PolicyFinding[]): string[] {
  return [
    ...new Set(findings.filter((f) => isOpen(f) && f.status === 'UNKNOWN').map((f) => `${f.ruleId} ${f.address}`)),
  ].sort();
}

/** `address` of each resource a rule found COMPLIANT. */
export function passing(findings: readonly PolicyFinding[], ruleId: string): string[] {
  return [
    ...new Set(findings.filter((f) => f.ruleId === ruleId && f.status === 'COMPLIANT').map((f) => f.address)),
  ].sort();
}

/**
 * Synthesizes a stack the way `cdktf synth` writes cdk.tf.json, `"//"` metadata included (Testing.synth
 * strips it, and with it the hardening record and the suppressions).
 */
export function synthWithMetadata(build: (stack: TerraformStack) => void): TerraformJson {
  const stack = new TerraformStack(Testing.app(), 'stack');
  build(stack);
  return JSON.parse(JSON.stringify(stack.toTerraform())) as TerraformJson;
}

/** One HardenedWindowsInstance (id `windows`) in a fresh stack, synthesized with its metadata. */
export function synthHardenedInstance(overrides: Partial<HardenedWindowsInstanceProps> = {}): TerraformJson {
  return synthWithMetadata((stack: Construct) => {
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    new HardenedWindowsInstance(stack, 'windows', validProps(stack, overrides));
  });
}

/** One HardenedWindowsFleet (id `fleet`) over two zones in a fresh stack, synthesized with its metadata. */
export function synthHardenedFleet(overrides: Partial<HardenedWindowsFleetProps> = {}, id = 'fleet'): TerraformJson {
  return synthWithMetadata((stack: Construct) => {
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const { availabilityZone: _zone, ...shared } = validProps(stack);
    new HardenedWindowsFleet(stack, id, {
      ...shared,
      availabilityZones: ['ap-guangzhou-3', 'ap-guangzhou-4'],
      minSize: 1,
      maxSize: 4,
      ...overrides,
    });
  });
}

/** The only resource of a type in a configuration, with its name. */
export function only(json: TerraformJson, type: string): { name: string; address: string; body: Record<string, any> } {
  const entries = Object.entries(json.resource?.[type] ?? {});
  if (entries.length !== 1) throw new Error(`expected one ${type}, found ${entries.length}`);
  const [name, body] = entries[0];
  return { name, address: `${type}.${name}`, body: body as Record<string, any> };
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** The hardening script of a synthesized instance body, as Cloudbase-Init would run it. */
export function hardeningScriptOf(body: Record<string, any>): { script: string; format: UserDataFormat } {
  return expandHardeningScript(extractPowerShellBlock(decodeUserDataBase64(body.user_data)));
}

/**
 * Edits an instance's hardening script by hand, the way someone could edit cdk.tf.json, and re-encodes
 * it in the same format (recompressed, with the loader this library writes).
 */
export function editHardeningScript(body: Record<string, any>, edit: (script: string) => string): void {
  const { script, format } = hardeningScriptOf(body);
  const fingerprint = /^\$Fingerprint = '([0-9a-f]{16})'$/m.exec(script)?.[1];
  if (!fingerprint) throw new Error('the script has no $Fingerprint line');
  const text = edit(script);
  body.user_data = userDataBase64(
    renderUserData(
      {
        text,
        compactText: text,
        fingerprint,
        settingsOnlyFingerprint: fingerprint,
        settingIds: [],
        instanceValues: [],
      },
      { format },
    ),
  );
}

/** The script without one setting's `Invoke-HardeningSetting '<id>' ... { ... }` block. */
export function withoutSettingBlock(script: string, settingId: string): string {
  const lines = script.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`Invoke-HardeningSetting '${settingId}' `));
  if (start < 0) throw new Error(`the script has no block for ${settingId}`);
  const end = lines.findIndex((line, i) => i > start && line === '}');
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
}
