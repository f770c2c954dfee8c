import { Node } from 'web-tree-sitter';
import { PowerShellParser } from '../../lib/policy/script-analysis';
import { renderBootstrapScript } from '../../lib/powershell';
import { HardeningPolicy } from '../../lib/settings';

/*
 * The bootstrap script must be correct when it runs twice (Cloudbase-Init retries, an operator
 * re-runs it): each step reads before it writes, so no step writes when its change is already there
 * and none fails because it is. This is the structural proof, read from the parse tree; the pwsh
 * runtime tier proves it by running the script twice.
 *
 * Every write in the script is found (commands and .NET calls that change the machine), and each must
 * be listed in WRITES with the guard that makes it safe to repeat, which the test then checks in the
 * tree. A new write that is not listed fails the test until someone states why it may repeat.
 */

type Guard =
  /** The write sits in the `then` (or `else`) branch of an `if` whose condition reads the current state. */
  | { readonly kind: 'branch'; readonly branch: 'then' | 'else'; readonly condition: RegExp }
  /** An earlier `if (<current state is already right>) { ...; return }` in the same function. */
  | { readonly kind: 'early-return'; readonly condition: RegExp }
  /** Inside `foreach` over a computed difference (values to remove are only those outside the list). */
  | { readonly kind: 'difference'; readonly collection: RegExp }
  /** The function writes unconditionally, and every call of it is behind an early return. */
  | { readonly kind: 'guarded-callers'; readonly condition: RegExp }
  /** Repeating it is harmless by nature; the reason is stated. */
  | { readonly kind: 'repeatable'; readonly why: string };

/** Registry.pol's guard: the bytes it would write are the bytes already in the file. */
const REGISTRY_POL_UNCHANGED =
  /\[Convert\]::ToBase64String\(\$new\.ToArray\(\)\) -ceq \[Convert\]::ToBase64String\(\$(?:old|existing)\)/;

/** `<function>: <write>` → its guard. `<script>` is the top level. */
const WRITES: Record<string, Guard> = {
  // Registry values: compare, then create the key only if missing, then write.
  'Set-HardeningRegistryValue: New-Item': {
    kind: 'branch',
    branch: 'then',
    condition: /^-not \(Test-Path -LiteralPath \('HKLM:\\' \+ \$Key\)\)$/,
  },
  'Set-HardeningRegistryValue: New-ItemProperty': {
    kind: 'early-return',
    condition: /\$current -ceq \[string\]\$Value|\[string\]\$current -ceq \[string\]\$Value/,
  },
  // Numbered lists: remove only the values outside the list.
  'Set-HardeningRegistryList: Remove-ItemProperty': {
    kind: 'difference',
    collection: /^\(Get-ExtraListValues \$Key \$Entries\.Count\)$/,
  },
  // Registry.pol: written only when the new bytes differ from the file's.
  // (The folder is created with -Force, which is repeatable too, but only when the file is about to change.)
  'Sync-LocalGroupPolicy: New-Item': { kind: 'early-return', condition: REGISTRY_POL_UNCHANGED },
  'Sync-LocalGroupPolicy: [IO.File]::WriteAllBytes': { kind: 'early-return', condition: REGISTRY_POL_UNCHANGED },
  'Update-GptIni: Set-Content': {
    kind: 'guarded-callers',
    condition: /\[Convert\]::ToBase64String\(\$new\.ToArray\(\)\) -ceq/,
  },
  // Guest: secedit applies only when Guest is disabled or still denied network logon.
  'Get-GuestNetworkAccess: secedit.exe': {
    kind: 'repeatable',
    why: 'secedit /export only reads the policy into a scratch file',
  },
  'Get-GuestNetworkAccess: Remove-Item': {
    kind: 'repeatable',
    why: 'deletes the scratch file the same function just wrote',
  },
  'Enable-GuestNetworkAccess: Set-Content': {
    kind: 'early-return',
    condition: /^\$state\.Enabled -and \$state\.GuestDenied\.Count -eq 0$/,
  },
  'Enable-GuestNetworkAccess: secedit.exe': {
    kind: 'early-return',
    condition: /^\$state\.Enabled -and \$state\.GuestDenied\.Count -eq 0$/,
  },
  'Enable-GuestNetworkAccess: Remove-Item': {
    kind: 'early-return',
    condition: /^\$state\.Enabled -and \$state\.GuestDenied\.Count -eq 0$/,
  },
  // Setting 3: files compared before they are written; the task registered only if missing or wrong.
  'Set-FileText: [IO.File]::WriteAllText': {
    kind: 'early-return',
    condition: /\[IO\.File\]::ReadAllText\(\$Path\) -ceq \$Text/,
  },
  'Register-CredentialTask: [IO.File]::WriteAllText': {
    kind: 'branch',
    branch: 'then',
    condition: /^-not \(Test-Path -LiteralPath \$file\)$/,
  },
  'Register-CredentialTask: icacls.exe': {
    kind: 'repeatable',
    why: 'granting Modify to a user who has it leaves the ACL as it is',
  },
  'Register-CredentialTask: Register-ScheduledTask': {
    kind: 'branch',
    branch: 'else',
    condition: /^\$null -ne \$task -and \$task\.Principal\.UserId -eq \$UserName/,
  },
  // Shared plumbing.
  'Write-Step: Add-Content': { kind: 'repeatable', why: 'appends to the log; a second run adds its own lines' },
  '<script>: New-Item': { kind: 'branch', branch: 'then', condition: /^-not \(Test-Path -LiteralPath \$Root\)$/ },
  '<script>: icacls.exe': { kind: 'repeatable', why: '/inheritance:r /grant:r replaces the ACL with the same one' },
  '<script>: gpupdate.exe': { kind: 'branch', branch: 'then', condition: /^\$script:GroupPolicyChanged$/ },
  '<script>: [IO.File]::WriteAllText': { kind: 'repeatable', why: 'the status file records this run' },
};

