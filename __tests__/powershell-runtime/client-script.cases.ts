import { createHash } from 'crypto';
import { renderClientScript } from '../../lib/powershell';
import { DELEGATION, DELEGATION_LIST, dword, sz } from './documented-values';
import { decodeRegistryPol, dwordData, encodeRegistryPol, PolRecord, REG_DWORD, REG_SZ, szData } from './registry-pol';
import {
  callsOf,
  GPT_INI,
  InitialMachine,
  isWrite,
  MachineState,
  PhaseReport,
  REGISTRY_POL,
  RegistryState,
  Scenario,
  ScenarioReport,
} from './simulated-windows';
import { VersionedScenarios } from './scenario-batch';

/**
 * The workstation script, as renderClientScript writes it, run from the folder it was saved in as
 * `powershell.exe -File connect.ps1 [-Undo]` on a simulated workstation. What it must do is written
 * out here from docs/client-script.md, not read from the script.
 */
const HOST = '203.0.113.10';
const DNS_HOST = 'rdp.example.com';
const FOLDER = 'Users/alice/Downloads';
const ALICE = { sid: 'S-1-5-21-3623811015-3361044348-30300820-1001' };
const BOB = { sid: 'S-1-5-21-3623811015-3361044348-30300820-1002' };
/** Typed at cmdkey's prompt; quotes and `$(...)` so that it would show if it were ever code or a command line. */
const PASSWORD = 'Typed\'Pa55"$(canary)';
const TERMINAL_SERVICES = 'SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services';
const ENABLE = 'AllowSavedCredentialsWhenNTLMOnly';
const CONCATENATE = 'ConcatenateDefaults_AllowSavedNTLMOnly';
const REGISTRY_EXTENSION = '[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]';
const RDP_SETTINGS = ['prompt for credentials:i:0', 'authentication level:i:2', 'enablecredsspsupport:i:1'];

/** User names validation accepts that would hurt as code or on a command line: quotes, `$`, format items, spaces, `%`. */
const HOSTILE_USERS = ["O'Brien{0}$(canary)", "'‘’“”`$Root$(canary)", ' J Doe %USERNAME% '];
const HOSTILE_HOSTS = ['rdp.example.com', 'WIN-01.corp.example', 'a-b.example'];
/** Not ASCII: the script carries it as base64, and Windows PowerShell reads a file without a BOM in the ANSI code page. */
const ACCENTED_USER = 'Zoë Ådmin';

const scriptPath = (name: string) => `${FOLDER}/${name}`;
const rdpPath = (host: string) => `${FOLDER}/${host}.rdp`;
const statePath = (host: string) => `${FOLDER}/${host}.rdp-setup.json`;

/** A workgroup computer: alice signed in, an unrelated policy value, and the delegation policy Not configured. */
const WORKSTATION = {
  accounts: { alice: ALICE, bob: BOB },
  computerSystem: { Name: 'WS01', Domain: 'WORKGROUP', PartOfDomain: false, UserName: 'WS01\\alice' },
};
const NOT_CONFIGURED: RegistryState = {
  'SOFTWARE\\Policies\\Microsoft\\Windows\\System': { EnableSmartScreen: dword(1) },
};

/** Other policies already in the local Group Policy object, kept byte for byte. */
const UNRELATED_POLICY: PolRecord[] = [
  {
    key: 'Software\\Policies\\Microsoft\\Windows\\System',
    name: 'EnableSmartScreen',
    type: REG_DWORD,
    data: dwordData(1),
  },
  { key: TERMINAL_SERVICES, name: 'fDenyTSConnections', type: REG_DWORD, data: dwordData(0) },
];
const delvals: PolRecord = { key: DELEGATION_LIST, name: '**delvals.', type: REG_SZ, data: szData(' ') };
const polDword = (name: string, n: number): PolRecord => ({
  key: DELEGATION,
  name,
  type: REG_DWORD,
  data: dwordData(n),
});
const polEntry = (name: string, server: string): PolRecord => ({
  key: DELEGATION_LIST,
  name,
  type: REG_SZ,
  data: szData(server),
});

