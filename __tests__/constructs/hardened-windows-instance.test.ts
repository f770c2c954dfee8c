import { TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { HardenedWindowsInstance } from '../../lib';
import {
  decodeUserDataBase64,
  expandHardeningScript,
  extractPowerShellBlock,
  USER_DATA_LIMIT_BYTES,
  scriptAsRun,
} from '../../lib/powershell';
import { loadParser, parseHardeningScript } from '../helpers/powershell';
import { onlyResource, scriptOf, synthInstance, SynthesizedStack, validProps } from '../helpers/synth';

beforeAll(loadParser);

/** The stack as JSON, with user data shown decoded so a changed script reads as a diff of lines. */
function readable(stack: SynthesizedStack): SynthesizedStack {
  const copy = JSON.parse(JSON.stringify(stack)) as SynthesizedStack;
  for (const instance of Object.values(copy.resource.tencentcloud_instance ?? {})) {
    const block = extractPowerShellBlock(decodeUserDataBase64(instance.user_data as string));
    const { script, format } = expandHardeningScript(block);
    instance.user_data = { decoded: true, format, script: script.split('\n') };
  }
  return copy;
}

describe('snapshots (read every diff)', () => {
  test('the default instance', () => {
    expect(readable(synthInstance().stack)).toMatchSnapshot();
  });

  test('settings 1, 2 and 4 only, plain user data, in an existing VPC', () => {
    const { stack } = synthInstance({
      storedRdpCredential: false,
      userDataFormat: 'plain',
      vpcId: 'vpc-abcd1234',
      subnetId: 'subnet-abcd1234',
    });
    expect(readable(stack)).toMatchSnapshot();
  });
});

describe('the instance', () => {
  test('carries user data that decodes, parses, and applies settings 1 to 4', () => {
    const instance = onlyResource(synthInstance().stack, 'tencentcloud_instance');
    const effects = parseHardeningScript(scriptOf(instance));
    expect([...effects.settings.keys()]).toEqual([
      'classic-sharing-model',
      'saved-credential-delegation',
      'stored-rdp-credential',
      'password-protected-sharing-off',
    ]);
  });

  test('the user data is UTF-8 without a byte-order mark, in <powershell> tags, under the 16 KB base64 limit', () => {
    const { stack, construct } = synthInstance();
    const userData = onlyResource(stack, 'tencentcloud_instance').user_data as string;
    const bytes = Buffer.from(userData, 'base64');
    expect(bytes.subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toMatch(/^<powershell>\n[\s\S]*\n<\/powershell>\n$/);
    expect(userData.length).toBe(construct.userDataBase64Length);
    expect(userData.length).toBeLessThanOrEqual(USER_DATA_LIMIT_BYTES);
  });

  test('the decoded script is exactly the one the construct rendered, in its compact form', () => {
    const { stack, construct } = synthInstance();
    expect(scriptOf(onlyResource(stack, 'tencentcloud_instance'))).toBe(
      scriptAsRun(construct.bootstrapScript, 'compactText'),
    );
  });

  test('plain user data holds the script itself', () => {
    const { stack, construct } = synthInstance({ userDataFormat: 'plain', storedRdpCredential: false });
    const text = decodeUserDataBase64(onlyResource(stack, 'tencentcloud_instance').user_data as string);
    expect(text).toBe(`<powershell>\n${construct.bootstrapScript.text}</powershell>\n`);
  });

  test("is public (RDP needs it), monitored, and in the construct's own VPC and security group", () => {
    const { stack } = synthInstance();
    const instance = onlyResource(stack, 'tencentcloud_instance');
    expect(instance).toMatchObject({
      allocate_public_ip: true,
      disable_monitor_service: false,
      disable_security_service: false,
      availability_zone: 'ap-guangzhou-3',
      image_id: 'img-9id7emv7',
      password: '${var.administrator_password}',
      user_data_replace_on_change: false,
    });
    expect(instance.orderly_security_groups).toEqual([
      expect.stringMatching(/^\$\{tencentcloud_security_group\.[^.]+\.id\}$/),
    ]);
    expect(instance.vpc_id).toMatch(/^\$\{tencentcloud_vpc\.[^.]+\.id\}$/);
    expect(instance.subnet_id).toMatch(/^\$\{tencentcloud_subnet\.[^.]+\.id\}$/);
    expect(instance).not.toHaveProperty('user_data_raw');
  });

  test('a setting switched off is gone from the user data and marked disabled', () => {
    const instance = onlyResource(synthInstance({ passwordProtectedSharingOff: false }).stack, 'tencentcloud_instance');
    const effects = parseHardeningScript(scriptOf(instance));
    expect(effects.settings.has('password-protected-sharing-off')).toBe(false);
    expect(effects.declaredStatus.get('password-protected-sharing-off')).toBe('disabled');
  });
});

describe('the security group', () => {
  function rules(overrides = {}) {
    return onlyResource(synthInstance(overrides).stack, 'tencentcloud_security_group_rule_set') as {
      ingress: Array<Record<string, string>>;
      egress: Array<Record<string, string>>;
    };
  }

  test('lets RDP in from the given CIDRs only, then drops everything else', () => {
    expect(rules({ rdpAllowedCidrs: ['198.51.100.0/24', '2001:db8::/32'] }).ingress).toEqual([
      {
        action: 'ACCEPT',
        cidr_block: '198.51.100.0/24',
        protocol: 'TCP',
        port: '3389',
        description: 'RDP from an allowed CIDR',
      },
      {
        action: 'ACCEPT',
        ipv6_cidr_block: '2001:db8::/32',
        protocol: 'TCP',
        port: '3389',
        description: 'RDP from an allowed CIDR',
      },
      { action: 'DROP', cidr_block: '0.0.0.0/0', protocol: 'ALL', port: 'ALL', description: 'Everything else (IPv4)' },
      { action: 'DROP', ipv6_cidr_block: '::/0', protocol: 'ALL', port: 'ALL', description: 'Everything else (IPv6)' },
    ]);
  });

  test('never lets SMB or NetBIOS in: every accepted inbound rule is TCP 3389', () => {
    const accepted = rules({ rdpAllowedCidrs: ['198.51.100.0/24', '203.0.113.0/24'] }).ingress.filter(
      (r) => r.action === 'ACCEPT',
    );
    expect(accepted.map((r) => [r.protocol, r.port])).toEqual([
      ['TCP', '3389'],
      ['TCP', '3389'],
    ]);
  });

  test('is the only rule resource and is attached to the instance', () => {
    const { stack } = synthInstance();
    expect(Object.keys(stack.resource).filter((t) => t.startsWith('tencentcloud_security_group_'))).toEqual([
      'tencentcloud_security_group_rule_set',
    ]);
  });

  test.each([['0.0.0.0/0'], ['::/0']])('refuses %s for RDP without the opt-in', (anywhere) => {
    expect(() => synthInstance({ rdpAllowedCidrs: ['198.51.100.0/24', anywhere] })).toThrow(
      `rdpAllowedCidrs[1] must be a CIDR narrower than the whole internet, such as 203.0.113.0/24 ` +
        `(set dangerouslyAllowRdpFromAnywhere: true to accept RDP from anywhere), got ${JSON.stringify(anywhere)}`,
    );
  });

  test('accepts 0.0.0.0/0 with dangerouslyAllowRdpFromAnywhere', () => {
    expect(rules({ rdpAllowedCidrs: ['0.0.0.0/0'], dangerouslyAllowRdpFromAnywhere: true }).ingress[0]).toMatchObject({
      action: 'ACCEPT',
      cidr_block: '0.0.0.0/0',
      port: '3389',
    });
  });
});

describe('bad input', () => {
  test('fails before any child is created', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    expect(
      () => new HardenedWindowsInstance(stack, 'windows', validProps(stack, { rdpAllowedCidrs: ['198.51.100.1/24'] })),
    ).toThrow(/stack\/windows: rdpAllowedCidrs\[0\] must be an IPv4 or IPv6 CIDR with its host bits zero/);
    // The failed construct removed itself: the stack holds only what the test put there.
    expect(stack.node.tryFindChild('windows')).toBeUndefined();
    expect(stack.node.children.map((c: IConstruct) => c.node.id)).toEqual(['administrator_password']);
  });

  test('a literal password that breaks the rules is refused without repeating it', () => {
    expect(() => synthInstance({ administratorPassword: 'short-Pw1' })).toThrow(
      /administratorPassword must be 12 to 30 characters .*, got a value that is not shown because it is secret \(it is shorter than 12 characters\)$/,
    );
    try {
      synthInstance({ administratorPassword: 'short-Pw1' });
    } catch (e) {
      expect(String(e)).not.toContain('short-Pw1');
    }
  });
});