/** Commands and .NET calls that change the machine. */
const WRITE_COMMANDS = new Set(
  [
    'New-Item',
    'New-ItemProperty',
    'Set-ItemProperty',
    'Remove-ItemProperty',
    'Clear-ItemProperty',
    'Remove-Item',
    'Rename-Item',
    'Copy-Item',
    'Move-Item',
    'Set-Content',
    'Add-Content',
    'Out-File',
    'Set-Acl',
    'Register-ScheduledTask',
    'Unregister-ScheduledTask',
    'Set-ScheduledTask',
    'New-LocalUser',
    'Set-LocalUser',
    'Enable-LocalUser',
    'secedit.exe',
    'icacls.exe',
    'gpupdate.exe',
    'reg.exe',
    'net.exe',
    'cmdkey.exe',
    'auditpol.exe',
  ].map((name) => name.toLowerCase()),
);
const WRITE_METHODS = /^\[(System\.)?IO\.File\]::(WriteAll\w+|AppendAll\w+|Delete|Move|Copy)$/i;

let root: Node;
beforeAll(async () => {
  const parser = await PowerShellParser.load();
  // Every setting and option on, so every helper function is in the script.
  const policy = HardeningPolicy.fromOptions({
    enableGuestAccount: true,
    credentialPasswordSource: { kind: 'ssm-secret', secretName: 's', secretVersionId: 'v1', camRoleName: 'r' },
  });
  const parsed = parser.parse(renderBootstrapScript(policy.settings).text);
  expect(parsed.problems).toEqual([]);
  root = parsed.root;
});

interface Write {
  readonly key: string;
  readonly node: Node;
  readonly fn: Node | undefined;
}

function all(node: Node, type: string): Node[] {
  return node.descendantsOfType(type).filter((n): n is Node => n !== null);
}

function enclosingFunction(node: Node): Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (n.type === 'function_statement') return n;
  return undefined;
}

function functionName(fn: Node | undefined): string {
  return fn ? fn.namedChildren.find((c) => c?.type === 'function_name')!.text : '<script>';
}

function findWrites(): Write[] {
  const commands = all(root, 'command')
    .map((node) => ({ node, name: node.childForFieldName('command_name')?.text ?? '' }))
    .filter(({ name }) => WRITE_COMMANDS.has(name.toLowerCase()));
  const methods = all(root, 'invokation_expression')
    .map((node) => ({ node, name: node.text.split('(')[0] }))
    .filter(({ name }) => WRITE_METHODS.test(name));
  return [...commands, ...methods].map(({ node, name }) => {
    const fn = enclosingFunction(node);
    return { key: `${functionName(fn)}: ${name}`, node, fn };
  });
}

/** The `if` statements around `node`, innermost first, each with the branch `node` is in. */
function enclosingIfs(node: Node, stopAt: Node | undefined): Array<{ statement: Node; branch: 'then' | 'else' }> {
  const result: Array<{ statement: Node; branch: 'then' | 'else' }> = [];
  let child = node;
  for (let n = node.parent; n && n !== stopAt; child = n, n = n.parent) {
    if (n.type === 'if_statement' && child.type !== 'pipeline') {
      result.push({ statement: n, branch: child.type === 'else_clause' ? 'else' : 'then' });
    }
  }
  return result;
}

