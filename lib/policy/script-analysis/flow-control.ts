import { Node } from 'web-tree-sitter';
import { staticString, unwrap } from './commands';

export type FlowKeyword = 'exit' | 'return' | 'throw' | 'break' | 'continue';

const FLOW_KEYWORDS: ReadonlySet<string> = new Set<FlowKeyword>(['exit', 'return', 'throw', 'break', 'continue']);
const LOOPS = new Set(['foreach_statement', 'for_statement', 'while_statement', 'do_statement', 'switch_statement']);

/** A flow-control statement, or a call that ends the process, that can keep the statements after it from running. */
export interface Stop {
  readonly node: Node;
  /** What it does: `[Environment]::Exit(...)` acts as `exit`. */
  readonly keyword: FlowKeyword;
  /** As the reader sees it: the keyword, or the call as written up to its arguments. */
  readonly shown: string;
}

/** The keyword of a `flow_control_statement`, or undefined for any other node. */
export function flowKeyword(node: Node): FlowKeyword | undefined {
  if (node.type !== 'flow_control_statement') return undefined;
  const keyword = node.child(0)?.type.toLowerCase();
  return keyword !== undefined && FLOW_KEYWORDS.has(keyword) ? (keyword as FlowKeyword) : undefined;
}

/**
 * What ends the statement list a statement is in every time it runs: a flow-control statement, or a statement
 * that is a call of `[Environment]::Exit` and nothing else.
 */
export function statementStop(statement: Node): Stop | undefined {
  const keyword = flowKeyword(statement);
  if (keyword) return { node: statement, keyword, shown: keyword };
  const inner = unwrap(statement);
  if (inner.type !== 'invokation_expression') return undefined;
  const member = inner.namedChildren.find((c) => c?.type === 'member_name');
  return member ? processExitOf(member) : undefined;
}

/** The statements of a statement list, without comments and empty statements. */
export function statementsOf(list: Node): Node[] {
  return list.namedChildren.filter(
    (child): child is Node => child !== null && child.type !== 'comment' && child.type !== 'empty_statement',
  );
}

/**
 * The statements of a function's body, in order; a body in named blocks (`begin`, `process`, `end`) gives
 * theirs one after the other.
 */
export function bodyStatements(fn: Node): Node[] {
  const block = fn.namedChildren.find((c) => c?.type === 'script_block');
  const body = block?.namedChildren.find((c) => c?.type === 'script_block_body');
  if (!body) return [];
  return body.namedChildren.flatMap((child) => {
    if (child?.type === 'statement_list') return statementsOf(child);
    if (child?.type !== 'named_block_list') return [];
    return child.namedChildren.flatMap((named) => {
      const list = named?.namedChildren.find((c) => c?.type === 'statement_block')?.namedChildren[0];
      return list?.type === 'statement_list' ? statementsOf(list) : [];
    });
  });
}

/** The nodes of a subtree that the readers below look at, collected in one walk of the tree. */
export interface FlowNodes {
  readonly flows: readonly Node[];
  readonly commands: readonly Node[];
  readonly members: readonly Node[];
  readonly parameters: readonly Node[];
}

/** The nodes of `node` the readers below look at, without those of functions defined inside it: they run nothing here. */
export function flowNodesOf(node: Node): FlowNodes {
  const found = node.descendantsOfType([
    'flow_control_statement',
    'command',
    'member_name',
    'script_parameter',
    'function_statement',
  ]);
  const definitions = found.filter((n): n is Node => n?.type === 'function_statement' && n.id !== node.id);
  const kept = found.filter(
    (n): n is Node =>
      n !== null &&
      n.type !== 'function_statement' &&
      !definitions.some((d) => n.startIndex >= d.startIndex && n.endIndex <= d.endIndex),
  );
  const ofType = (type: string) => kept.filter((n) => n.type === type);
  return {
    flows: ofType('flow_control_statement'),
    commands: ofType('command'),
    members: ofType('member_name'),
    parameters: ofType('script_parameter'),
  };
}

