import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  AnnotationMetadataEntryType,
  App,
  Aspects,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
  Testing,
} from 'cdktf';
import { IConstruct } from 'constructs';
import { HardenedWindowsInstance } from '../../lib';
import { RdpHardeningChecks } from '../../lib/policy';
import { scriptAsRun, userDataBase64 } from '../../lib/powershell';
import { SecurityGroupRuleSet, TencentcloudProvider } from '../../lib/providers/tencentcloud';
import { editHardeningScript, hardeningScriptOf, withoutSettingBlock } from '../helpers/policy';
import { validProps } from '../helpers/synth';

let checks: RdpHardeningChecks;
let outdir: string;

beforeAll(async () => {
  checks = await RdpHardeningChecks.create();
  outdir = mkdtempSync(join(tmpdir(), 'policy-aspect-'));
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** The annotations of one kind on a construct, by message. */
function annotations(construct: IConstruct, type: string): string[] {
  return construct.node.metadata.filter((m) => m.type === type).map((m) => String(m.data));
}

function stackWithHost(app: App): { stack: TerraformStack; host: HardenedWindowsInstance } {
  const stack = new TerraformStack(app, 'stack');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const host = new HardenedWindowsInstance(stack, 'windows', validProps(stack));
  Aspects.of(stack).add(checks);
  return { stack, host };
}

/** A stack in a Testing app with one instance and, unless told otherwise, the Aspect. */
function testingStackWithHost(withAspect = true): { stack: TerraformStack; host: HardenedWindowsInstance } {
  const stack = new TerraformStack(Testing.app(), 'stack');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const host = new HardenedWindowsInstance(stack, 'windows', validProps(stack));
  if (withAspect) Aspects.of(stack).add(checks);
  return { stack, host };
}

test("a clean stack synthesizes; the construct's accepted public IP is an info annotation with its reason", () => {
  const app = new App({ outdir });
  const { host } = stackWithHost(app);
  expect(() => app.synth()).not.toThrow();
  expect(annotations(host.instance, AnnotationMetadataEntryType.ERROR)).toEqual([]);
  expect(annotations(host.instance, AnnotationMetadataEntryType.INFO)).toEqual([
    expect.stringMatching(
      /^TcWin-CVM1: tencentcloud_instance\.windows_instance_[0-9A-F]{8}: allocate_public_ip is true: .* \[suppressed: HardenedWindowsInstance is an RDP host/,
    ),
  ]);
});

test('an error-level finding fails cdktf synth, annotated on the offending resource', () => {
  const app = new App({ outdir });
  const { stack } = stackWithHost(app);
  const open = new SecurityGroupRuleSet(stack, 'open', {
    securityGroupId: 'sg-abcd1234',
    ingress: [{ action: 'ACCEPT', cidrBlock: '0.0.0.0/0', protocol: 'TCP', port: '445' }],
  });
  expect(() => app.synth()).toThrow(
    /\[stack\/open\] TcWin-SG1: tencentcloud_security_group_rule_set\.open: ingress\[0\] \(ACCEPT TCP 445 from 0\.0\.0\.0\/0\) lets in TCP 445 \(SMB\) from anywhere\./,
  );
  expect(annotations(open, AnnotationMetadataEntryType.ERROR)).toHaveLength(1);
});

test('a setting removed from the user data through an override (an escape hatch) is caught at synth', () => {
  const app = new App({ outdir });
  const { host } = stackWithHost(app);
  // What the construct rendered, minus setting 2, written back over the instance's user_data.
  const body: Record<string, unknown> = { user_data: userDataBase64(host.userData) };
  expect(hardeningScriptOf(body).script).toBe(scriptAsRun(host.bootstrapScript, 'compactText'));
  editHardeningScript(body, (s) => withoutSettingBlock(s, 'saved-credential-delegation'));
  host.instance.addOverride('user_data', body.user_data);
  expect(() => app.synth()).toThrow(
    /TcWin-RDP1: tencentcloud_instance\.windows_instance_[0-9A-F]{8}: setting 2 saved-credential-delegation: the script has no Invoke-HardeningSetting 'saved-credential-delegation' block/,
  );
});

test('warnings and undecided findings are warnings, not errors', () => {
  const stack = new TerraformStack(Testing.app(), 'stack');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const cidr = new TerraformVariable(stack, 'rdp_cidr', { type: 'string' });
  const host = new HardenedWindowsInstance(
    stack,
    'windows',
    validProps(stack, { rdpAllowedCidrs: [cidr.stringValue], dataDisks: [{ type: 'CLOUD_SSD', sizeGb: 100 }] }),
  );
  Aspects.of(stack).add(checks);
  Testing.synth(stack);
  expect(annotations(host.securityGroup.rules, AnnotationMetadataEntryType.WARN)).toEqual([
    expect.stringMatching(
      /^TcWin-SG1 \(could not be decided\): .*ingress\[0\]\.cidr_block is \$\{var\.rdp_cidr\}, known only at deploy time\.$/,
    ),
  ]);
  expect(annotations(host.instance, AnnotationMetadataEntryType.WARN)).toEqual([
    expect.stringMatching(/^TcWin-DSK1: .*: data_disks\[0\] is not encrypted \(encrypt is false\)\.$/),
  ]);
  expect(stack.node.findAll().flatMap((c) => annotations(c, AnnotationMetadataEntryType.ERROR))).toEqual([]);
});

describe('the stack is resolved once for the Aspect and cdk.tf.json together', () => {
  function synthCounting(withAspect: boolean, extraAspect?: (stack: TerraformStack) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'policy-aspect-once-'));
    const resolve = jest.spyOn(TerraformStack.prototype, 'toTerraform');
    try {
      const app = new App({ outdir: dir });
      const stack = new TerraformStack(app, 'stack');
      new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
      new HardenedWindowsInstance(stack, 'windows', validProps(stack));
      if (withAspect) Aspects.of(stack).add(checks);
      extraAspect?.(stack);
      app.synth();
      return {
        calls: resolve.mock.calls.length,
        json: readFileSync(join(dir, 'stacks', 'stack', 'cdk.tf.json'), 'utf8'),
        stack,
      };
    } finally {
      resolve.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('alone in the stack: one resolution (cdktf and CDK Terrain alike), and the same cdk.tf.json as without it', () => {
    const without = synthCounting(false);
    const withAspect = synthCounting(true);
    expect(without.calls).toBe(1);
    expect(withAspect.calls).toBe(1);
    expect(withAspect.json).toBe(without.json);
  });

  test("beside another Aspect, which may change the stack after it ran, cdktf resolves again and writes that Aspect's change", () => {
    const tagging = (stack: TerraformStack) =>
      Aspects.of(stack).add({
        visit: (node: IConstruct) => {
          if (node instanceof HardenedWindowsInstance) node.instance.addOverride('tags.changed_by_aspect', 'yes');
        },
      });
    const result = synthCounting(true, tagging);
    expect(result.calls).toBe(2);
    expect(result.json).toContain('"changed_by_aspect": "yes"');
  });

  test('JSON the synthesizer did not take (an Aspect run without a synth) expires when the synchronous job ends', async () => {
    const { stack } = testingStackWithHost();
    checks.visit(stack);
    expect(Object.prototype.hasOwnProperty.call(stack, 'toTerraform')).toBe(true);
    await Promise.resolve();
    expect(Object.prototype.hasOwnProperty.call(stack, 'toTerraform')).toBe(false);
    const resolve = jest.spyOn(TerraformStack.prototype, 'toTerraform');
    try {
      stack.toTerraform();
      expect(resolve).toHaveBeenCalledTimes(1);
    } finally {
      resolve.mockRestore();
    }
  });

  test('a synth the Aspect stops offers nothing: fixed and synthesized again in the same job, cdk.tf.json is the fixed stack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-aspect-stopped-'));
    try {
      const app = new App({ outdir: dir });
      const { stack } = stackWithHost(app);
      new SecurityGroupRuleSet(stack, 'open', {
        securityGroupId: 'sg-abcd1234',
        ingress: [{ action: 'ACCEPT', cidrBlock: '0.0.0.0/0', protocol: 'TCP', port: '445' }],
      });
      expect(() => app.synth()).toThrow(/TcWin-SG1/);
      expect(Object.prototype.hasOwnProperty.call(stack, 'toTerraform')).toBe(false);
      expect(stack.node.tryRemoveChild('open')).toBe(true);
      app.synth();
      expect(readFileSync(join(dir, 'stacks', 'stack', 'cdk.tf.json'), 'utf8')).not.toContain('"open"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('JSON offered and not taken (an HCL synth) is dropped when the Aspect runs again: a change made in between is written', () => {
    const { stack, host } = testingStackWithHost();
    Testing.synthHcl(stack);
    host.instance.addOverride('tags.changed_after_hcl', 'yes');
    expect(Testing.synth(stack)).toContain('"changed_after_hcl": "yes"');
  });

  test('a construct added after the Aspect ran (an output, after an HCL synth) is in what a direct call returns', () => {
    const { stack, host } = testingStackWithHost();
    Testing.synthHcl(stack);
    new TerraformOutput(stack, 'added_after_hcl', { value: host.instanceId });
    expect(JSON.stringify(stack.toTerraform())).toContain('added_after_hcl');
  });

  test("Testing.fullSynth writes the stack's backend as it does without the Aspect", () => {
    const backendOf = (withAspect: boolean) => {
      const { stack } = testingStackWithHost(withAspect);
      const outdir = Testing.fullSynth(stack);
      try {
        const json = JSON.parse(readFileSync(join(outdir, 'stacks', 'stack', 'cdk.tf.json'), 'utf8')) as {
          terraform: { backend?: unknown };
        };
        return json.terraform.backend;
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    };
    expect(backendOf(true)).toEqual(backendOf(false));
  });

  /** Stack `a` with an instance, stack `b` with an output that refers to it; the Aspect on both, or on neither. */
  function twoStacks(withAspect: boolean) {
    const app = Testing.app();
    const a = new TerraformStack(app, 'a');
    new TencentcloudProvider(a, 'tencentcloud', { region: 'ap-guangzhou' });
    const host = new HardenedWindowsInstance(a, 'windows', validProps(a));
    const b = new TerraformStack(app, 'b');
    new TencentcloudProvider(b, 'tencentcloud', { region: 'ap-guangzhou' });
    new TerraformOutput(b, 'instance_in_a', { value: host.instanceId });
    if (withAspect) for (const stack of [a, b]) Aspects.of(stack).add(checks);
    return { host, b };
  }

  /** What `synth` returns, or the message it throws. */
  function attempt(synth: () => string): string {
    try {
      return synth();
    } catch (e) {
      return `threw: ${(e as Error).message}`;
    }
  }

  test('a reference to another stack synthesizes as it does without the Aspect (Testing.synth with validations)', () => {
    const referencing = (withAspect: boolean) => {
      const { b } = twoStacks(withAspect);
      return attempt(() => Testing.synth(b, true));
    };
    expect(referencing(true)).toEqual(referencing(false));
  });

  test('a new reference to a stack this one already reads, added between two synths, is written as without the Aspect', () => {
    // A preparation after the Aspect (CDK Terrain's Testing.synth with validations, and Testing.fullSynth) rewrites
    // the new reference to the remote state the stack already has: no construct is added, the JSON changes.
    const twoSynths = (withAspect: boolean, synth: (stack: TerraformStack) => string) => {
      const { host, b } = twoStacks(withAspect);
      const first = attempt(() => synth(b));
      new TerraformOutput(b, 'public_ip_in_a', { value: host.instance.publicIp });
      return [first, attempt(() => synth(b))];
    };
    const withValidations = (stack: TerraformStack) => Testing.synth(stack, true);
    const fullSynth = (stack: TerraformStack) => {
      const outdir = Testing.fullSynth(stack);
      try {
        return readFileSync(join(outdir, 'stacks', stack.node.id, 'cdk.tf.json'), 'utf8');
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    };
    for (const synth of [withValidations, fullSynth]) {
      const [first, second] = twoSynths(true, synth);
      expect([first, second]).toEqual(twoSynths(false, synth));
      expect(second).toContain('public_ip_in_a');
    }
  });

  test("a stack inside another stack, whose Aspects it inherits, gets the outer Aspect's change written", () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-aspect-nested-'));
    try {
      const app = new App({ outdir: dir });
      const outer = new TerraformStack(app, 'outer');
      new TencentcloudProvider(outer, 'tencentcloud', { region: 'ap-guangzhou' });
      const inner = new TerraformStack(outer, 'inner');
      new TencentcloudProvider(inner, 'tencentcloud', { region: 'ap-guangzhou' });
      new HardenedWindowsInstance(inner, 'windows', validProps(inner));
      Aspects.of(outer).add(checks);
      Aspects.of(outer).add({
        visit: (node: IConstruct) => {
          if (node instanceof HardenedWindowsInstance) node.instance.addOverride('tags.by_outer_aspect', 'yes');
        },
      });
      app.synth();
      const written = readdirSync(join(dir, 'stacks')).map((name) =>
        readFileSync(join(dir, 'stacks', name, 'cdk.tf.json'), 'utf8'),
      );
      expect(written.filter((json) => json.includes('"by_outer_aspect": "yes"'))).not.toHaveLength(0);
      expect(
        written.filter((json) => json.includes('tencentcloud_instance') && !json.includes('by_outer_aspect')),
      ).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
