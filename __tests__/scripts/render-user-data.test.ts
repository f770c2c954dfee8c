import { settingUnits } from '../../lib/settings/setting-registry';
import {
  expandHardeningScript,
  EXTRA_COMMANDS_ID,
  extraCommandsOf,
  extractPowerShellBlock,
  renderBootstrapScript,
  renderTatHardeningScript,
  USER_DATA_LIMIT_BYTES,
} from '../../lib/powershell';
import { ALL_SETTING_IDS, HardeningPolicy } from '../../lib/settings';
import { InputError } from '../../lib/validation';
import { inOptionTerms, OPTIONS, runRenderUserData, USAGE } from '../../scripts/render-user-data';
import { loadParser, parseHardeningScript } from '../helpers/powershell';

beforeAll(loadParser);

const SECRET = ['--secret-name', 'rdp-password-web', '--secret-version', 'v1', '--cam-role', 'rdp-credential-web'];

/** SECRET without one of its options, to give it another value: an option given twice is an error. */
function secretWithout(option: string): string[] {
  const i = SECRET.indexOf(option);
  return [...SECRET.slice(0, i), ...SECRET.slice(i + 2)];
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  written: Map<string, string>;
}

/** Runs the command in-process, with files in memory. */
function run(args: string[], files: Record<string, string> = {}): Run {
  const result: Run = { status: -1, stdout: '', stderr: '', written: new Map() };
  result.status = runRenderUserData(args, {
    stdout: (text) => (result.stdout += text),
    stderr: (text) => (result.stderr += text),
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path];
    },
    writeFile: (path, text) => result.written.set(path, text),
  });
  return result;
}

/** The hardening script inside printed user data, decoded the way Cloudbase-Init and the loader do. */
function scriptIn(userData: string): { script: string; format: string } {
  return expandHardeningScript(extractPowerShellBlock(userData));
}

describe('render-user-data --format tat prints the script for TAT', () => {
  test('the TAT form of the same script: it parses, and applies exactly the settings asked for', () => {
    const out = run([...SECRET, '--format', 'tat']);
    expect(out).toMatchObject({ status: 0, stderr: '' });
    const expected = renderTatHardeningScript(
      renderBootstrapScript(
        HardeningPolicy.fromOptions({
          credentialPasswordSource: {
            kind: 'ssm-secret',
            secretName: 'rdp-password-web',
            secretVersionId: 'v1',
            camRoleName: 'rdp-credential-web',
          },
        }).settings,
      ),
    );
    expect(out.stdout).toBe(expected.text);
    // No user-data wrapping: TAT runs the content as the .ps1 file itself.
    expect(out.stdout.startsWith('# tencentcloud-hardened-windows: the first-boot hardening, as a TAT command')).toBe(
      true,
    );
    const effects = parseHardeningScript(out.stdout);
    expect([...effects.settings.keys()]).toEqual([...ALL_SETTING_IDS]);
    expect(effects.settings.get('stored-rdp-credential')?.credentialTask?.camRoleName).toBe('rdp-credential-web');
    expect(effects.runsGpupdate).toBe(true);

    const without3 = run(['--no-stored-rdp-credential', '--format', 'tat']);
    expect([...parseHardeningScript(without3.stdout).settings.keys()]).toEqual([
      'classic-sharing-model',
      'saved-credential-delegation',
      'password-protected-sharing-off',
    ]);
  });

  test("--out reports the size against TAT's 64 KB; a script over it is refused with one line", () => {
    const out = run(['--no-stored-rdp-credential', '--format', 'tat', '--out', 'hardening-tat.ps1']);
    expect(out.status).toBe(0);
    const text = out.written.get('hardening-tat.ps1')!;
    const base64 = Buffer.from(text, 'utf8').toString('base64').length;
    expect(out.stderr).toMatch(
      new RegExp(
        `^render-user-data: wrote hardening-tat\\.ps1: the TAT command \\(POWERSHELL\\), ${base64} bytes after base64 of TAT's 65536; settings classic-sharing-model, saved-credential-delegation, password-protected-sharing-off, fingerprint [0-9a-f]{16}\n$`,
      ),
    );
    const big = run(['--no-stored-rdp-credential', '--format', 'tat', '--user-data-commands-file', 'big.ps1'], {
      'big.ps1': `# ${'x'.repeat(50_000)}\n`,
    });
    expect(big.status).toBe(2);
    expect(big.stderr).toMatch(
      /^render-user-data: --format tat: the TAT command would be \d+ bytes after base64, over TAT's limit of 65536; shorten --user-data-commands-file\n$/,
    );
  });
});