/**
 * The flow-control statements nested in `statement` that can end the statement list it is in (a statement
 * that is itself one is the caller's to see): `exit` and `[Environment]::Exit` always, `return` unless a
 * script block of its own takes it, `break` and `continue` unless a loop or switch of its own does. A nested
 * `throw` is how a script reports a failure, as is any command failing under `$ErrorActionPreference =
 * 'Stop'`: neither is modelled. Function definitions and `trap` handlers inside run nothing here.
 */
export function stopsIn(statement: Node, nodes: FlowNodes = flowNodesOf(statement)): Stop[] {
  if (statement.type === 'function_statement') return [];
  const flows = nodes.flows.flatMap((node) => {
    const keyword = flowKeyword(node);
    if (!keyword || keyword === 'throw' || !leaves(node, keyword, statement)) return [];
    return [{ node, keyword, shown: keyword }];
  });
  return inSourceOrder([...flows, ...processExitsIn(nodes, statement)]);
}

/**
 * The flow-control statements of a function that stop whoever calls it: `exit` or `[Environment]::Exit`
 * anywhere, a `throw`, `break` or `continue` that is a statement of its body, and a `break` or `continue`
 * outside any loop of its own (PowerShell looks for the loop up the call stack, and stops the script when
 * there is none).
 */
export function callerStopsIn(fn: Node, nodes: FlowNodes = flowNodesOf(fn)): Stop[] {
  const body = new Set(bodyStatements(fn).map((s) => s.id));
  const flows = nodes.flows.flatMap((node) => {
    const keyword = flowKeyword(node);
    if (!keyword || keyword === 'return') return [];
    // A nested throw is how a function reports a failure its caller handles; one in the body always throws.
    if (keyword === 'throw' && !body.has(node.id)) return [];
    return leaves(node, keyword, fn) ? [{ node, keyword, shown: keyword }] : [];
  });
  return inSourceOrder([...flows, ...processExitsIn(nodes, fn)]);
}

/** The calls of `[Environment]::Exit` among `nodes` that take the run out of `boundary`, as `exit` does. */
function processExitsIn(nodes: FlowNodes, boundary: Node): Stop[] {
  return nodes.members.flatMap((member) => {
    const stop = processExitOf(member);
    return stop && leaves(stop.node, 'exit', boundary) ? [stop] : [];
  });
}

const PROCESS_TYPES: ReadonlySet<string> = new Set(['environment']);
const SCRIPT_BLOCK_TYPES: ReadonlySet<string> = new Set(['scriptblock', 'management.automation.scriptblock']);

/** `[Environment]::Exit(...)` (or `[System.Environment]`, any case), which ends the process like `exit`. */
function processExitOf(member: Node): Stop | undefined {
  if (!isMethodCall(member) || methodName(member)?.toLowerCase() !== 'exit') return undefined;
  const type = member.previousNamedSibling;
  if (!type || !isTypeLiteralOf(type, PROCESS_TYPES)) return undefined;
  const call = member.parent ?? member;
  return { node: call, keyword: 'exit', shown: `${type.text}::${member.text}` };
}

function isMethodCall(member: Node): boolean {
  return member.nextNamedSibling?.type === 'argument_list';
}

/** A member's name as written without quotes; undefined when it is computed (`$x.$name()`). */
function methodName(member: Node): string | undefined {
  const name = member.namedChildren[0];
  if (!name || name.type === 'simple_name') return member.text;
  return staticString(name);
}

/** Whether a node is `[Type]` for one of `types` (lower-case, without `System.`, which PowerShell adds when needed). */
function isTypeLiteralOf(node: Node, types: ReadonlySet<string>): boolean {
  if (node.type !== 'type_literal') return false;
  return types.has(
    node.text
      .replace(/[[\]\s]/g, '')
      .toLowerCase()
      .replace(/^system\./, ''),
  );
}