/** Enabled by gpedit with two servers and "Concatenate OS defaults" off, recorded between other policies. */
const ENABLED_REGISTRY: RegistryState = {
  ...NOT_CONFIGURED,
  [TERMINAL_SERVICES]: { fDenyTSConnections: dword(0) },
  [DELEGATION]: { [ENABLE]: dword(1), [CONCATENATE]: dword(0) },
  [DELEGATION_LIST]: { '1': sz('TERMSRV/a.example'), '2': sz('TERMSRV/*') },
};
const ENABLED_POLICY = [
  polDword(ENABLE, 1),
  polDword(CONCATENATE, 0),
  delvals,
  polEntry('1', 'TERMSRV/a.example'),
  polEntry('2', 'TERMSRV/*'),
];
/** Disabled by gpedit: the value 0, the box and the list deleted; gpupdate left the list's key, empty. */
const DISABLED_REGISTRY: RegistryState = {
  ...NOT_CONFIGURED,
  [DELEGATION]: { [ENABLE]: dword(0) },
  [DELEGATION_LIST]: {},
};
const DISABLED_POLICY = [
  polDword(ENABLE, 0),
  { key: DELEGATION, name: `**del.${CONCATENATE}`, type: REG_SZ, data: szData(' ') },
  delvals,
];
const GPT_INI_BEFORE = `[General]\r\ngPCMachineExtensionNames=${REGISTRY_EXTENSION}\r\nVersion=7\r\n`;

function workstation(registry: RegistryState, files: Record<string, string | Buffer>): InitialMachine {
  return { ...WORKSTATION, registry, files };
}

const script = (host: string, userName?: string) => renderClientScript({ host, userName });

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').toUpperCase();

/** Registry as the simulation exports it: every key down from the hive, also those that hold no value. */
function asExported(registry: RegistryState): RegistryState {
  const all: RegistryState = { SYSTEM: {}, SOFTWARE: {} };
  for (const [key, values] of Object.entries(registry)) {
    const parts = key.split('\\');
    for (let i = 1; i < parts.length; i++) all[parts.slice(0, i).join('\\')] ??= {};
    all[key] = values;
  }
  return all;
}

/**
 * The whole machine, as compared before and after: every part of the simulation, the vaults without
 * empty ones, and every file (by hash) but the local Group Policy object, which both paths re-derive
 * from the live policy and whose version only goes up; the tests check those two files on their own.
 */
function wholeState(machine: Required<MachineState>, files: Record<string, Buffer | string>) {
  return {
    ...machine,
    vaults: Object.fromEntries(Object.entries(machine.vaults).filter(([, v]) => Object.keys(v).length > 0)),
    files: Object.fromEntries(
      Object.entries(files)
        .filter(([path]) => path !== REGISTRY_POL && path !== GPT_INI)
        .map(([path, content]) => [path, sha256(Buffer.from(content))]),
    ),
  };
}
const stateAfter = (phase: PhaseReport) => wholeState(phase.machine, phase.files);
/** An initial machine with the simulation's defaults for what it does not set. */
const stateBefore = (machine: InitialMachine) =>
  wholeState(
    {
      tasks: {},
      vaults: {},
      acls: {},
      securityPolicy: { EnableGuestAccount: 0, SeDenyNetworkLogonRight: [] },
      metadata: {},
      cloudApi: {},
      accounts: {},
      computerSystem: { Name: 'SIMULATED', Domain: 'WORKGROUP', PartOfDomain: false, UserName: null },
      ...machine,
      registry: asExported(machine.registry ?? {}),
    },
    machine.files ?? {},
  );

const lines = (text: string) => text.split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
const consoleLines = (phase: PhaseReport) => phase.console.split(/\r?\n/);
const changedLines = (phase: PhaseReport) =>
  consoleLines(phase)
    .filter((l) => l.startsWith('  changed:'))
    .map((l) => l.replace(/^ {2}changed: +/, ''));
const registryWrites = (phase: PhaseReport) =>
  phase.calls
    .filter(isWrite)
    .filter((c) => !c.passedThrough && c.command !== 'gpupdate.exe' && c.command !== 'cmdkey.exe');
const cmdkeyCalls = (phase: PhaseReport) => callsOf(phase, 'cmdkey.exe').map((c) => c.arguments as string[]);
const cmdkeyChanges = (phase: PhaseReport) => cmdkeyCalls(phase).filter((a) => !a[0].startsWith('/list:'));
const startedCommandLines = (phase: PhaseReport) =>
  callsOf(phase, 'Start-Process').map((c) => {
    const a = c.arguments as Record<string, unknown>;
    return [a.FilePath, a.CommandLine];
  });
const prompts = (phase: PhaseReport) => callsOf(phase, 'console password prompt').map((c) => c.arguments);
const polRecords = (phase: PhaseReport) =>
  decodeRegistryPol(phase.files[REGISTRY_POL]).map(({ key, name, type, data }) => ({ key, name, type, data }));

interface StateRecord {
  schemaVersion: number;
  target: string;
  user: string;
  changes: Array<Record<string, unknown>>;
}
const stateFile = (phase: PhaseReport, host: string): StateRecord => {
  const file = phase.files[statePath(host)];
  if (!file) throw new Error(`${statePath(host)} was not written`);
  return JSON.parse(file.toString('utf8')) as StateRecord;
};