describe("render-user-data prints the construct's user data", () => {
  test('all four settings by default, setting 3 reading the named SSM secret with the named CAM role', () => {
    const out = run(SECRET);
    expect(out).toMatchObject({ status: 0, stderr: '' });
    expect(out.stdout.startsWith('<powershell>\n')).toBe(true);
    expect(out.stdout.endsWith('</powershell>\n')).toBe(true);
    const { script, format } = scriptIn(out.stdout);
    expect(format).toBe('compressed');
    const effects = parseHardeningScript(script);
    expect([...effects.settings.keys()]).toEqual([...ALL_SETTING_IDS]);
    expect(effects.settings.get('stored-rdp-credential')?.credentialTask).toEqual({
      userName: 'Administrator',
      extraTargets: [],
      passwordSource: 'ssm-secret',
      secretName: 'rdp-password-web',
      secretVersionId: 'v1',
      camRoleName: 'rdp-credential-web',
    });
  });

  test.each([
    ['--no-classic-sharing-model', 'classic-sharing-model'],
    ['--no-saved-credential-delegation', 'saved-credential-delegation'],
    ['--no-stored-rdp-credential', 'stored-rdp-credential'],
    ['--no-password-protected-sharing-off', 'password-protected-sharing-off'],
  ])('%s switches off exactly %s', (option, id) => {
    const out = run(id === 'stored-rdp-credential' ? [option] : [...SECRET, option]);
    expect(out.status).toBe(0);
    const effects = parseHardeningScript(scriptIn(out.stdout).script);
    expect([...effects.settings.keys()]).toEqual(ALL_SETTING_IDS.filter((s) => s !== id));
    expect(effects.declaredStatus.get(id)).toBe('disabled');
  });

  test('the lists, the credential user and the Guest switch reach the script', () => {
    const out = run([
      ...SECRET,
      '--delegation-server',
      'TERMSRV/203.0.113.10',
      '--delegation-server',
      'TERMSRV/*.corp.example.com',
      '--credential-user',
      'rdpuser',
      '--extra-credential-target',
      '10.0.1.5',
      '--extra-credential-target',
      'rdp.example.com',
      '--enable-guest-account',
    ]);
    expect(out.status).toBe(0);
    const effects = parseHardeningScript(scriptIn(out.stdout).script);
    expect(effects.settings.get('saved-credential-delegation')?.registryLists[0]?.entries).toEqual([
      'TERMSRV/203.0.113.10',
      'TERMSRV/*.corp.example.com',
    ]);
    expect(effects.settings.get('stored-rdp-credential')?.credentialTask).toMatchObject({
      userName: 'rdpuser',
      extraTargets: ['10.0.1.5', 'rdp.example.com'],
    });
    expect(effects.settings.get('password-protected-sharing-off')?.enablesGuestNetworkAccess).toBe(true);
  });

  test('--format plain carries the script itself, the same one --script-only prints', () => {
    const plain = run(['--no-stored-rdp-credential', '--format', 'plain']);
    const bare = run(['--no-stored-rdp-credential', '--script-only']);
    expect(plain.status).toBe(0);
    expect(bare.status).toBe(0);
    expect(bare.stdout.startsWith('# tencentcloud-hardened-windows first-boot script')).toBe(true);
    expect(scriptIn(plain.stdout)).toMatchObject({ script: bare.stdout, format: 'plain' });
  });

  test('--out writes the file and says on stderr how much of the 16 KB limit it uses', () => {
    const out = run([...SECRET, '--out', 'hardening-user-data.txt']);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.written.get('hardening-user-data.txt')).toBe(run(SECRET).stdout);
    expect(out.stderr).toMatch(
      new RegExp(
        `^render-user-data: wrote hardening-user-data.txt: \\d+ bytes, \\d+ after base64 of Tencent Cloud's ${USER_DATA_LIMIT_BYTES};.*\\n$`,
      ),
    );
  });

  test('--user-data-commands-file runs the file after the hardening, in the same script', () => {
    const commands = "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Mine' -Name 'Ready' -Value 1\n";
    const out = run(['--no-stored-rdp-credential', '--user-data-commands-file', 'mine.ps1'], { 'mine.ps1': commands });
    expect(out.status).toBe(0);
    const { script } = scriptIn(out.stdout);
    expect([...parseHardeningScript(script).settings.keys()].at(-1)).toBe(EXTRA_COMMANDS_ID);
    expect(extraCommandsOf(script)).toBe(commands);
  });

  test("--help lists every option: its own and each registered setting's", () => {
    const out = run(['--help']);
    expect(out.status).toBe(0);
    for (const option of Object.keys(OPTIONS)) expect(out.stdout).toContain(`--${option}`);
    for (const unit of settingUnits()) {
      expect(out.stdout).toContain(`--no-${unit.id}`);
      for (const option of unit.options) if (option.cliFlag) expect(out.stdout).toContain(`--${option.cliFlag}`);
    }
    expect(out.stdout).toBe(USAGE);
  });
});