function conditionText(ifStatement: Node): string {
  return ifStatement.childForFieldName('condition')?.text ?? '';
}

/** `if (<condition>) { ...; return }` statements that come before `node` in its function, at any level. */
function earlyReturns(node: Node, fn: Node | undefined): Node[] {
  const result: Node[] = [];
  for (let n: Node | null = node; n && n !== fn; n = n.parent) {
    for (let s = n.previousNamedSibling; s; s = s.previousNamedSibling) {
      if (s.type !== 'if_statement') continue;
      const block = s.namedChildren.find((c) => c?.type === 'statement_block');
      const returns = block ? all(block, 'flow_control_statement').some((f) => /^return\b/i.test(f.text)) : false;
      if (returns) result.push(s);
    }
  }
  return result;
}

function satisfies(write: Write, guard: Guard): boolean {
  switch (guard.kind) {
    case 'branch':
      return enclosingIfs(write.node, write.fn).some(
        ({ statement, branch }) => branch === guard.branch && guard.condition.test(conditionText(statement)),
      );
    case 'early-return':
      return earlyReturns(write.node, write.fn).some((s) => guard.condition.test(conditionText(s)));
    case 'difference':
      return enclosingForeachCollections(write.node, write.fn).some((text) => guard.collection.test(text));
    case 'guarded-callers': {
      const name = functionName(write.fn);
      const calls = all(root, 'command').filter((c) => c.childForFieldName('command_name')?.text === name);
      return (
        calls.length > 0 &&
        calls.every((call) =>
          earlyReturns(call, enclosingFunction(call)).some((s) => guard.condition.test(conditionText(s))),
        )
      );
    }
    case 'repeatable':
      return guard.why.length > 0;
  }
}

function enclosingForeachCollections(node: Node, stopAt: Node | undefined): string[] {
  const result: string[] = [];
  for (let n = node.parent; n && n !== stopAt; n = n.parent) {
    if (n.type === 'foreach_statement') {
      const collection = n.namedChildren.find((c) => c?.type === 'pipeline');
      if (collection) result.push(collection.text);
    }
  }
  return result;
}

describe('the bootstrap script is safe to run twice', () => {
  test('every write in the script is listed with its guard, and nothing listed is missing from the script', () => {
    const found = [...new Set(findWrites().map((w) => w.key))].sort();
    expect(found).toEqual(Object.keys(WRITES).sort());
  });

  test.each(Object.entries(WRITES))('%s is %p', (key, guard) => {
    const writes = findWrites().filter((w) => w.key === key);
    expect(writes.length).toBeGreaterThan(0);
    for (const write of writes) {
      if (!satisfies(write, guard))
        throw new Error(`${key} at line ${write.node.startPosition.row + 1} is not guarded: ${write.node.text}`);
    }
  });

  test('list removal takes only the values outside the list', () => {
    const helper = all(root, 'function_statement').find((fn) => functionName(fn) === 'Get-ExtraListValues')!;
    expect(helper.text).toMatch(/Where-Object \{ \$names -notcontains \$_ \}/);
  });

  test('the logon task is registered only when Get-ScheduledTask finds none, or one for another user, logon type or action', () => {
    const register = all(root, 'function_statement').find((fn) => functionName(fn) === 'Register-CredentialTask')!;
    expect(register.text).toMatch(
      /\$task = Get-ScheduledTask -TaskName \$taskName -ErrorAction SilentlyContinue\n\s+if \(\$null -ne \$task -and \$task\.Principal\.UserId -eq \$UserName -and \[string\]\$task\.Principal\.LogonType -eq 'Interactive' -and @\(\$task\.Actions\)\[0\]\.Arguments -ceq \$arguments\)/,
    );
  });

  test('the early returns of the registry writer compare the value read from the registry', () => {
    const writer = all(root, 'function_statement').find((fn) => functionName(fn) === 'Set-HardeningRegistryValue')!;
    // The value compared is the one read just before, not a constant.
    expect(writer.text).toMatch(
      /\$current = Get-RegistryData \$Key \$Name\n\s+if \(\$null -ne \$current -and \[string\]\$current -ceq \[string\]\$Value\)/,
    );
  });
});
