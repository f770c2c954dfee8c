import { Node } from 'web-tree-sitter';
import { PowerShellParser } from '../../lib/policy/script-analysis';
import { RDP_FILE_SETTINGS, renderClientScript, renderClientScriptTemplate } from '../../lib/powershell';
import { InputError } from '../../lib/validation';
import {
  directCalls,
  enclosingFunction,
  journaledKinds,
  reachableFunctions,
  ScriptFunction,
  scriptFunctions,
  switchClauses,
  topLevelAssignments,
  verbatimStrings,
} from '../helpers/powershell-functions';

const HOST = '203.0.113.10';

/**
 * Each primitive that changes something in the forward path, and what may take it back. Written
 * here, not read from the script, so a script that stops undoing one of them fails.
 */
const INVERSES: Record<string, readonly string[]> = {
  'new-registrykey': ['remove-registrykey'],
  'set-registrystring': ['remove-registryvalue'],
  // A value the script set is removed, or set back to what it was.
  'set-registrydword': ['remove-registryvalue', 'set-registrydword'],
  'add-cmdkeycredential': ['remove-cmdkeycredential'],
  'write-filebytes': ['remove-file'],
};
const PRIMITIVES = new Set([...Object.keys(INVERSES), ...Object.values(INVERSES).flat()]);

/** Commands that change the machine; only primitives, and the few helpers named here, may run them. */
const RAW_WRITES = [
  'new-item',
  'new-itemproperty',
  'set-itemproperty',
  'remove-item',
  'remove-itemproperty',
  'set-content',
  'start-process',
];
const INFRASTRUCTURE = new Map<string, string>([
  ['invoke-cmdkey', 'runs cmdkey for the two credential primitives'],
  ['update-gptini', 'the local Group Policy object, re-derived from the live policy on every run'],
  ['sync-localgrouppolicy', 'the local Group Policy object, as above'],
  ['save-state', 'the journal itself'],
  ['assert-canrun', 'writes and deletes a probe file to prove the folder is writable, before any change'],
]);

let parser: PowerShellParser;
beforeAll(async () => {
  parser = await PowerShellParser.load();
});

function parse(script: string): Node {
  const parsed = parser.parse(script);
  expect(parsed.problems).toEqual([]);
  return parsed.root;
}

