import { Node } from 'web-tree-sitter';

export type FlowKeyword = 'exit' | 'return' | 'throw' | 'break' | 'continue';

const FLOW_KEYWORDS: ReadonlySet<string> = new Set<FlowKeyword>(['exit', 'return', 'throw', 'break', 'continue']);
const LOOPS = new Set(['foreach_statement', 'for_statement', 'while_statement', 'do_statement', 'switch_statement']);

/** A flow-control statement that can keep the statements after the one it sits in from running. */
export interface Stop {
  readonly node: Node;
  readonly keyword: FlowKeyword;
  /** The statement is the flow-control statement itself: nothing after it in its list runs. */
  readonly certain: boolean;
}

/** The keyword of a `flow_control_statement`, or undefined for any other node. */
export function flowKeyword(node: Node): FlowKeyword | undefined {
  if (node.type !== 'flow_control_statement') return undefined;
  const keyword = node.child(0)?.type.toLowerCase();
  return keyword !== undefined && FLOW_KEYWORDS.has(keyword) ? (keyword as FlowKeyword) : undefined;
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

/**
 * The flow-control statements that can end the statement list `statement` is in: the statement itself
 * when it is one (certain), or one nested in it that leaves it: `exit` always, `return` unless a script
 * block of its own takes it, `break` and `continue` unless a loop or switch of its own does. A nested
 * `throw` is how a script reports a failure, as is any command failing under `$ErrorActionPreference =
 * 'Stop'`: neither is modelled. Function definitions and `trap` handlers inside run nothing here.
 */
export function stopsIn(statement: Node): Stop[] {
  const own = flowKeyword(statement);
  if (own) return [{ node: statement, keyword: own, certain: true }];
  return statement.descendantsOfType('flow_control_statement').flatMap((node) => {
    const keyword = node ? flowKeyword(node) : undefined;
    if (!node || !keyword || keyword === 'throw' || !leaves(node, keyword, statement)) return [];
    return [{ node, keyword, certain: false }];
  });
}

function leaves(flow: Node, keyword: FlowKeyword, statement: Node): boolean {
  for (let node: Node | null = flow.parent; node; node = node.parent) {
    if (node.type === 'function_statement' || node.type === 'trap_statement') return false;
    if (keyword === 'return' && node.type === 'script_block') return false;
    if ((keyword === 'break' || keyword === 'continue') && LOOPS.has(node.type)) return false;
    if (node.id === statement.id) return true;
  }
  return true;
}

const RUN_TIME_CODE_COMMANDS = new Set(['invoke-expression', 'iex']);
const RUN_TIME_CODE_METHODS = /^invoke(returnasis|script|withcontext)?$/i;

/**
 * Where `node` runs code this reader cannot see: Invoke-Expression, `&` or `.` applied to a variable or an
 * expression rather than a command name or a literal script block, and a script block's Invoke methods.
 * `&` on one of `parameters` (lower-case, without `$`) is left out: the caller's argument is what runs.
 * Function definitions inside run nothing here.
 */
export function runTimeCodeIn(node: Node, parameters: ReadonlySet<string> = new Set()): Node[] {
  const found: Node[] = [];
  for (const command of node.descendantsOfType('command')) {
    if (!command || insideDefinition(command, node)) continue;
    const name = command.childForFieldName('command_name');
    if (name && RUN_TIME_CODE_COMMANDS.has(name.text.toLowerCase())) found.push(command);
    if (!command.namedChildren.some((c) => c?.type === 'command_invokation_operator') || !name) continue;
    const target = name.type === 'command_name_expr' ? name.namedChildren[0] : name;
    if (!target || target.type === 'command_name' || target.type === 'script_block_expression') continue;
    const variable = target.type === 'path_command_name' ? target.namedChildren[0] : undefined;
    if (variable?.type === 'variable' && variable.text === target.text) {
      if (parameters.has(variable.text.replace(/^\$/, '').toLowerCase())) continue;
    }
    // A quoted path names a program or script file: it runs in its own scope.
    if (target.type === 'string_literal') continue;
    found.push(command);
  }
  for (const member of node.descendantsOfType('member_name')) {
    if (member && RUN_TIME_CODE_METHODS.test(member.text) && !insideDefinition(member, node)) {
      if (member.nextNamedSibling?.type === 'argument_list') found.push(member.parent ?? member);
    }
  }
  return found.sort((a, b) => a.startIndex - b.startIndex);
}

/** The lower-case names, without `$`, of a function's parameters, declared either way. */
export function parameterNames(fn: Node): Set<string> {
  const names = new Set<string>();
  for (const parameter of fn.descendantsOfType('script_parameter')) {
    const variable = parameter?.namedChildren.find((c) => c?.type === 'variable');
    if (parameter && variable && !insideDefinition(parameter, fn)) {
      names.add(variable.text.replace(/^\$/, '').toLowerCase());
    }
  }
  return names;
}

/** Whether `node` sits in a function defined inside `scope` (not `scope` itself). */
export function insideDefinition(node: Node, scope: Node): boolean {
  for (let current = node.parent; current && current.id !== scope.id; current = current.parent) {
    if (current.type === 'function_statement') return true;
  }
  return false;
}
