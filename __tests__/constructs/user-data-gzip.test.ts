import { gunzipSync, gzipSync } from 'zlib';
import {
  decodeUserDataBase64,
  expandHardeningScript,
  extractPowerShellBlock,
  scriptAsRun,
  USER_DATA_LIMIT_BYTES,
} from '../../lib/powershell';
import { ALL_SETTING_IDS } from '../../lib/settings';
import { loadPolicyParser, only, rdp1Failures, synthHardenedInstance, withoutSettingBlock } from '../helpers/policy';
import { onlyResource, synthInstance } from '../helpers/synth';

const CVM = 'tencentcloud_instance';

beforeAll(loadPolicyParser);

describe("userDataFormat 'gzip' (opt-in): the whole user data gzip-compressed, for Cloudbase-Init to expand", () => {
  test('user_data is the base64 of gzip (magic number 1f 8b) of the plain form carrying the compact script', () => {
    const { stack, construct } = synthInstance({ userDataFormat: 'gzip' });
    const userData = onlyResource(stack, CVM).user_data as string;
    const bytes = Buffer.from(userData, 'base64');
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(userData.length).toBe(construct.userDataBase64Length);
    const text = gunzipSync(bytes).toString('utf8');
    // As Cloudbase-Init reads it once expanded: one <powershell> block, the instance names, then the script.
    expect(text.startsWith('<powershell>\n$InstanceSecretName = ')).toBe(true);
    const { script, format } = expandHardeningScript(extractPowerShellBlock(text));
    expect(format).toBe('plain');
    expect(script).toBe(scriptAsRun(construct.bootstrapScript, 'compactText'));
    expect(decodeUserDataBase64(userData)).toBe(text);
  });

  test('it is smaller than the compressed form, and the size check counts the gzip bytes', () => {
    const gzip = synthInstance({ userDataFormat: 'gzip' }).construct.userDataBase64Length;
    const compressed = synthInstance().construct.userDataBase64Length;
    expect(gzip).toBeLessThan(compressed);
    // Pseudo-random text gzip cannot shrink: 12 KB of it cannot fit once the settings take their share.
    let state = 12345;
    const noise = Array.from({ length: 9_000 }, () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24);
    const incompressible = `# ${Buffer.from(noise).toString('base64')}`;
    expect(() => synthInstance({ userDataFormat: 'gzip', userDataCommands: [incompressible] })).toThrow(
      new RegExp(`userDataCommands must be short enough .* ${USER_DATA_LIMIT_BYTES} bytes after base64`),
    );
    expect(() =>
      synthInstance({ userDataFormat: 'gzip', userDataCommands: [incompressible.slice(0, 4_000)] }),
    ).not.toThrow();
  });

  test('the policy check reads the settings from it, and a setting removed from it fails TcWin-RDP1', () => {
    const json = synthHardenedInstance({ userDataFormat: 'gzip' });
    expect(rdp1Failures(json)).toEqual([]);
    const body = only(json, CVM).body;
    const text = gunzipSync(Buffer.from(body.user_data, 'base64')).toString('utf8');
    const edited = withoutSettingBlock(text, 'saved-credential-delegation');
    expect(edited).not.toBe(text);
    body.user_data = gzipSync(Buffer.from(edited, 'utf8')).toString('base64');
    const failures = rdp1Failures(json);
    expect(failures.map(([setting]) => setting)).toContain('saved-credential-delegation');
    expect(ALL_SETTING_IDS).toContain('saved-credential-delegation');
  });

  test('refused with the plaintext password opt-in (Terraform fills it in as text) and with non-ASCII', () => {
    expect(() => synthInstance({ userDataFormat: 'gzip', dangerouslyPutPasswordInUserData: true })).toThrow(
      /userDataFormat must be 'compressed' or 'plain' with dangerouslyPutPasswordInUserData/,
    );
    expect(() => synthInstance({ userDataFormat: 'gzip', userDataCommands: ["Write-Output 'café'"] })).toThrow(
      /userDataFormat must be 'compressed' when the script holds non-ASCII text/,
    );
  });
});