describe('the client script for one host', () => {
  const script = renderClientScript({ host: HOST });
  let root: Node;
  let functions: Map<string, ScriptFunction>;
  beforeAll(() => {
    root = parse(script);
    functions = scriptFunctions(root);
  });

  test('parses without a syntax error and is ASCII, so Windows PowerShell 5.1 reads it right without a BOM', () => {
    expect(script).toMatch(/^[\x00-\x7f]*$/);
    expect(script.startsWith('# ')).toBe(true);
    // A param block must be the script's first statement.
    expect(root.namedChildren.find((c) => c?.type !== 'comment')?.type).toBe('param_block');
  });

  test('names the host and the delegation target as literals, and the delegation entry is exactly TERMSRV/<host>', () => {
    const values = topLevelAssignments(root);
    expect(values.get('$RdpHost')).toBe(HOST);
    expect(values.get('$RdpUser')).toBe('Administrator');
    expect(values.get('$DelegationTarget')).toBe(`TERMSRV/${HOST}`);
    expect(values.get('$ListKey')).toBe(
      'SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation\\AllowSavedCredentialsWhenNTLMOnly',
    );

    // The only list entry the forward path writes is $DelegationTarget, under $ListKey.
    const forward = reachableFunctions(functions, 'Invoke-Setup');
    const listWrites = [...forward].flatMap((name) =>
      functions.get(name)!.calls.filter((c) => c.name.toLowerCase() === 'set-registrystring'),
    );
    expect(
      listWrites.map((c) => c.positional.map((a) => (typeof a === 'object' ? (a as { dynamic: string }).dynamic : a))),
    ).toEqual([['$ListKey', '([string]$number)', '$DelegationTarget']]);
    // No wildcard server name anywhere: no literal TERMSRV/<name> other than the target (the bare
    // prefix is the run-time check that the target matches the host).
    expect(verbatimStrings(root).filter((s) => /^TERMSRV\/./i.test(s))).toEqual([`TERMSRV/${HOST}`]);
  });

  test('every change in the forward path is journaled and has its inverse in the -Undo path', () => {
    const forward = reachableFunctions(functions, 'Invoke-Setup');
    const undoHandlers = switchClauses(functions.get('undo-change')!);
    expect(reachableFunctions(functions, 'Invoke-Undo')).toContain('undo-change');

    const journaled: Array<{ kind: string; primitive: string }> = [];
    for (const name of forward) {
      const fn = functions.get(name)!;
      const writes = directCalls(fn).filter((call) => call in INVERSES);
      if (writes.length === 0) continue;
      const kinds = journaledKinds(fn);
      // A change is recorded right after it is made, in the same function.
      expect({ name, kinds: kinds.length }).toEqual({ name, kinds: 1 });
      const lastWrite = Math.max(
        ...fn.calls.filter((c) => c.name.toLowerCase() in INVERSES).map((c) => c.node.startIndex),
      );
      const journal = fn.calls.find((c) => c.name.toLowerCase() === 'add-change')!;
      expect(journal.node.startIndex).toBeGreaterThan(lastWrite);
      for (const primitive of writes) journaled.push({ kind: kinds[0], primitive });
    }
    expect(new Set(journaled.map((j) => j.kind))).toEqual(
      new Set(['registry-key', 'list-entry', 'dword', 'credential', 'rdp-file']),
    );

    for (const { kind, primitive } of journaled) {
      const handler = undoHandlers.get(kind);
      expect({ kind, handled: handler !== undefined }).toEqual({ kind, handled: true });
      const undoCalls = new Set(
        handler!.flatMap((h) => [...reachableFunctions(functions, h)]).flatMap((f) => directCalls(functions.get(f)!)),
      );
      expect({ kind, primitive, inverse: INVERSES[primitive].some((inverse) => undoCalls.has(inverse)) }).toEqual({
        kind,
        primitive,
        inverse: true,
      });
    }
  });

  test('only the primitives change anything, so nothing escapes the journal', () => {
    for (const [name, fn] of functions) {
      if (PRIMITIVES.has(name) || INFRASTRUCTURE.has(name)) continue;
      expect({ name, raw: directCalls(fn).filter((c) => RAW_WRITES.includes(c)) }).toEqual({ name, raw: [] });
    }
    const fileWrites = root
      .descendantsOfType('member_name')
      .filter((n) => n && /^(WriteAllBytes|WriteAllText)$/i.test(n.text))
      .map((n) => enclosingFunction(n!));
    expect(new Set(fileWrites)).toEqual(
      new Set(['write-filebytes', 'save-state', 'assert-canrun', 'sync-localgrouppolicy']),
    );
    // cmdkey is started in one place; gpupdate in one place.
    const native = (exe: RegExp) =>
      [...functions.values()].filter((fn) =>
        fn.calls.some((c) =>
          [c.name, ...c.positional, ...c.named.values()].some((a) => typeof a === 'string' && exe.test(a)),
        ),
      );
    expect(native(/^cmdkey(\.exe)?$/i).map((f) => f.name)).toEqual(['Get-CredentialListing', 'Invoke-Cmdkey']);
    expect(native(/^gpupdate(\.exe)?$/i).map((f) => f.name)).toEqual(['Invoke-GroupPolicyUpdate']);
  });

  test('checks host, elevation and the console before the first change, in both paths', () => {
    for (const entry of ['invoke-setup', 'invoke-undo']) {
      const calls = directCalls(functions.get(entry)!);
      const changes = calls.findIndex((call) =>
        [...reachableFunctions(functions, call)].some((f) => PRIMITIVES.has(f)),
      );
      expect(calls.indexOf('assert-usablehost')).toBeGreaterThanOrEqual(0);
      expect(calls.indexOf('assert-usablehost')).toBeLessThan(calls.indexOf('assert-canrun'));
      expect(calls.indexOf('assert-canrun')).toBeLessThan(changes);
    }
    const check = functions.get('assert-canrun')!;
    expect(directCalls(check).slice(0, 2)).toEqual(['test-elevated', 'test-consolehost']);
  });

  test('never holds or asks for the password: cmdkey is given a bare /pass and prompts for it', () => {
    const credential = functions.get('add-cmdkeycredential')!;
    expect(credential.node.text).toContain("'/pass'");
    expect(verbatimStrings(root).filter((s) => /\/pass:/i.test(s))).toEqual([]);
    const commands = [...functions.values()].flatMap(directCalls);
    for (const asker of ['read-host', 'get-credential', 'convertto-securestring', 'convertfrom-securestring']) {
      expect(commands).not.toContain(asker);
    }
  });

  test('runs gpupdate only when the registry or the local Group Policy changed', () => {
    const setup = functions.get('invoke-setup')!;
    const gpupdate = setup.calls.find((c) => c.name === 'Invoke-GroupPolicyUpdate')!;
    let condition = gpupdate.node.parent;
    while (condition && condition.type !== 'if_statement') condition = condition.parent;
    expect(condition?.childForFieldName('condition')?.text).toBe(
      '$script:RegistryChanged -or $script:GroupPolicyChanged',
    );
  });

  test('writes an .rdp file of well-known keys only', () => {
    // From Microsoft's "Supported RDP properties".
    const known = new Set([
      'full address',
      'username',
      'prompt for credentials',
      'authentication level',
      'enablecredsspsupport',
    ]);
    expect(topLevelAssignments(root).get('$RdpFileSettings')).toEqual([...RDP_FILE_SETTINGS]);
    for (const line of RDP_FILE_SETTINGS) expect(known).toContain(line.split(':')[0]);
    expect(RDP_FILE_SETTINGS).toContain('prompt for credentials:i:0');
    const rdp = functions.get('get-rdpfilebytes')!.node.text;
    expect(rdp).toContain("'full address:s:' + $RdpHost");
    expect(rdp).toContain("'username:s:' + $RdpUser");
    expect(rdp).toContain('New-Object Text.UnicodeEncoding $false, $true');
  });
});