function inSourceOrder(stops: Stop[]): Stop[] {
  return stops.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** Whether a flow-control statement inside `boundary` takes the run out of it. */
function leaves(flow: Node, keyword: FlowKeyword, boundary: Node): boolean {
  for (let node: Node | null = flow.parent; node; node = node.parent) {
    // The boundary may itself be the loop or trap that keeps it; a function boundary is what it leaves.
    const atBoundary = node.id === boundary.id;
    if (node.type === 'trap_statement' || (node.type === 'function_statement' && !atBoundary)) return false;
    if (keyword === 'return' && node.type === 'script_block') return false;
    if ((keyword === 'break' || keyword === 'continue') && LOOPS.has(node.type)) return false;
    if (atBoundary) return true;
  }
  return true;
}

// An alias can point any name at an exiting function, and Add-Type compiles code that can end the process.
const RUN_TIME_CODE_COMMANDS = new Set([
  'invoke-expression',
  'iex',
  'set-alias',
  'sal',
  'new-alias',
  'nal',
  'add-type',
]);
const RUN_TIME_CODE_METHODS = /^(invoke(returnasis|script|withcontext)?|newscriptblock)$/i;

/**
 * Where `node` runs code this reader cannot see: Invoke-Expression; `&` or `.` applied to a variable, an
 * expression or a string with something to expand, rather than a command name, a plain quoted name or a
 * literal script block; a script block's Invoke methods; a script block made from a string
 * (`[scriptblock]::Create`, `$ExecutionContext.InvokeCommand.NewScriptBlock`), whatever then runs it; and a
 * method whose name is computed. `&` on one of `parameters` (lower-case, without `$`) is left out: the
 * caller's argument is what runs. Function definitions inside run nothing here.
 */
export function runTimeCodeIn(
  node: Node,
  parameters: ReadonlySet<string> = new Set(),
  nodes: FlowNodes = flowNodesOf(node),
): Node[] {
  const found: Node[] = [];
  for (const command of nodes.commands) {
    const name = command.childForFieldName('command_name');
    if (name && RUN_TIME_CODE_COMMANDS.has(name.text.toLowerCase())) found.push(command);
    if (!command.namedChildren.some((c) => c?.type === 'command_invokation_operator') || !name) continue;
    const target = name.type === 'command_name_expr' ? name.namedChildren[0] : name;
    if (!target || target.type === 'command_name' || target.type === 'script_block_expression') continue;
    const variable = target.type === 'path_command_name' ? target.namedChildren[0] : undefined;
    if (variable?.type === 'variable' && variable.text === target.text) {
      if (parameters.has(variable.text.replace(/^\$/, '').toLowerCase())) continue;
    }
    // A plain quoted name is a command name (a function's too); a program or script file runs in its own scope.
    if (staticString(target) !== undefined) continue;
    found.push(command);
  }
  for (const member of nodes.members) {
    if (!isMethodCall(member)) continue;
    const name = methodName(member);
    const creates = name?.toLowerCase() === 'create' && member.previousNamedSibling;
    if (
      name === undefined ||
      RUN_TIME_CODE_METHODS.test(name) ||
      (creates && isTypeLiteralOf(creates, SCRIPT_BLOCK_TYPES))
    ) {
      found.push(member.parent ?? member);
    }
  }
  return found.sort((a, b) => a.startIndex - b.startIndex);
}

/** The lower-case names, without `$`, of a function's parameters, declared either way. */
export function parameterNames(fn: Node, nodes: FlowNodes = flowNodesOf(fn)): Set<string> {
  const names = new Set<string>();
  for (const parameter of nodes.parameters) {
    const variable = parameter.namedChildren.find((c) => c?.type === 'variable');
    if (variable) names.add(variable.text.replace(/^\$/, '').toLowerCase());
  }
  return names;
}
