import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { ConstructInputError, HardenedWindowsInstance, HardenedWindowsInstanceProps } from '../../lib';
import { renderBootstrapScript, renderUserData, USER_DATA_LIMIT_BYTES, userDataText } from '../../lib/powershell';
import { HardeningPolicy } from '../../lib/settings';
import { TencentcloudProvider } from '../../lib/providers/tencentcloud';
import { onlyResource, SynthesizedStack } from '../helpers/synth';

/**
 * Tencent Cloud takes at most 16 KB of user data, counted after base64. The construct measures the
 * user data it would emit and refuses, at synth, anything over the limit, naming the size.
 */

/** A comment line of `length` characters that gzip cannot shrink much (a fixed pseudo-random sequence). */
function incompressibleComment(length: number): string {
  let seed = 0x2545f491;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let text = '# ';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    text += alphabet[(seed >>> 16) % alphabet.length];
  }
  return text;
}

function build(overrides: Partial<HardenedWindowsInstanceProps>): {
  error?: ConstructInputError;
  construct?: HardenedWindowsInstance;
  stack: TerraformStack;
} {
  const stack = new TerraformStack(Testing.app(), 'stack');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const password = new TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
  try {
    const construct = new HardenedWindowsInstance(stack, 'windows', {
      availabilityZone: 'ap-guangzhou-3',
      imageId: 'img-9id7emv7',
      rdpAllowedCidrs: ['198.51.100.0/24'],
      administratorPassword: password.stringValue,
      ...overrides,
    });
    return { construct, stack };
  } catch (e) {
    if (e instanceof ConstructInputError) return { error: e, stack };
    throw e;
  }
}

/** Largest comment length whose user data fits, by bisection: `fits` holds at `lo`, fails at `hi`. */
function boundary(
  commandsFor: (n: number) => Partial<HardenedWindowsInstanceProps>,
  hi: number,
): { lo: number; hi: number } {
  let lo = 0;
  expect(build(commandsFor(lo)).error).toBeUndefined();
  expect(build(commandsFor(hi)).error).toBeDefined();
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (build(commandsFor(mid)).error) hi = mid;
    else lo = mid;
  }
  return { lo, hi };
}

const SIZE_MESSAGE =
  /^stack\/windows: (\S+) must be .+, got .+ \(the user data would be (\d+) bytes after base64 in the (compressed|plain) format/;

describe('the 16 KB user-data limit', () => {
  test.each([
    ['compressed', {}],
    ['plain', { userDataFormat: 'plain', storedRdpCredential: false }],
  ] as Array<[string, Partial<HardenedWindowsInstanceProps>]>)(
    '%s: one character under the limit synthesizes; one more fails at synth with the measured size',
    (_format, base) => {
      const commandsFor = (n: number): Partial<HardenedWindowsInstanceProps> => ({
        ...base,
        userDataCommands: [incompressibleComment(n)],
      });
      const { lo, hi } = boundary(commandsFor, 20_000);
      expect(hi - lo).toBe(1);

      // Just under: synthesizes, and the user_data Terraform receives is within the limit.
      const under = build(commandsFor(lo));
      const json = JSON.parse(Testing.synth(under.stack)) as SynthesizedStack;
      const userData = onlyResource(json, 'tencentcloud_instance').user_data as string;
      expect(userData.length).toBe(under.construct!.userDataBase64Length);
      expect(userData.length).toBeLessThanOrEqual(USER_DATA_LIMIT_BYTES);

      // Just over: refused, blaming the commands, with the size the user data would have had.
      const over = build(commandsFor(hi));
      expect(over.error!.prop).toBe('userDataCommands');
      const [, prop, size] = SIZE_MESSAGE.exec(over.error!.message) ?? [];
      expect(prop).toBe('userDataCommands');
      expect(Number(size)).toBeGreaterThan(USER_DATA_LIMIT_BYTES);
      expect(over.error!.message).toContain(`limit of ${USER_DATA_LIMIT_BYTES} bytes after base64`);
      // The size is the real one: render the same script and user data and base64 the bytes.
      const secretNames = under.construct!.policy.setting('stored-rdp-credential')?.logonCredentialTask?.passwordSource;
      const policy = HardeningPolicy.fromOptions({ ...base, credentialPasswordSource: secretNames });
      const script = renderBootstrapScript(policy.settings, { extraCommands: commandsFor(hi).userDataCommands });
      const segments = renderUserData(script, { format: base.userDataFormat ?? 'compressed' });
      expect(Number(size)).toBe(Buffer.from(userDataText(segments, ''), 'utf8').toString('base64').length);
      // And nothing was created.
      expect(over.stack.node.tryFindChild('windows')).toBeUndefined();
    },
  );

  test('plain user data with the stored credential does not fit: the error blames the format and names the size', () => {
    const { error } = build({ userDataFormat: 'plain' });
    expect(error!.prop).toBe('userDataFormat');
    const [, prop, size] = SIZE_MESSAGE.exec(error!.message) ?? [];
    expect(prop).toBe('userDataFormat');
    expect(Number(size)).toBeGreaterThan(USER_DATA_LIMIT_BYTES);
    expect(error!.message).toContain("userDataFormat must be 'compressed' for these settings");
  });

  test('with the plain format too large even without them, short commands are not blamed', () => {
    const { error } = build({ userDataFormat: 'plain', userDataCommands: ['Get-Date'] });
    expect(error!.prop).toBe('userDataFormat');
  });

  test('the plaintext opt-in counts its password slot at the longest password', () => {
    const { construct } = build({ dangerouslyPutPasswordInUserData: true });
    const segments = construct!.userData;
    const withLongest = Buffer.from(userDataText(segments, 'A'.repeat(120)), 'utf8').toString('base64').length;
    expect(construct!.userDataBase64Length).toBe(withLongest);
  });
});
