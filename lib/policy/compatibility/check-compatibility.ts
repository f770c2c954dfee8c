import { Node } from 'web-tree-sitter';
import { commandName } from '../script-analysis/commands';
import { PowerShellParser } from '../script-analysis/powershell-parser';
import { commandInventory, LOWEST_SUPPORTED_VERSION, WindowsPowerShellVersion } from './inventories';
import { NEWER_SYNTAX, newerSyntaxIn } from './newer-syntax';
import { hasStaticMember, isConstructible, resolveTypeName } from './type-names';

/**
 * What a finding is about: a command or parameter not in the version (a), a .NET type, static member or
 * constructor not in .NET Framework 4.5 (b), syntax newer than the version (c), text the parser cannot read, or a
 * command the inventories do not know (a note: a program on the PATH or a function from a module may be fine).
 */
export type CompatibilityFindingKind =
  'command' | 'parameter' | 'type' | 'static-member' | 'constructor' | 'syntax' | 'parse-error' | 'unknown-command';

export interface CompatibilityFinding {
  readonly kind: CompatibilityFindingKind;
  /** `violation`: will fail on the version; `note`: the check cannot tell. */
  readonly severity: 'violation' | 'note';
  /** 1-based, of the offending text. */
  readonly line: number;
  readonly column: number;
  /** The offending text, at most 60 characters. */
  readonly text: string;
  readonly message: string;
}

const NODE_TYPES = [
  'command',
  'function_statement',
  'type_spec',
  'member_access',
  'invokation_expression',
  'class_statement',
  'enum_statement',
  'pipeline_chain_tail',
];

export interface CompatibilityOptions {
  /** @default '4.0', the lowest version the README claims */
  readonly version?: WindowsPowerShellVersion;
}

/**
 * Checks a PowerShell script against Windows PowerShell `version` (4.0 by default) and .NET Framework 4.5, from
 * Microsoft's own inventories (lib/policy/compatibility/inventory, docs/compatibility.md). Findings in source order.
 */
export function checkCompatibility(
  parser: PowerShellParser,
  script: string,
  options: CompatibilityOptions = {},
): CompatibilityFinding[] {
  const { tree, root } = parser.parse(script);
  try {
    return findingsIn(root, script, options.version ?? LOWEST_SUPPORTED_VERSION);
  } finally {
    // The tree lives in the parser's WebAssembly memory until deleted; only strings leave here.
    tree.delete();
  }
}

