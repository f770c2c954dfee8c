import { TC3_SIGNER_FUNCTIONS } from '../../lib/powershell/fragments/tc3-signer';
import { CLOUDBASE_INIT_RESERVED_EXIT_CODES, CREDENTIAL_TASK_NAME, PUBLIC_IMAGE_ACCOUNTS } from './documented-values';
import {
  metadataFor,
  PUBLIC_IP,
  QUOTED_SECRET,
  REGION,
  SECRET,
  SECRETS,
  ssmAnswer,
  ssmMachine,
  status,
  synthesize,
  taskLog,
  TEMPORARY_KEYS,
} from './credential-task-fixtures';
import { callsOf, PROGRAM_DATA, Scenario, ScenarioReport, textFile } from './simulated-windows';
import { VersionedScenarios } from './scenario-batch';
import { expectedSsmAuthorization, tc3Authorization } from './tc3';

/** Registers these cases' scenarios with the shared batch and defines their tests. */
export function defineCredentialTaskCases(batch: VersionedScenarios): void {
  describe('the logon task as the target user', () => {
    const withTargets = synthesize({ extraCredentialTargets: ['10.0.1.5', 'rdp.example.com'] });
    const standard = synthesize();
    const plaintext = synthesize({ dangerouslyPutPasswordInUserData: true });

    const tc3Vector = {
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******',
      secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******',
      payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
      timestamp: 1551113065,
    };
    const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
    const signVector =
      TC3_SIGNER_FUNCTIONS +
      `\nNew-Tc3Authorization ${[
        tc3Vector.secretId,
        tc3Vector.secretKey,
        'cvm',
        'cvm.tencentcloudapi.com',
        'DescribeInstances',
        tc3Vector.payload,
      ]
        .map(literal)
        .join(' ')} ${tc3Vector.timestamp}\n`;
    /** Thai regional format: the Buddhist calendar, 543 years ahead of the Gregorian one. */
    const THAI = 'th-TH';

    const scenarios: Scenario[] = [
      {
        id: 'ssm',
        machine: ssmMachine(withTargets),
        phases: [
          { userData: withTargets.userData },
          { logonTask: CREDENTIAL_TASK_NAME, faults: { metadataFailures: { 'meta-data/public-ipv4': 3 } } },
        ],
      },
      {
        id: 'metadata-down',
        machine: ssmMachine(standard),
        phases: [
          { userData: standard.userData },
          { logonTask: CREDENTIAL_TASK_NAME, faults: { metadataFailures: { 'meta-data/public-ipv4': 10 } } },
        ],
      },
      {
        id: 'ssm-refuses',
        machine: ssmMachine(
          standard,
          ssmAnswer({ Error: { Code: 'AuthFailure.SignatureFailure', Message: 'signature mismatch' } }),
        ),
        phases: [{ userData: standard.userData }, { logonTask: CREDENTIAL_TASK_NAME }],
      },
      {
        id: 'cmdkey-fails',
        machine: ssmMachine(standard),
        phases: [
          { userData: standard.userData },
          { logonTask: CREDENTIAL_TASK_NAME, faults: { exitCodes: { 'cmdkey.exe': 5 } } },
        ],
      },
      {
        id: 'password-with-quote',
        machine: ssmMachine(
          standard,
          ssmAnswer({
            SecretName: standard.secretName,
            VersionId: 'v1',
            SecretString: QUOTED_SECRET,
            SecretBinary: '',
          }),
        ),
        phases: [{ userData: standard.userData }, { logonTask: CREDENTIAL_TASK_NAME }],
      },
      {
        id: 'plaintext',
        machine: {
          accounts: PUBLIC_IMAGE_ACCOUNTS,
          metadata: metadataFor('unused', { 'user-data': { body: plaintext.userData } }),
        },
        phases: [{ userData: plaintext.userData }, { logonTask: CREDENTIAL_TASK_NAME }],
      },
      { id: 'tc3-vector', phases: [{ script: signVector }] },
      {
        id: 'tc3-vector-thai',
        // The first line shows the culture is in effect: a date in it names the Buddhist year.
        phases: [{ script: `([datetime]'2019-02-25').ToString('yyyy-MM-dd')\n${signVector}`, culture: THAI }],
      },
      {
        id: 'ssm-thai',
        machine: ssmMachine(standard),
        phases: [
          { userData: standard.userData, culture: THAI },
          { logonTask: CREDENTIAL_TASK_NAME, culture: THAI },
        ],
      },
    ];
    const run = batch.add(scenarios);
    let reports: Record<string, ScenarioReport>;

    // The batch already ran in the test file's own beforeAll, under its time limit.

    beforeAll(async () => {
      reports = await run();
    });

    const task = (id: string) => reports[id].phases[1];

    test('no run exits with a code Cloudbase-Init reserves (1001-1003)', () => {
      for (const report of Object.values(reports)) {
        for (const p of report.phases) expect(CLOUDBASE_INIT_RESERVED_EXIT_CODES).not.toContain(p.exitCode);
      }
    });

    describe('with the password in SSM', () => {
      test('runs as the target user and exits 0', () => {
        expect(task('ssm').user).toBe('Administrator');
        expect(task('ssm').errors).toEqual([]);
        expect(task('ssm').exitCode).toBe(0);
        expect(task('ssm').calls.every((c) => c.user === 'Administrator')).toBe(true);
      });

      test("asks the metadata service for the instance role's keys, then sends one GetSecretValue for the configured secret", () => {
        const rest = callsOf(task('ssm'), 'Invoke-WebRequest').map((c) => (c.arguments as { Uri: string }).Uri);
        expect(rest.filter((u) => u.includes('cam/security-credentials'))).toEqual([
          `http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/${withTargets.roleName}`,
        ]);
        expect(rest.filter((u) => u.startsWith('https://'))).toEqual(['https://ssm.tencentcloudapi.com/']);
      });

      test('the request is a correct TC3-signed GetSecretValue: headers, payload, and a signature recomputed here', () => {
        const request = callsOf(task('ssm'), 'Invoke-WebRequest').find((c) =>
          (c.arguments as { Uri: string }).Uri.startsWith('https://'),
        )!.arguments as {
          Method: string;
          TimeoutSec: number;
          Headers: Record<string, string>;
          ContentType: string;
          Body: { bytesBase64: string };
        };
        const body = Buffer.from(request.Body.bytesBase64, 'base64');
        const timestamp = Number(request.Headers['X-TC-Timestamp']);
        expect(request.Method).toBe('Post');
        // Within the task's time limit: Invoke-WebRequest would wait 100 s by default.
        expect(request.TimeoutSec).toBe(30);
        expect(request.ContentType).toBe('application/json; charset=utf-8');
        expect(JSON.parse(body.toString('utf8'))).toEqual({ SecretName: withTargets.secretName, VersionId: 'v1' });
        expect(request.Headers).toEqual({
          Authorization: expect.any(String),
          'X-TC-Action': 'GetSecretValue',
          'X-TC-Version': '2019-09-23',
          'X-TC-Region': REGION,
          'X-TC-Timestamp': String(timestamp),
          'X-TC-Token': TEMPORARY_KEYS.Token,
        });
        // Tencent Cloud refuses a request more than five minutes off its clock.
        expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(300);
        expect(request.Headers.Authorization).toMatch(
          /^TC3-HMAC-SHA256 Credential=AKIDsimulatedTmpId01\/\d{4}-\d\d-\d\d\/ssm\/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=[0-9a-f]{64}$/,
        );
        expect(request.Headers.Authorization).toBe(expectedSsmAuthorization(TEMPORARY_KEYS, request));
      });

      test("stores TERMSRV/<public IP> and each further target in the user's own vault, with the secret as it is", () => {
        expect(callsOf(task('ssm'), 'cmdkey.exe').map((c) => c.arguments)).toEqual(
          [PUBLIC_IP, '10.0.1.5', 'rdp.example.com'].map((t) => [
            `/generic:TERMSRV/${t}`,
            '/user:Administrator',
            `/pass:${SECRET}`,
          ]),
        );
        expect(task('ssm').machine.vaults).toEqual({
          Administrator: Object.fromEntries(
            [PUBLIC_IP, '10.0.1.5', 'rdp.example.com'].map((t) => [
              `TERMSRV/${t}`,
              { userName: 'Administrator', password: SECRET },
            ]),
          ),
        });
      });

      test("records passed in status.json, keeps the other settings' results, and removes its task", () => {
        const before = status(reports.ssm.phases[0]);
        expect(status(task('ssm'))).toEqual({
          ...before,
          finishedAt: expect.any(String),
          settings: {
            ...before.settings,
            'stored-rdp-credential': {
              status: 'passed',
              detail: `stored TERMSRV/${PUBLIC_IP}, TERMSRV/10.0.1.5, TERMSRV/rdp.example.com`,
            },
          },
        });
        expect(task('ssm').machine.tasks).toEqual({});
        expect(callsOf(task('ssm'), 'Unregister-ScheduledTask').map((c) => c.arguments)).toEqual([
          { TaskName: [CREDENTIAL_TASK_NAME], Confirm: false, ErrorAction: 'Stop' },
        ]);
      });

      test('retries the metadata service: one log line per failure, three seconds apart, then goes on', () => {
        const failures = taskLog(task('ssm'))
          .split('\n')
          .filter((l) => l.includes('failed'));
        expect(failures.map((l) => l.replace(/^\S+ \S+ /, ''))).toEqual(
          [1, 2, 3].map(
            (n) =>
              `[stored-rdp-credential] metadata meta-data/public-ipv4: attempt ${n} of 10 failed: Unable to connect to the remote server`,
          ),
        );
        expect(callsOf(task('ssm'), 'Start-Sleep').map((c) => c.arguments)).toEqual([
          { Seconds: 3 },
          { Seconds: 3 },
          { Seconds: 3 },
        ]);
      });
    });

    test('under a culture with another calendar (th-TH) the task signs a request Tencent Cloud accepts, and logs Gregorian times', () => {
      const run = task('ssm-thai');
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      const request = callsOf(run, 'Invoke-WebRequest').find((c) =>
        (c.arguments as { Uri: string }).Uri.startsWith('https://'),
      )!.arguments as { Headers: Record<string, string>; ContentType: string; Body: { bytesBase64: string } };
      const timestamp = Number(request.Headers['X-TC-Timestamp']);
      expect(request.Headers.Authorization).toContain(`/${new Date(timestamp * 1000).toISOString().slice(0, 10)}/ssm/`);
      expect(request.Headers.Authorization).toBe(expectedSsmAuthorization(TEMPORARY_KEYS, request));
      const year = new Date().getUTCFullYear();
      for (const line of [
        ...taskLog(run).split('\n'),
        ...textFile(run, `${PROGRAM_DATA}/bootstrap.log`).split('\n'),
      ].filter(Boolean))
        expect(Number(line.slice(0, 4))).toBeLessThanOrEqual(year + 1);
      expect(status(reports['ssm-thai'].phases[0]).finishedAt.slice(0, 4)).toBe(String(new Date().getUTCFullYear()));
    });

    describe('when something fails, the task reports it and stays registered for the next logon', () => {
      test('the metadata service down for all 10 attempts', () => {
        const run = task('metadata-down');
        expect(run.exitCode).toBe(1);
        expect(status(run).result).toBe('failed');
        expect(status(run).settings['stored-rdp-credential']).toEqual({
          status: 'failed',
          detail: 'the metadata service did not answer meta-data/public-ipv4 after 10 attempts',
        });
        expect(
          taskLog(run)
            .split('\n')
            .filter((l) => / attempt \d+ of 10 failed/.test(l)),
        ).toHaveLength(10);
        expect(callsOf(run, 'cmdkey.exe')).toEqual([]);
        expect(Object.keys(run.machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
      });

      test('SSM refusing the request', () => {
        const run = task('ssm-refuses');
        expect(run.exitCode).toBe(1);
        expect(status(run).settings['stored-rdp-credential']).toEqual({
          status: 'failed',
          detail: 'SSM GetSecretValue failed: AuthFailure.SignatureFailure',
        });
        expect(Object.keys(run.machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
      });

      test('a password cmdkey would receive mangled (a double quote) is refused, without being shown', () => {
        const run = task('password-with-quote');
        expect(run.exitCode).toBe(1);
        expect(status(run).settings['stored-rdp-credential']).toEqual({
          status: 'failed',
          detail:
            'the password holds a double quote or white space, which cmdkey would not receive intact; store one without them',
        });
        expect(callsOf(run, 'cmdkey.exe')).toEqual([]);
        expect(JSON.stringify(run)).not.toContain(QUOTED_SECRET.slice(0, 8));
      });

      test('cmdkey failing', () => {
        const run = task('cmdkey-fails');
        expect(run.exitCode).toBe(1);
        expect(status(run).settings['stored-rdp-credential']).toEqual({
          status: 'failed',
          detail: `cmdkey failed for TERMSRV/${PUBLIC_IP} with exit code 5`,
        });
        expect(Object.keys(run.machine.tasks)).toEqual([CREDENTIAL_TASK_NAME]);
      });
    });

    describe('with the plaintext opt-in', () => {
      test('the bootstrap configures the task to read the password from user data', () => {
        const config = JSON.parse(textFile(reports.plaintext.phases[0], `${PROGRAM_DATA}/credential-task.json`));
        expect(config).toMatchObject({ passwordSource: 'user-data-plaintext', secretName: '', camRoleName: '' });
        expect(reports.plaintext.phases[0].exitCode).toBe(0);
      });

      test('the task reads its own user data from the metadata service and stores the password', () => {
        const run = task('plaintext');
        expect(run.exitCode).toBe(0);
        expect(callsOf(run, 'Invoke-WebRequest').map((c) => (c.arguments as { Uri: string }).Uri)).toEqual([
          'http://metadata.tencentyun.com/latest/meta-data/public-ipv4',
          'http://metadata.tencentyun.com/latest/user-data',
        ]);
        expect(callsOf(run, 'cmdkey.exe').map((c) => c.arguments)).toEqual([
          [`/generic:TERMSRV/${PUBLIC_IP}`, '/user:Administrator', `/pass:${SECRET}`],
        ]);
        expect(status(run).settings['stored-rdp-credential'].status).toBe('passed');
      });
    });

    test('no secret, temporary key or token appears in any output stream, log, status or other file', () => {
      for (const id of ['ssm', 'metadata-down', 'ssm-refuses', 'cmdkey-fails', 'password-with-quote', 'plaintext']) {
        for (const p of reports[id].phases) {
          const printed = [
            p.console,
            ...p.output,
            ...p.errors,
            ...Object.values(p.files).map((f) => f.toString('utf8')),
          ].join('\n');
          for (const secret of SECRETS) expect(printed).not.toContain(secret);
        }
      }
    });

    describe("the TC3 signer alone, against Tencent Cloud's worked example (signature v3, CVM DescribeInstances)", () => {
      const published = 'be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3';
      const expected =
        'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, ' +
        `SignedHeaders=content-type;host;x-tc-action, Signature=${published}`;

      test('New-Tc3Authorization in PowerShell produces the published signature', () => {
        expect(reports['tc3-vector'].phases[0].errors).toEqual([]);
        expect(reports['tc3-vector'].phases[0].output).toEqual([expected]);
      });

      test('the same under a culture with another calendar (th-TH): the date in the scope is Gregorian', () => {
        const thai = reports['tc3-vector-thai'].phases[0];
        expect(thai.errors).toEqual([]);
        expect(thai.output).toEqual(['2562-02-25', expected]);
      });

      test("an independent computation with Node's crypto agrees", () => {
        expect(
          tc3Authorization(tc3Vector.secretId, {
            secretKey: tc3Vector.secretKey,
            service: 'cvm',
            host: 'cvm.tencentcloudapi.com',
            action: 'DescribeInstances',
            contentType: 'application/json; charset=utf-8',
            payload: tc3Vector.payload,
            timestamp: tc3Vector.timestamp,
          }),
        ).toBe(expected);
      });
    });
  });
}
