import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedWindowsInstance } from '../../lib';
import { addClientScriptOutput } from '../../lib/constructs/private/client-script-output';
import { renderClientScript, unescapeTerraformTemplate } from '../../lib/powershell';
import { Instance, TencentcloudProvider } from '../../lib/providers/tencentcloud';
import { SynthesizedStack, validProps } from '../helpers/synth';

const IP = '203.0.113.10';
/** Passes Tencent Cloud's password rules, so the construct accepts it as a literal and writes it into the stack. */
const KNOWN_PASSWORD = 'Kn0wn-Passw0rd!xyz';

/**
 * What Terraform makes of a client-script output: `replace(local.<template>, "<<host>>", <host>)` with
 * the template read back from its JSON string. Fails on any other shape, or on an interpolation in
 * the template. (Real Terraform 1.11 was run on such an output once: byte-identical to this.)
 */
function evaluateOutput(stack: SynthesizedStack, value: string, hosts: Record<string, string>): string {
  const call = /^\$\{replace\(local\.([A-Za-z0-9_-]+), "<<host>>", ([^)]+)\)\}$/.exec(value);
  if (!call) throw new Error(`not a client-script output: ${value.slice(0, 120)}`);
  const host = hosts[call[2]];
  if (host === undefined) throw new Error(`unexpected host expression ${call[2]}`);
  const template = (stack as unknown as { locals: Record<string, string> }).locals[call[1]];
  const text = unescapeTerraformTemplate(template, (expression) => {
    throw new Error(`the template interpolates ${expression}`);
  });
  return text.split('<<host>>').join(host);
}

/** Two instances in one stack, the second with its own login user. */
function synthTwo(): { stack: SynthesizedStack; constructs: HardenedWindowsInstance[] } {
  const constructs: HardenedWindowsInstance[] = [];
  const json = Testing.synthScope((scope) => {
    new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
    const props = validProps(scope);
    constructs.push(new HardenedWindowsInstance(scope, 'web', props));
    constructs.push(
      new HardenedWindowsInstance(scope, 'jump-host', {
        ...props,
        administratorPassword: KNOWN_PASSWORD,
        credentialUserName: 'ops',
        credentialPassword: KNOWN_PASSWORD,
      }),
    );
  });
  return { stack: JSON.parse(json) as SynthesizedStack, constructs };
}

function clientScriptOutputs(stack: SynthesizedStack): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(stack.output ?? {}).filter(([name]) => name.startsWith('client_script_')));
}

/** The Terraform address of each construct's instance's public IP, from the synthesized resource names. */
function publicIpReference(stack: SynthesizedStack, constructId: string): string {
  const names = Object.keys(stack.resource.tencentcloud_instance).filter((name) =>
    name.startsWith(`${constructId}_instance_`),
  );
  expect(names).toHaveLength(1);
  return `tencentcloud_instance.${names[0]}.public_ip`;
}

describe('the client-script output', () => {
  const { stack, constructs } = synthTwo();
  // The deploy verification's output (verification_<path>) is tested with the construct.
  const outputs = clientScriptOutputs(stack);

  test('exists once per instance, under a name taken from the construct id', () => {
    expect(Object.keys(outputs).sort()).toEqual(['client_script_jump-host', 'client_script_web']);
    expect(constructs.map((c) => c.clientScriptOutputName)).toEqual(['client_script_web', 'client_script_jump-host']);
  });

  test.each([
    ['web', 'Administrator'],
    ['jump-host', 'ops'],
  ])(
    "%s's output puts its own instance's public IP into the template, and is that script once filled in",
    (id, user) => {
      const value = outputs[`client_script_${id}`].value as string;
      const filled = evaluateOutput(stack, value, { [publicIpReference(stack, id)]: IP });
      expect(filled).toBe(renderClientScript({ host: IP, userName: user }));
    },
  );

  test('the stack holds each template once: one per login user, shared by the instances of that user', () => {
    const json = Testing.synthScope((scope) => {
      const props = validProps(scope);
      new HardenedWindowsInstance(scope, 'host-a', props);
      new HardenedWindowsInstance(scope, 'host-b', props);
      new HardenedWindowsInstance(scope, 'host-c', {
        ...props,
        credentialUserName: 'ops',
        credentialPassword: KNOWN_PASSWORD,
      });
    });
    const three = JSON.parse(json) as SynthesizedStack & { locals: Record<string, string> };
    const templates = Object.keys(three.locals).filter((name) => name.startsWith('client_script_template_'));
    expect(templates).toHaveLength(2);
    const used = Object.values(clientScriptOutputs(three)).map(
      (o) => /local\.([A-Za-z0-9_-]+)/.exec(o.value as string)![1],
    );
    expect(used[0]).toBe(used[1]);
    expect(used[2]).not.toBe(used[0]);
    expect(new Set(used)).toEqual(new Set(templates));
  });

  test('is not sensitive, holds no password, and its description gives the two commands a user runs', () => {
    for (const [name, output] of Object.entries(outputs)) {
      expect(output.sensitive).toBe(false);
      expect(output.value).not.toContain(KNOWN_PASSWORD);
      expect(output.value).not.toMatch(/var\.|base64encode/);
      expect(output.description).toContain(`terraform output -raw ${name} > connect.ps1`);
      expect(output.description).toContain('powershell.exe -ExecutionPolicy Bypass -File .\\connect.ps1');
    }
    // The password is in the stack (as a literal, with a warning), so its absence above means something.
    expect(JSON.stringify(stack)).toContain(KNOWN_PASSWORD);
  });
});

