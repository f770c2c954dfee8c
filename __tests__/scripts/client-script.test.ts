import { spawnSync } from 'child_process';
import { join } from 'path';
import { PowerShellParser } from '../../lib/policy/script-analysis';
import { renderClientScript } from '../../lib/powershell';
import { CliIo, main } from '../../scripts/client-script';
import { topLevelAssignments } from '../helpers/powershell-functions';

let parser: PowerShellParser;
beforeAll(async () => {
  parser = await PowerShellParser.load();
});

function withoutNpmVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('npm_')));
}

function run(...argv: string[]) {
  const out = { stdout: '', stderr: '', files: new Map<string, string>() };
  const io: CliIo = {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    writeFile: (path, text) => out.files.set(path, text),
  };
  return { code: main(argv, io), ...out };
}

describe('npm run client-script', () => {
  test('--host prints the script for that host, which parses and delegates to TERMSRV/<host> only', () => {
    const { code, stdout, stderr } = run('--host', '203.0.113.10');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(renderClientScript({ host: '203.0.113.10' }));
    const parsed = parser.parse(stdout);
    expect(parsed.problems).toEqual([]);
    const values = topLevelAssignments(parsed.root);
    expect(values.get('$DelegationTarget')).toBe('TERMSRV/203.0.113.10');
    expect(values.get('$RdpUser')).toBe('Administrator');
  });

  test('--user and --out: the file gets the script, stderr says how to run it', () => {
    const { code, stdout, stderr, files } = run('--host=rdp.example.com', '--user', 'ops', '--out', 'out/connect.ps1');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(files.get('out/connect.ps1')).toBe(renderClientScript({ host: 'rdp.example.com', userName: 'ops' }));
    expect(stderr).toContain('powershell.exe -ExecutionPolicy Bypass -File .\\connect.ps1');
  });

  test('warns on stderr when npm has put its banner on a redirected stdout', () => {
    const io = { stdout: () => undefined, writeFile: () => undefined };
    let stderr = '';
    expect(main(['--host', '203.0.113.10'], { ...io, stderr: (t) => (stderr += t), npmBannerOnStdout: true })).toBe(0);
    expect(stderr).toBe(
      'client-script: npm printed its "> ..." banner on stdout before the script; use npm run --silent, or --out <file>\n',
    );
    stderr = '';
    expect(
      main(['--host', '203.0.113.10', '--out', 'c.ps1'], {
        ...io,
        stderr: (t) => (stderr += t),
        npmBannerOnStdout: true,
      }),
    ).toBe(0);
    expect(stderr).not.toContain('banner');
  });

  test.each([
    [
      ['--host', '203.0.113.300'],
      /^client-script: --host must be an IPv4 address or a DNS name, .*got "203\.0\.113\.300"\n$/,
    ],
    [['--host', '*'], /^client-script: --host must be an IPv4 address or a DNS name/],
    [['--host', '203.0.113.10', '--user', 'a/b'], /^client-script: --user must be a Windows user name/],
    // The construct's rule: built-in groups and identities are not users (issue 12, item 7).
    [['--host', '203.0.113.10', '--user', 'IIS_IUSRS'], /^client-script: --user must be a Windows user name.*built-in/],
    [['--host', '203.0.113.10', '--user', 'ANONYMOUS LOGON'], /^client-script: --user must be a Windows user name/],
  ])('bad input %j: exit 2, one line naming the option', (argv, message) => {
    const { code, stdout, stderr } = run(...argv);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test.each([
    [[], '--host is required'],
    [['--host'], '--host needs a value'],
    [['--host', '--user', 'x'], '--host needs a value'],
    [['--hots', '203.0.113.10'], 'unknown option --hots'],
    [['203.0.113.10'], 'unknown argument "203.0.113.10"'],
    [['--host', 'a', '--host', 'b'], '--host is given twice'],
  ])('usage error %j: exit 2 with the reason and where the usage is', (argv, reason) => {
    const { code, stdout, stderr } = run(...argv);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(`client-script: ${reason} (see tencentcloud-hardened-windows-client-script --help)\n`);
  });

  test('as a process, the way npm runs it: a script on stdout, or exit 2 and one line on stderr', () => {
    const cli = (...argv: string[]) =>
      spawnSync(
        process.execPath,
        [require.resolve('tsx/cli'), join(__dirname, '../../scripts/client-script.ts'), ...argv],
        {
          encoding: 'utf8',
          // As `npm run --silent` starts it, whether or not jest itself runs under npm.
          env: {
            ...withoutNpmVariables(process.env),
            npm_lifecycle_event: 'client-script',
            npm_config_loglevel: 'silent',
          },
        },
      );
    const good = cli('--host', '203.0.113.10');
    expect({ status: good.status, stderr: good.stderr }).toEqual({ status: 0, stderr: '' });
    expect(good.stdout).toBe(renderClientScript({ host: '203.0.113.10' }));
    const bad = cli('--host', 'not a host');
    expect({ status: bad.status, stdout: bad.stdout }).toEqual({ status: 2, stdout: '' });
    expect(bad.stderr).toBe(
      'client-script: --host must be an IPv4 address or a DNS name, such as 203.0.113.10 or rdp.example.com, got "not a host"\n',
    );
  });
});