describe('bad input: exit status 2 and one line naming the option and the accepted form', () => {
  test.each<[string, string[], Record<string, string>, string]>([
    [
      'setting 3 without its secret',
      [],
      {},
      '--secret-name, --secret-version and --cam-role are required while setting 3',
    ],
    ['setting 3 with part of it', ['--secret-name', 'x'], {}, '--secret-version and --cam-role are required'],
    [
      'a bad secret name',
      [...secretWithout('--secret-name'), '--secret-name', 'a b'],
      {},
      '--secret-name must be an SSM secret name',
    ],
    [
      'a bad secret version',
      [...secretWithout('--secret-version'), '--secret-version=-v1'],
      {},
      '--secret-version must be a version id',
    ],
    [
      'an option without its value',
      [...secretWithout('--secret-version'), '--secret-version', '-v1'],
      {},
      '--secret-version needs a value (write --secret-version=-v1 for one that starts with -)',
    ],
    [
      'a bad role name',
      [...secretWithout('--cam-role'), '--cam-role', 'role/x'],
      {},
      '--cam-role must be a CAM role name',
    ],
    ['a bad delegation server', [...SECRET, '--delegation-server', 'foo'], {}, '--delegation-server must be TERMSRV/'],
    [
      'a bad credential target',
      [...SECRET, '--extra-credential-target', 'a b'],
      {},
      '--extra-credential-target must be an IPv4',
    ],
    ['a bad user name', [...SECRET, '--credential-user', 'a/b'], {}, '--credential-user must be a Windows user name'],
    [
      'an unknown format',
      ['--no-stored-rdp-credential', '--format', 'zip'],
      {},
      '--format must be one of compressed, plain, tat, got "zip"',
    ],
    ['an unknown option', ['--bogus'], {}, 'unknown option --bogus'],
    ['a positional argument', ['x'], {}, 'unknown argument "x"'],
    [
      'an option of a switched-off setting',
      ['--no-stored-rdp-credential', '--cam-role', 'r'],
      {},
      '--cam-role belongs to setting 3',
    ],
    [
      'a list for a switched-off setting',
      ['--no-stored-rdp-credential', '--no-saved-credential-delegation', '--delegation-server', 'TERMSRV/*'],
      {},
      '--delegation-server belongs to setting 2',
    ],
    [
      'Guest without setting 4',
      ['--no-stored-rdp-credential', '--no-password-protected-sharing-off', '--enable-guest-account'],
      {},
      '--enable-guest-account belongs to setting 4',
    ],
    [
      'non-ASCII text in the plain format',
      [...SECRET, '--credential-user', 'Администратор', '--format', 'plain'],
      {},
      '--format: the plain user-data format carries ASCII only',
    ],
    [
      'the plain format over the limit',
      [...SECRET, '--format', 'plain'],
      {},
      `over Tencent Cloud's limit of ${USER_DATA_LIMIT_BYTES}; use --format compressed`,
    ],
    [
      'a missing commands file',
      ['--no-stored-rdp-credential', '--user-data-commands-file', 'nope.ps1'],
      {},
      '--user-data-commands-file must be a readable UTF-8 file, got "nope.ps1" (ENOENT)',
    ],
    [
      'a control character in the commands',
      ['--no-stored-rdp-credential', '--user-data-commands-file', 'c.ps1'],
      { 'c.ps1': 'Write-Output 1\u0000' },
      '--user-data-commands-file must be PowerShell text without control characters other than tab and newline, and without "</powershell>" (contains U+0000; in c.ps1)',
    ],
    [
      'the closing tag in the commands',
      ['--no-stored-rdp-credential', '--user-data-commands-file', 'c.ps1'],
      { 'c.ps1': "'</powershell>'" },
      '--user-data-commands-file must be PowerShell text without control characters other than tab and newline, and without "</powershell>" (contains "</powershell>", which would end the user data early; in c.ps1)',
    ],
  ])('%s', (_, args, files, message) => {
    const out = run(args, files);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.written.size).toBe(0);
    expect(out.stderr).toContain(message);
    expect(out.stderr).toMatch(/^render-user-data: [^\n]+\n$/);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  test("prop names in the rules' messages become option names", () => {
    const error = new InputError('delegationServers[1]', 'delegationServers[1] must be TERMSRV/ and a host, got "x"');
    expect(inOptionTerms(error)).toBe('--delegation-server must be TERMSRV/ and a host, got "x"');
  });
});