describe('output names', () => {
  test('nested constructs get their path inside the stack', () => {
    let construct: HardenedWindowsInstance | undefined;
    const json = Testing.synthScope((scope) => {
      const group = new Construct(scope, 'team.a');
      construct = new HardenedWindowsInstance(group, 'rdp host', validProps(scope));
    });
    const stack = JSON.parse(json) as SynthesizedStack;
    expect(Object.keys(stack.output ?? {})).toEqual(['client_script_team_a_rdp_host', 'verification_team_a_rdp_host']);
    expect(construct!.clientScriptOutputName).toBe('client_script_team_a_rdp_host');
  });

  test('two constructs whose names would meet are refused with both paths, before the second creates anything', () => {
    let second: (() => void) | undefined;
    let stack: TerraformStack | undefined;
    Testing.synthScope((scope) => {
      stack = scope as TerraformStack;
      const props = validProps(scope);
      new HardenedWindowsInstance(scope, 'a.b', props);
      second = () => new HardenedWindowsInstance(scope, 'a_b', props);
    });
    expect(second).toThrow(
      /a_b: its outputs would be named client_script_a_b \(and verification_\.\.\.\), like those of .*a\.b/,
    );
    expect(stack!.node.tryFindChild('a_b')).toBeUndefined();
  });
});

describe('the output value as a Terraform template', () => {
  test('text that looks like interpolations or directives stays literal; the host is the only thing put in', () => {
    // The real script holds no such text today; this keeps the escaping honest if it ever does.
    const parts = ["# ${not.a.reference} %{ if true }x%{ endif } $${already} '", "'\n$Target = 'TERMSRV/", "'\n"];
    const json = Testing.synthScope((scope) => {
      const instance = new Instance(scope, 'vm', { imageId: 'img-1', availabilityZone: 'ap-guangzhou-3' });
      addClientScriptOutput(scope, 'client_script_', { parts }, instance.publicIp);
    });
    const stack = JSON.parse(json) as SynthesizedStack;
    const value = stack.output!.client_script_.value as string;
    expect(evaluateOutput(stack, value, { 'tencentcloud_instance.vm.public_ip': IP })).toBe(parts.join(IP));
  });
});

describe('outputClientScript (issue 15: every instance added an output that could not be turned off)', () => {
  function synthWith(outputClientScript?: boolean): { stack: SynthesizedStack; construct: HardenedWindowsInstance } {
    let construct: HardenedWindowsInstance | undefined;
    const json = Testing.synthScope((scope) => {
      new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
      construct = new HardenedWindowsInstance(scope, 'windows', { ...validProps(scope), outputClientScript });
    });
    return { stack: JSON.parse(json) as SynthesizedStack, construct: construct! };
  }
  const outputsOf = (stack: SynthesizedStack) =>
    Object.keys((stack as unknown as { output?: Record<string, unknown> }).output ?? {});
  const localsOf = (stack: SynthesizedStack) =>
    Object.keys((stack as unknown as { locals?: Record<string, unknown> }).locals ?? {});

  test('on by default, and with true: the output and its template', () => {
    for (const setting of [undefined, true]) {
      const { stack, construct } = synthWith(setting);
      expect(outputsOf(stack)).toEqual(['client_script_windows', 'verification_windows']);
      expect(localsOf(stack)).toEqual([expect.stringMatching(/^client_script_template_[0-9a-f]{8}$/)]);
      expect(construct.clientScriptOutputName).toBe('client_script_windows');
    }
  });

  test('false: no output and no template local, and the rest of the stack is unchanged', () => {
    const on = synthWith(true);
    const off = synthWith(false);
    expect(outputsOf(off.stack)).toEqual(['verification_windows']);
    expect(localsOf(off.stack)).toEqual([]);
    expect(off.construct.clientScriptOutput).toBeUndefined();
    expect(off.construct.clientScriptOutputName).toBeUndefined();
    const without = (stack: SynthesizedStack) => {
      const { client_script_windows: _dropped, ...output } = (stack as unknown as { output: Record<string, unknown> })
        .output;
      return { ...stack, output, locals: undefined };
    };
    expect(without(off.stack)).toEqual(without(on.stack));
  });

  test('false with verifyOnDeploy false frees the output name: two instances whose names would meet both synthesize', () => {
    const twoInstances = (first: { outputClientScript?: boolean; verifyOnDeploy?: boolean }) => () =>
      Testing.synthScope((scope) => {
        new TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
        const props = validProps(scope);
        new HardenedWindowsInstance(scope, 'a.b', { ...props, ...first });
        new HardenedWindowsInstance(scope, 'a_b', props);
      });
    expect(twoInstances({ outputClientScript: false, verifyOnDeploy: false })).not.toThrow();
    // Either output alone still claims the name: the verification output would meet the other's.
    expect(twoInstances({ outputClientScript: false })).toThrow(/a_b: its outputs would be named client_script_a_b/);
  });
});