/** The .rdp file as mstsc writes it: UTF-16LE with a byte-order mark, CRLF after every line. */
function expectRdpFile(file: Buffer | undefined, host: string, user: string): void {
  expect(file).toBeDefined();
  expect([...file!.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  expect(file!.subarray(2).toString('utf16le')).toBe(
    [`full address:s:${host}`, `username:s:${user}`, ...RDP_SETTINGS].map((l) => `${l}\r\n`).join(''),
  );
}

/** Registers these cases' scenarios with the shared batch and defines their tests. */
export function defineClientScriptCases(batch: VersionedScenarios): void {
  describe('the client script on a workstation', () => {
    const fresh = workstation(NOT_CONFIGURED, { [scriptPath('connect.ps1')]: script(HOST) });
    const twoHosts = workstation(NOT_CONFIGURED, {
      [scriptPath('connect.ps1')]: script(HOST),
      [scriptPath('connect-dns.ps1')]: script(DNS_HOST),
    });
    const merge = workstation(ENABLED_REGISTRY, {
      [scriptPath('connect.ps1')]: script(HOST),
      [scriptPath('connect-dns.ps1')]: script(DNS_HOST),
      [REGISTRY_POL]: encodeRegistryPol([UNRELATED_POLICY[0], ...ENABLED_POLICY, UNRELATED_POLICY[1]]),
      [GPT_INI]: GPT_INI_BEFORE,
    });
    const disabled = workstation(DISABLED_REGISTRY, {
      [scriptPath('connect.ps1')]: script(HOST),
      [REGISTRY_POL]: encodeRegistryPol([UNRELATED_POLICY[0], ...DISABLED_POLICY]),
      [GPT_INI]: GPT_INI_BEFORE,
    });
    const hostile = workstation(
      NOT_CONFIGURED,
      Object.fromEntries(
        HOSTILE_HOSTS.map((host, i) => [scriptPath(`connect-${i}.ps1`), script(host, HOSTILE_USERS[i])]),
      ),
    );
    const accented = workstation(NOT_CONFIGURED, { [scriptPath('connect.ps1')]: script(HOST, ACCENTED_USER) });
    const domainMember: InitialMachine = {
      accounts: { alice: ALICE, admin: BOB },
      computerSystem: { Name: 'WS01', Domain: 'corp.example', PartOfDomain: true, UserName: 'CORP\\alice' },
      registry: {
        ...NOT_CONFIGURED,
        [DELEGATION]: { DenySavedCredentials: dword(1) },
        [TERMINAL_SERVICES]: { DisablePasswordSaving: dword(1) },
      },
      files: { [scriptPath('connect.ps1')]: script(HOST) },
    };
    const run = (file = 'connect.ps1', user = 'alice') => ({ machineScript: scriptPath(file), user });
    const undo = (file = 'connect.ps1', user = 'alice') => ({ ...run(file, user), arguments: ['-Undo'] });
    const typed = { consoleInput: [PASSWORD] };

    const scenarios: Scenario[] = [
      {
        id: 'client-fresh',
        machine: fresh,
        // The second run has no console input: had cmdkey prompted, it would read nothing (Ctrl+C) and stop.
        phases: [{ ...run(), ...typed }, run(), undo(), undo()],
      },
      {
        id: 'client-merge',
        machine: merge,
        phases: [{ ...run(), ...typed }, { ...run('connect-dns.ps1'), ...typed }, undo(), undo('connect-dns.ps1')],
      },
      {
        id: 'client-two-hosts',
        machine: twoHosts,
        // The first host's run enables the policy; the second host relies on it when the first is undone.
        phases: [{ ...run(), ...typed }, { ...run('connect-dns.ps1'), ...typed }, undo(), undo('connect-dns.ps1')],
      },
      { id: 'client-disabled', machine: disabled, phases: [{ ...run(), ...typed }, undo()] },
      { id: 'client-not-elevated', machine: fresh, phases: [{ ...run(), ...typed, elevated: false }] },
      {
        id: 'client-hostile',
        machine: hostile,
        phases: HOSTILE_HOSTS.map((_, i) => ({ ...run(`connect-${i}.ps1`), consoleInput: [`${PASSWORD}${i}`] })),
      },
      {
        id: 'client-other-account',
        machine: accented,
        phases: [{ ...run(), ...typed }, undo('connect.ps1', 'bob'), undo()],
      },
      {
        id: 'client-prompt-cancelled',
        machine: fresh,
        // No console input: Ctrl+C at cmdkey's prompt.
        phases: [run(), undo()],
      },
      {
        id: 'client-domain-member',
        machine: domainMember,
        phases: [
          {
            ...run('connect.ps1', 'admin'),
            ...typed,
            // A domain policy that disables delegation again at the refresh.
            faults: { gpupdateApplies: [{ key: DELEGATION, name: ENABLE, kind: 'DWord', data: 0 }] },
          },
        ],
      },
    ];
    const results = batch.add(scenarios);
    let reports: Record<string, ScenarioReport>;

    // The batch already ran in the test file's own beforeAll, under its time limit.
    beforeAll(async () => {
      reports = await results();
    });

    const phase = (id: string, n = 0) => reports[id].phases[n];

    test('no phase fails in the simulation itself: no uncaught error, and each exit code is 0, 1 or 2', () => {
      for (const { id } of scenarios) {
        for (const p of reports[id].phases) {
          expect({ id, errors: p.errors }).toEqual({ id, errors: [] });
          expect([0, 1, 2]).toContain(p.exitCode);
        }
      }
    });

    test('the password typed at the prompt reaches only the vault: no command line, argument, output or file holds it', () => {
      for (const { id } of scenarios) {
        for (const p of reports[id].phases) {
          for (const call of p.calls) expect(JSON.stringify(call.arguments)).not.toContain('Typed');
          expect(p.console).not.toContain('Typed');
          for (const [path, bytes] of Object.entries(p.files)) {
            expect({ path, utf8: bytes.toString('utf8').includes('Typed') }).toEqual({ path, utf8: false });
            expect({ path, utf16: bytes.toString('utf16le').includes('Typed') }).toEqual({ path, utf16: false });
          }
        }
      }
      expect(phase('client-fresh').machine.vaults.alice[`TERMSRV/${HOST}`]).toEqual({
        userName: 'Administrator',
        password: PASSWORD,
      });
    });

    describe('on a workgroup computer with the policy Not configured', () => {
      test('the first run adds exactly TERMSRV/<host> as value 1 and enables the policy with "Concatenate OS defaults" on', () => {
        const first = phase('client-fresh');
        expect(first.exitCode).toBe(0);
        expect(first.machine.registry).toEqual(
          asExported({
            ...NOT_CONFIGURED,
            [DELEGATION]: { [CONCATENATE]: dword(1), [ENABLE]: dword(1) },
            [DELEGATION_LIST]: { '1': sz(`TERMSRV/${HOST}`) },
          }),
        );
        expect(
          registryWrites(first).map((c) => {
            const a = c.arguments as Record<string, unknown>;
            return [c.command, ...[a.Path, a.LiteralPath].flat().filter(Boolean), a.Name, a.Value].filter(
              (x) => x !== undefined,
            );
          }),
        ).toEqual([
          ['New-Item', `HKLM:\\${DELEGATION}`],
          ['New-Item', `HKLM:\\${DELEGATION_LIST}`],
          ['New-ItemProperty', `HKLM:\\${DELEGATION_LIST}`, '1', `TERMSRV/${HOST}`],
          ['New-ItemProperty', `HKLM:\\${DELEGATION}`, CONCATENATE, 1],
          ['New-ItemProperty', `HKLM:\\${DELEGATION}`, ENABLE, 1],
        ]);
      });

      test('it records the policy in Registry.pol and gpt.ini, then runs gpupdate once, after the last registry write', () => {
        const first = phase('client-fresh');
        expect(polRecords(first)).toEqual([
          polDword(ENABLE, 1),
          polDword(CONCATENATE, 1),
          delvals,
          polEntry('1', `TERMSRV/${HOST}`),
        ]);
        expect(lines(first.files[GPT_INI].toString('utf8'))).toEqual([
          '[General]',
          `gPCMachineExtensionNames=${REGISTRY_EXTENSION}`,
          'Version=1',
        ]);
        expect(callsOf(first, 'gpupdate.exe').map((c) => c.arguments)).toEqual([['/target:computer', '/force']]);
        const gpupdate = first.calls.findIndex((c) => c.command === 'gpupdate.exe');
        const lastRegistryWrite = first.calls.map((c) => registryWrites(first).includes(c)).lastIndexOf(true);
        expect(gpupdate).toBeGreaterThan(lastRegistryWrite);
      });

      test('cmdkey gets /generic:TERMSRV/<host>, /user:<user> and a bare /pass, and asks for the password itself', () => {
        const first = phase('client-fresh');
        expect(cmdkeyChanges(first)).toEqual([[`/generic:TERMSRV/${HOST}`, '/user:Administrator', '/pass']]);
        expect(startedCommandLines(first)).toEqual([
          ['cmdkey.exe', `/generic:TERMSRV/${HOST} /user:Administrator /pass`],
        ]);
        expect(prompts(first)).toEqual([{ program: 'cmdkey.exe', user: 'Administrator', target: `TERMSRV/${HOST}` }]);
        expect(first.console).toContain(`Enter the password for 'Administrator' to connect to 'TERMSRV/${HOST}': `);
        expect(first.machine.vaults).toEqual({
          alice: { [`TERMSRV/${HOST}`]: { userName: 'Administrator', password: PASSWORD } },
        });
      });

      test('it writes <host>.rdp next to itself, in UTF-16LE, and the record of its changes, in the order made', () => {
        const first = phase('client-fresh');
        expectRdpFile(first.files[rdpPath(HOST)], HOST, 'Administrator');
        const state = stateFile(first, HOST);
        expect({ ...state, changes: undefined }).toEqual({
          schemaVersion: 1,
          target: `TERMSRV/${HOST}`,
          user: 'Administrator',
          changes: undefined,
        });
        expect(state.changes).toEqual([
          { kind: 'registry-key', key: DELEGATION },
          { kind: 'registry-key', key: DELEGATION_LIST },
          { kind: 'list-entry', key: DELEGATION_LIST, data: `TERMSRV/${HOST}` },
          { kind: 'dword', key: DELEGATION, name: CONCATENATE, value: 1, previous: null },
          { kind: 'dword', key: DELEGATION, name: ENABLE, value: 1, previous: null },
          { kind: 'credential', target: `TERMSRV/${HOST}`, userSid: ALICE.sid },
          { kind: 'rdp-file', file: `${HOST}.rdp`, sha256: sha256(first.files[rdpPath(HOST)]) },
        ]);
        expect(Object.keys(first.files).sort()).toEqual(
          [scriptPath('connect.ps1'), rdpPath(HOST), statePath(HOST), REGISTRY_POL, GPT_INI].sort(),
        );
      });

      test('it says what it changed, one line per change, and exits 0', () => {
        const first = phase('client-fresh');
        expect(changedLines(first)).toEqual([
          `created key HKLM\\${DELEGATION}`,
          `created key HKLM\\${DELEGATION_LIST}`,
          `added TERMSRV/${HOST} to the list as value 1 (HKLM\\${DELEGATION_LIST})`,
          `set value ${CONCATENATE} = 1, was not set (HKLM\\${DELEGATION})`,
          `set value ${ENABLE} = 1, was not set (HKLM\\${DELEGATION})`,
          expect.stringMatching(
            new RegExp(
              `^stored a credential for TERMSRV/${HOST} as Administrator in the Credential Manager of WS01\\\\alice$`,
            ),
          ),
          expect.stringMatching(new RegExp(`^wrote .*/${FOLDER}/${HOST}\\.rdp$`)),
        ]);
        expect(first.console).toContain('8 changes made.');
      });

      test('a second run writes nothing, runs neither gpupdate nor a cmdkey change, says so and exits 0', () => {
        const [first, second] = reports['client-fresh'].phases;
        expect(second.exitCode).toBe(0);
        expect(second.calls.filter(isWrite)).toEqual([]);
        expect(callsOf(second, 'Start-Process')).toEqual([]);
        expect(cmdkeyCalls(second).every((a) => a.length === 1 && a[0] === `/list:TERMSRV/${HOST}`)).toBe(true);
        expect(second.machine).toEqual(first.machine);
        expect(second.files).toEqual(first.files);
        // Not even rewritten with the same bytes.
        expect(second.fileWriteTimes).toEqual(first.fileWriteTimes);
        expect(changedLines(second)).toEqual([]);
        expect(second.console).toContain('Nothing changed: this computer was already set up for this host.');
      });

      test('-Undo puts the registry, the vault and the files back exactly as they were, and the policy record holds nothing', () => {
        const undone = phase('client-fresh', 2);
        expect(undone.exitCode).toBe(0);
        expect(stateAfter(undone)).toEqual(stateBefore(fresh));
        expect(cmdkeyChanges(undone)).toEqual([[`/delete:TERMSRV/${HOST}`]]);
        // Registry.pol is derived from the live policy on both paths: now no record. gpt.ini's version
        // only ever goes up, so clients notice the change.
        expect(polRecords(undone)).toEqual([]);
        expect(lines(undone.files[GPT_INI].toString('utf8'))).toEqual([
          '[General]',
          `gPCMachineExtensionNames=${REGISTRY_EXTENSION}`,
          'Version=2',
        ]);
        expect(callsOf(undone, 'gpupdate.exe')).toHaveLength(1);
        expect(undone.console).toContain('8 changes undone; removed the record');
      });

      test('a second -Undo finds no record, changes nothing and exits 0', () => {
        const [, , undone, again] = reports['client-fresh'].phases;
        expect(again.exitCode).toBe(0);
        expect(again.calls.filter(isWrite)).toEqual([]);
        expect(again.machine).toEqual(undone.machine);
        expect(again.files).toEqual(undone.files);
        expect(again.fileWriteTimes).toEqual(undone.fileWriteTimes);
        expect(again.console).toContain('Nothing to undo: there is no record of changes');
      });
    });

    describe('with the policy Enabled and a list of its own', () => {
      const merged = {
        ...ENABLED_REGISTRY,
        [DELEGATION_LIST]: {
          '1': sz('TERMSRV/a.example'),
          '2': sz('TERMSRV/*'),
          '3': sz(`TERMSRV/${HOST}`),
          '4': sz(`TERMSRV/${DNS_HOST}`),
        },
      };

      test('each host is added as the next number; entries already listed stay, and so do the policy values', () => {
        const [first, second] = reports['client-merge'].phases;
        expect(first.exitCode).toBe(0);
        expect(first.machine.registry).toEqual(
          asExported({
            ...merged,
            [DELEGATION_LIST]: { ...ENABLED_REGISTRY[DELEGATION_LIST], '3': sz(`TERMSRV/${HOST}`) },
          }),
        );
        expect(changedLines(first)[0]).toBe(`added TERMSRV/${HOST} to the list as value 3 (HKLM\\${DELEGATION_LIST})`);
        expect(first.console).toContain(
          'the policy is already Enabled; its "Concatenate OS defaults" box is left as it is',
        );
        expect(second.exitCode).toBe(0);
        expect(second.machine.registry).toEqual(asExported(merged));
        expect(stateFile(first, HOST).changes.map((c) => c.kind)).toEqual(['list-entry', 'credential', 'rdp-file']);
      });

      test('Registry.pol keeps the other policies byte for byte and records the whole list', () => {
        const second = phase('client-merge', 1);
        const records = decodeRegistryPol(second.files[REGISTRY_POL]);
        const unrelated = records.filter((r) => r.key !== DELEGATION && r.key !== DELEGATION_LIST);
        expect(unrelated.map((r) => r.bytes)).toEqual(
          UNRELATED_POLICY.map((r) => decodeRegistryPol(encodeRegistryPol([r]))[0].bytes),
        );
        expect(polRecords(second).filter((r) => r.key === DELEGATION || r.key === DELEGATION_LIST)).toEqual([
          ...ENABLED_POLICY,
          polEntry('3', `TERMSRV/${HOST}`),
          polEntry('4', `TERMSRV/${DNS_HOST}`),
        ]);
      });

      test("-Undo of the host that enabled the policy keeps it enabled while another host's entry relies on it", () => {
        const [first, , undoFirst, undoSecond] = reports['client-two-hosts'].phases;
        expect(stateFile(first, HOST).changes.map((c) => c.kind)).toEqual(
          expect.arrayContaining(['dword', 'list-entry']),
        );
        expect(undoFirst.exitCode).toBe(0);
        const policy = undoFirst.machine.registry[DELEGATION] ?? {};
        expect(policy[ENABLE]).toEqual(first.machine.registry[DELEGATION][ENABLE]);
        expect(undoFirst.machine.registry[DELEGATION_LIST]).toEqual({ '1': sz(`TERMSRV/${DNS_HOST}`) });
        expect(undoFirst.console).toContain(`the list still names TERMSRV/${DNS_HOST}, which rely on it`);
        // Undoing the second host, whose run found the policy enabled, leaves the machine as it was before both.
        expect(undoSecond.exitCode).toBe(0);
        expect(undoSecond.machine.registry[DELEGATION_LIST] ?? {}).toEqual({});
      });

      test('-Undo of an entry in the middle moves the later ones down one number each', () => {
        const undone = phase('client-merge', 2);
        expect(undone.exitCode).toBe(0);
        expect(undone.machine.registry).toEqual(
          asExported({
            ...merged,
            [DELEGATION_LIST]: { ...ENABLED_REGISTRY[DELEGATION_LIST], '3': sz(`TERMSRV/${DNS_HOST}`) },
          }),
        );
        expect(polRecords(undone).filter((r) => r.key === DELEGATION_LIST)).toEqual([
          delvals,
          polEntry('1', 'TERMSRV/a.example'),
          polEntry('2', 'TERMSRV/*'),
          polEntry('3', `TERMSRV/${DNS_HOST}`),
        ]);
        // The other host's credential and .rdp file are not this record's to touch.
        expect(undone.machine.vaults.alice).toEqual({
          [`TERMSRV/${DNS_HOST}`]: { userName: 'Administrator', password: PASSWORD },
        });
        expect(Object.keys(undone.files)).toContain(rdpPath(DNS_HOST));
      });

      test('undoing the other host too leaves the machine as it was, and Registry.pol with the same records', () => {
        const last = phase('client-merge', 3);
        expect(last.exitCode).toBe(0);
        expect(stateAfter(last)).toEqual(stateBefore(merge));
        // The same records; this policy's own are written together, as gpedit writes them.
        expect(polRecords(last)).toEqual([...UNRELATED_POLICY, ...ENABLED_POLICY]);
        expect(lines(last.files[GPT_INI].toString('utf8'))).toEqual([
          '[General]',
          `gPCMachineExtensionNames=${REGISTRY_EXTENSION}`,
          'Version=11',
        ]);
      });
    });

    describe('with the policy Disabled', () => {
      test('the run enables it with "Concatenate OS defaults" off, so only this host is allowed', () => {
        const first = phase('client-disabled');
        expect(first.exitCode).toBe(0);
        expect(first.machine.registry).toEqual(
          asExported({
            ...NOT_CONFIGURED,
            [DELEGATION]: { [ENABLE]: dword(1), [CONCATENATE]: dword(0) },
            [DELEGATION_LIST]: { '1': sz(`TERMSRV/${HOST}`) },
          }),
        );
        expect(changedLines(first).slice(0, 3)).toEqual([
          `added TERMSRV/${HOST} to the list as value 1 (HKLM\\${DELEGATION_LIST})`,
          `set value ${CONCATENATE} = 0, was not set (HKLM\\${DELEGATION})`,
          `set value ${ENABLE} = 1, was 0 (HKLM\\${DELEGATION})`,
        ]);
        expect(stateFile(first, HOST).changes.filter((c) => c.kind === 'dword')).toEqual([
          { kind: 'dword', key: DELEGATION, name: CONCATENATE, value: 0, previous: null },
          { kind: 'dword', key: DELEGATION, name: ENABLE, value: 1, previous: 0 },
        ]);
        // What gpupdate applies is what is in the registry: a record that deleted the box before is overridden.
        expect(polRecords(first)).toEqual([
          UNRELATED_POLICY[0],
          DISABLED_POLICY[1],
          polDword(ENABLE, 1),
          polDword(CONCATENATE, 0),
          delvals,
          polEntry('1', `TERMSRV/${HOST}`),
        ]);
      });

      test('-Undo disables it again: the value back to 0, the box and the entry gone, the list key kept', () => {
        const undone = phase('client-disabled', 1);
        expect(undone.exitCode).toBe(0);
        expect(stateAfter(undone)).toEqual(stateBefore(disabled));
        expect(polRecords(undone)).toEqual([UNRELATED_POLICY[0], DISABLED_POLICY[1], polDword(ENABLE, 0), delvals]);
      });
    });

    test('not elevated, it stops before any change with exit code 2 and says why', () => {
      const refused = phase('client-not-elevated');
      expect(refused.exitCode).toBe(2);
      expect(refused.calls.filter(isWrite)).toEqual([]);
      expect(callsOf(refused, 'Start-Process')).toEqual([]);
      expect(prompts(refused)).toEqual([]);
      expect(stateAfter(refused)).toEqual(stateBefore(fresh));
      expect(Object.keys(refused.files)).toEqual([scriptPath('connect.ps1')]);
      expect(refused.console).toContain(
        'Stopped: run this script from Windows PowerShell opened with "Run as administrator": the delegation policy is a computer setting',
      );
      expect(refused.console).toContain('Nothing was changed.');
    });

    describe('hostile user names and DNS names', () => {
      test('reach cmdkey, its command line, the vault and the .rdp file as they are, and are never run', () => {
        const all = reports['client-hostile'].phases;
        all.forEach((p, i) => {
          const host = HOSTILE_HOSTS[i];
          const user = HOSTILE_USERS[i];
          expect(p.exitCode).toBe(0);
          expect(cmdkeyChanges(p)).toEqual([[`/generic:TERMSRV/${host}`, `/user:${user}`, '/pass']]);
          expect(prompts(p)).toEqual([{ program: 'cmdkey.exe', user, target: `TERMSRV/${host}` }]);
          expect(p.machine.vaults.alice[`TERMSRV/${host}`]).toEqual({ userName: user, password: `${PASSWORD}${i}` });
          expectRdpFile(p.files[rdpPath(host)], host, user);
          expect(stateFile(p, host).user).toBe(user);
          expect(p.console).toContain(`Remote Desktop to ${host} as ${user}: setting up this computer`);
          expect(callsOf(p, 'Invoke-SimulationCanary')).toEqual([]);
          expect(p.console).not.toContain('CANARY');
        });
        const last = all[all.length - 1];
        expect(last.machine.registry[DELEGATION_LIST]).toEqual(
          Object.fromEntries(HOSTILE_HOSTS.map((host, i) => [String(i + 1), sz(`TERMSRV/${host}`)])),
        );
      });

      test('a user name with white space is quoted on the command line, so cmdkey reads one argument', () => {
        const spaced = phase('client-hostile', 2);
        expect(startedCommandLines(spaced)).toEqual([
          ['cmdkey.exe', `/generic:TERMSRV/${HOSTILE_HOSTS[2]} "/user:${HOSTILE_USERS[2]}" /pass`],
        ]);
      });
    });

    describe('-Undo by another account than the one that stored the credential', () => {
      test('undoes the rest, leaves the credential where it is, keeps it recorded, and exits 1', () => {
        const [first, byBob] = reports['client-other-account'].phases;
        expect(byBob.exitCode).toBe(1);
        expect(byBob.machine.vaults).toEqual(first.machine.vaults);
        expect(cmdkeyChanges(byBob)).toEqual([]);
        expect(byBob.machine.registry).toEqual(asExported(NOT_CONFIGURED));
        expect(Object.keys(byBob.files)).not.toContain(rdpPath(HOST));
        expect(stateFile(byBob, HOST)).toEqual({
          schemaVersion: 1,
          target: `TERMSRV/${HOST}`,
          user: ACCENTED_USER,
          changes: [{ kind: 'credential', target: `TERMSRV/${HOST}`, userSid: ALICE.sid }],
        });
        expect(byBob.console).toContain(
          `the credential for TERMSRV/${HOST} is in the Credential Manager of another account (${ALICE.sid}); run -Undo as that account to remove it`,
        );
        expect(byBob.console).toContain('7 changes undone; 1 remain recorded in');
      });

      test('then -Undo as that account removes it and the record, and the machine is as it was', () => {
        const last = phase('client-other-account', 2);
        expect(last.exitCode).toBe(0);
        expect(cmdkeyChanges(last)).toEqual([[`/delete:TERMSRV/${HOST}`]]);
        expect(stateAfter(last)).toEqual(stateBefore(accented));
        // Nothing left to change in the policy, so no gpupdate.
        expect(callsOf(last, 'gpupdate.exe')).toEqual([]);
      });
    });

    describe('when the password prompt is cancelled (Ctrl+C)', () => {
      test('it stops with exit code 2, says the changes so far are recorded, and they are', () => {
        const stopped = phase('client-prompt-cancelled');
        expect(stopped.exitCode).toBe(2);
        expect(stopped.console).toContain('Stopped: cmdkey did not store the credential (exit code -1073741510)');
        expect(stopped.console).toContain('The changes made so far are recorded in');
        expect(stopped.machine.vaults).toEqual({});
        expect(Object.keys(stopped.files)).not.toContain(rdpPath(HOST));
        expect(stateFile(stopped, HOST).changes.map((c) => c.kind)).toEqual([
          'registry-key',
          'registry-key',
          'list-entry',
          'dword',
          'dword',
        ]);
      });

      test('-Undo then reverts them: the machine is as it was', () => {
        const undone = phase('client-prompt-cancelled', 1);
        expect(undone.exitCode).toBe(0);
        expect(cmdkeyChanges(undone)).toEqual([]);
        expect(stateAfter(undone)).toEqual(stateBefore(fresh));
      });
    });

    test('on a domain member, it warns about domain policy, another signed-in user, Deny and password saving, and exits 1 when gpupdate takes the policy away', () => {
      const p = phase('client-domain-member');
      expect(p.exitCode).toBe(1);
      const notes = consoleLines(p).filter((l) => l.startsWith('  NOTE:'));
      expect(notes).toEqual([
        expect.stringContaining('this computer is in a domain'),
        expect.stringContaining('this window runs as WS01\\admin, but CORP\\alice is signed in'),
        expect.stringContaining('"Deny delegating saved credentials" is enabled here'),
        expect.stringContaining('("Do not allow passwords to be saved")'),
        expect.stringContaining(`after gpupdate the policy no longer allows TERMSRV/${HOST}`),
      ]);
      // The credential (in the Credential Manager of the account that ran it) and the .rdp file are still made.
      expect(Object.keys(p.machine.vaults)).toEqual(['admin']);
      expectRdpFile(p.files[rdpPath(HOST)], HOST, 'Administrator');
    });
  });
}