describe('the values in the script', () => {
  test('a user name with a quote stays one literal', () => {
    const root = parse(renderClientScript({ host: 'rdp.example.com', userName: "O'Brien" }));
    expect(topLevelAssignments(root).get('$RdpUser')).toBe("O'Brien");
    expect(topLevelAssignments(root).get('$DelegationTarget')).toBe('TERMSRV/rdp.example.com');
  });

  test('a non-ASCII user name travels as base64 of its UTF-8, so the script stays ASCII', () => {
    const script = renderClientScript({ host: HOST, userName: '管理者' });
    expect(script).toMatch(/^[\x00-\x7f]*$/);
    const root = parse(script);
    const assignment = root.descendantsOfType('assignment_expression').find((n) => n?.text.startsWith('$RdpUser'))!;
    const base64 = verbatimStrings(assignment)[0];
    expect(Buffer.from(base64, 'base64').toString('utf8')).toBe('管理者');
    expect(assignment.text).toBe(
      `$RdpUser = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('${base64}'))`,
    );
  });

  test.each([
    ['203.0.113.300', 'not an IPv4 address'],
    ['1.2.3', 'dotted numbers that are not an IPv4 address'],
    ['2001:db8::1', 'IPv6: its text is no Windows file name'],
    ['rdp.example.com.', 'a trailing dot'],
    ["x';calc;'", 'a quote'],
    ['', 'empty'],
    ['*', 'a wildcard'],
  ])('refuses the host %j (%s), naming the input', (host) => {
    expect(() => renderClientScript({ host })).toThrow(InputError);
    expect(() => renderClientScript({ host })).toThrow(/^host must be an IPv4 address or a DNS name/);
  });

  test('refuses a user name Windows would not accept', () => {
    expect(() => renderClientScript({ host: HOST, userName: 'a"b' })).toThrow(/^userName must be a Windows user name/);
  });
});

describe('the template for a host known at deploy time', () => {
  test('joined with a host, it is exactly the script rendered for that host', () => {
    for (const host of [HOST, 'rdp.example.com']) {
      expect(renderClientScriptTemplate().parts.join(host)).toBe(renderClientScript({ host }));
    }
    expect(renderClientScriptTemplate({ userName: 'ops' }).parts.join(HOST)).toBe(
      renderClientScript({ host: HOST, userName: 'ops' }),
    );
  });

  test('the host goes only inside single-quoted literals', () => {
    const marker = 'hostmarker.example';
    const root = parse(renderClientScriptTemplate().parts.join(marker));
    const holders = root
      .descendantsOfType(['verbatim_string_characters', 'expandable_string_literal', 'generic_token', 'comment'])
      .filter((n) => n?.text.includes(marker))
      .map((n) => [n!.type, n!.text]);
    expect(holders).toEqual([
      ['verbatim_string_characters', `'${marker}'`],
      ['verbatim_string_characters', `'TERMSRV/${marker}'`],
    ]);
  });
});