function findingsIn(root: Node, script: string, version: WindowsPowerShellVersion): CompatibilityFinding[] {
  // One walk of the tree for every node kind the checks read: each walk costs about as much as a tenth of a parse.
  const nodes = new Map<string, Node[]>();
  for (const node of root.descendantsOfType(NODE_TYPES)) {
    if (node) nodes.set(node.type, [...(nodes.get(node.type) ?? []), node]);
  }
  const of = (type: string) => nodes.get(type) ?? [];
  const findings: CompatibilityFinding[] = [...newerSyntaxIn(root, script, of)];
  const functions = new Set(
    of('function_statement').flatMap((fn) => {
      const name = fn.namedChildren.find((c) => c?.type === 'function_name')?.text;
      return name ? [name.toLowerCase()] : [];
    }),
  );
  const loadsTypes = /\bAdd-Type\b|\[(?:System\.)?Reflection\.Assembly\]::Load/i.test(script);
  for (const command of of('command')) findings.push(...checkCommand(command, version, functions, loadsTypes));
  for (const typeSpec of of('type_spec')) {
    if (typeSpec.parent?.type === 'type_literal' || typeSpec.parent?.type === 'attribute_name')
      findings.push(...checkTypeSpec(typeSpec, loadsTypes));
  }
  for (const node of [...of('member_access'), ...of('invokation_expression')])
    findings.push(...checkStaticMember(node));
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The violations only: what must be zero for a script this library generates. */
export function compatibilityViolations(findings: readonly CompatibilityFinding[]): CompatibilityFinding[] {
  return findings.filter((f) => f.severity === 'violation');
}

export function formatFinding(f: CompatibilityFinding): string {
  return `${f.line}:${f.column} ${f.severity} ${f.kind}: ${f.message}`;
}

function finding(
  node: Node,
  kind: CompatibilityFindingKind,
  message: string,
  severity: 'violation' | 'note' = 'violation',
): CompatibilityFinding {
  return {
    kind,
    severity,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    text: node.text.slice(0, 60),
    message,
  };
}

interface KnownCommand {
  readonly name: string;
  readonly parameters: readonly (readonly string[])[];
}

function checkCommand(
  node: Node,
  version: WindowsPowerShellVersion,
  functions: ReadonlySet<string>,
  loadsTypes: boolean,
): CompatibilityFinding[] {
  const written = commandName(node);
  const nameNode = node.childForFieldName('command_name') ?? node;
  // A script block, a variable, a path: nothing to look up.
  if (!/^[A-Za-z?%][\w.?%-]*(\\[\w-]+)?$/.test(written)) return [];
  const name = written.includes('\\') ? written.slice(written.indexOf('\\') + 1) : written;
  const lower = name.toLowerCase();
  if (functions.has(lower)) return [];
  if (lower === 'using') {
    return [finding(node, 'syntax', `the using statement ${NEWER_SYNTAX.using}`)];
  }
  const inventory = commandInventory();
  if (inventory.externals.names.includes(lower.replace(/\.exe$/, ''))) return [];
  const target = inventory.commandAliases[lower] ?? inventory.commandAliases[name] ?? name;
  const entryName = Object.prototype.hasOwnProperty.call(inventory.commands, target)
    ? target
    : Object.keys(inventory.commands).find((c) => c.toLowerCase() === target.toLowerCase());
  if (!entryName) {
    return [
      finding(
        nameNode,
        'unknown-command',
        `${name} is not a function of this script, a documented Windows PowerShell command of the inventory, or a known Windows program`,
        'note',
      ),
    ];
  }
  const entry = inventory.commands[entryName];
  const parameters = entry[version];
  if (!parameters) {
    const since = (['4.0', '5.1'] as const).find((v) => entry[v]);
    return [
      finding(
        nameNode,
        'command',
        `${entryName} (${entry.module}) is not in Windows PowerShell ${version}${since ? `; Microsoft documents it from ${since}` : ''}`,
      ),
    ];
  }
  const common = inventory.commandsWithoutCommonParameters[version].includes(entryName)
    ? []
    : inventory.commonParameters[version];
  const known: KnownCommand = { name: entryName, parameters: [...parameters, ...common].map((p) => p.split('|')) };
  const findings = checkParameters(node, known, version);
  if (entryName === 'New-Object') findings.push(...checkNewObject(node, loadsTypes));
  return findings;
}

/**
 * Each named parameter must be a parameter or alias of the command on the version, or a prefix of exactly one:
 * PowerShell's binder accepts an unambiguous prefix (`-Lit` for -LiteralPath) and refuses an ambiguous one.
 */
function checkParameters(node: Node, command: KnownCommand, version: string): CompatibilityFinding[] {
  const findings: CompatibilityFinding[] = [];
  for (const element of commandElements(node)) {
    if (element.type !== 'command_parameter') continue;
    const written = element.text.replace(/^-/, '').replace(/:.*$/s, '');
    if (!/^[A-Za-z_][\w]*$/.test(written)) continue;
    const lower = written.toLowerCase();
    const exact = command.parameters.some((names) => names.some((n) => n.toLowerCase() === lower));
    if (exact) continue;
    const matches = command.parameters.filter((names) => names.some((n) => n.toLowerCase().startsWith(lower)));
    if (matches.length === 1) continue;
    findings.push(
      finding(
        element,
        'parameter',
        matches.length === 0
          ? `${command.name} has no parameter -${written} in Windows PowerShell ${version}`
          : `-${written} is ambiguous for ${command.name} in Windows PowerShell ${version}: ${matches.map((m) => m[0]).join(', ')}`,
      ),
    );
  }
  return findings;
}

function commandElements(node: Node): Node[] {
  return (node.childForFieldName('command_elements')?.namedChildren ?? []).filter(
    (c): c is Node => c !== null && c.type !== 'command_argument_sep',
  );
}

/** `New-Object [-TypeName] T`: T must be a type of .NET Framework 4.5 (or PowerShell's) with a constructor. */
function checkNewObject(node: Node, loadsTypes: boolean): CompatibilityFinding[] {
  const elements = commandElements(node);
  let typeNode: Node | undefined;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (element.type === 'command_parameter') {
      const name = element.text.replace(/^-/, '').toLowerCase();
      if ('comobject'.startsWith(name) && name.length >= 2) return [];
      if ('typename'.startsWith(name)) typeNode = elements[i + 1];
      if (!['strict'].includes(name)) i++;
      continue;
    }
    typeNode ??= element;
  }
  if (!typeNode || !/^(generic_token|array_literal_expression|string_literal)$/.test(typeNode.type)) return [];
  const name = typeNode.text.replace(/^['"]|['"]$/g, '');
  if (!/^[A-Za-z_][\w.+]*$/.test(name)) return [];
  const resolved = resolveTypeName(name);
  switch (resolved.kind) {
    case 'dotnet':
      return isConstructible(resolved.type)
        ? []
        : [finding(typeNode, 'constructor', `${resolved.fullName} has no public constructor in .NET Framework 4.5`)];
    case 'powershell':
      return [];
    case 'newer-accelerator':
      return [finding(typeNode, 'type', `[${name}] is a type accelerator from Windows PowerShell 5.0`)];
    case 'unknown':
      return [unknownType(typeNode, name, loadsTypes)];
  }
}

function unknownType(node: Node, name: string, loadsTypes: boolean): CompatibilityFinding {
  return loadsTypes
    ? finding(
        node,
        'type',
        `${name} is not a type of .NET Framework 4.5 or PowerShell; the script loads types with Add-Type, so it may be one of those`,
        'note',
      )
    : finding(
        node,
        'type',
        `${name} is not a type of .NET Framework 4.5 (${'Microsoft.NETFramework.ReferenceAssemblies.net45'}) or of PowerShell`,
      );
}

/** A type_spec's names to resolve: itself (generic arity in backtick form) and each generic argument. */
function checkTypeSpec(spec: Node, loadsTypes: boolean): CompatibilityFinding[] {
  const isAttribute = spec.parent?.type === 'attribute_name';
  const inner = spec.namedChildren[0];
  if (!inner) return [];
  if (inner.type === 'generic_type_name') {
    const base = inner.namedChildren.find((c) => c?.type === 'type_name');
    const args = inner.namedChildren.find((c) => c?.type === 'generic_type_arguments');
    const specs = args?.namedChildren.filter((c): c is Node => c?.type === 'type_spec') ?? [];
    const findings = base ? checkTypeName(base, `${base.text}\`${specs.length}`, false, loadsTypes) : [];
    for (const arg of specs) findings.push(...checkTypeSpec(arg, loadsTypes));
    return findings;
  }
  const nameNode = inner.type === 'array_type_name' ? (inner.namedChildren[0] ?? inner) : inner;
  return checkTypeName(nameNode, nameNode.text, isAttribute, loadsTypes);
}

function checkTypeName(node: Node, name: string, isAttribute: boolean, loadsTypes: boolean): CompatibilityFinding[] {
  if (!/^[A-Za-z_][\w.+`]*$/.test(name)) return [];
  // [ordered] is not a type but the ordered-dictionary syntax of Windows PowerShell 3.0 (about_Hash_Tables).
  if (name.toLowerCase() === 'ordered') return [];
  const resolved = resolveTypeName(name);
  if (resolved.kind === 'unknown' && isAttribute && resolveTypeName(`${name}Attribute`).kind !== 'unknown') return [];
  if (resolved.kind === 'newer-accelerator') {
    return [finding(node, 'type', `[${name}] is a type accelerator from Windows PowerShell 5.0`)];
  }
  return resolved.kind === 'unknown' ? [unknownType(node, name, loadsTypes)] : [];
}

/** `[T]::Member` and `[T]::Method(...)`: the member must be a static member of T or its base types. */
function checkStaticMember(node: Node): CompatibilityFinding[] {
  const typeLiteral = node.namedChildren[0];
  const member = node.namedChildren.find((c) => c?.type === 'member_name');
  if (typeLiteral?.type !== 'type_literal' || !member) return [];
  const memberName = member.text;
  if (!/^[A-Za-z_]\w*$/.test(memberName)) return [];
  const spec = typeLiteral.namedChildren.find((c) => c?.type === 'type_spec');
  const inner = spec?.namedChildren[0];
  if (!spec || !inner) return [];
  let name = inner.text;
  if (inner.type === 'generic_type_name') {
    const base = inner.namedChildren.find((c) => c?.type === 'type_name');
    const args = inner.namedChildren.find((c) => c?.type === 'generic_type_arguments');
    name = `${base?.text}\`${args?.namedChildren.filter((c) => c?.type === 'type_spec').length ?? 0}`;
  }
  if (inner.type === 'array_type_name') name = 'System.Array';
  const resolved = resolveTypeName(name);
  if (memberName.toLowerCase() === 'new') {
    const findings = [finding(member, 'syntax', `[${inner.text}]::new() ${NEWER_SYNTAX.staticNew}`)];
    if (resolved.kind === 'dotnet' && !isConstructible(resolved.type)) {
      findings.push(
        finding(member, 'constructor', `${resolved.fullName} has no public constructor in .NET Framework 4.5`),
      );
    }
    return findings;
  }
  if (resolved.kind !== 'dotnet') return []; // unknown types are reported once, at the type literal
  return hasStaticMember(resolved.fullName, memberName)
    ? []
    : [
        finding(
          member,
          'static-member',
          `${resolved.fullName} has no static member ${memberName} in .NET Framework 4.5`,
        ),
      ];
}
