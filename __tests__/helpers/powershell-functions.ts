import { Node } from 'web-tree-sitter';
import { CommandCall, evaluate, findCommands, LiteralValue } from '../../lib/policy/script-analysis';

/** A script's functions by lower-case name: the function node and the calls inside it, in source order. */
export interface ScriptFunction {
  readonly name: string;
  readonly node: Node;
  readonly calls: readonly CommandCall[];
}

export function scriptFunctions(root: Node): Map<string, ScriptFunction> {
  const functions = new Map<string, ScriptFunction>();
  for (const node of root.descendantsOfType('function_statement')) {
    const name = node?.namedChildren.find((c) => c?.type === 'function_name')?.text;
    if (!node || !name) continue;
    functions.set(name.toLowerCase(), { name, node, calls: findCommands(node) });
  }
  return functions;
}

/** Names (lower case) of the functions `entry` calls, directly or through other functions of the script. */
export function reachableFunctions(functions: ReadonlyMap<string, ScriptFunction>, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    const key = name.toLowerCase();
    if (seen.has(key) || !functions.has(key)) return;
    seen.add(key);
    for (const call of functions.get(key)!.calls) visit(call.name);
  };
  visit(entry);
  return seen;
}

/** The names a function calls directly, lower case. */
export function directCalls(fn: ScriptFunction): string[] {
  return fn.calls.map((c) => c.name.toLowerCase());
}

/** `$Name = <literal>` statements outside any function, evaluated where the parser can vouch for the value. */
export function topLevelAssignments(root: Node): Map<string, LiteralValue> {
  const values = new Map<string, LiteralValue>();
  for (const node of root.descendantsOfType('assignment_expression')) {
    if (!node || insideFunction(node)) continue;
    const left = node.namedChildren.find((c) => c?.type === 'left_assignment_expression');
    const value = node.childForFieldName('value');
    if (left && value) values.set(left.text, evaluate(value));
  }
  return values;
}

function insideFunction(node: Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.type === 'function_statement') return true;
  return false;
}

/** Every single-quoted string literal in the script, unquoted. */
export function verbatimStrings(root: Node): string[] {
  return root.descendantsOfType('verbatim_string_characters').flatMap((n) => {
    const value = n ? evaluate(n) : undefined;
    return typeof value === 'string' ? [value] : [];
  });
}

/** The function that contains a node, lower case, or undefined at the top level. */
export function enclosingFunction(node: Node): string | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'function_statement') {
      return parent.namedChildren.find((c) => c?.type === 'function_name')?.text.toLowerCase();
    }
  }
  return undefined;
}

/** The literal `kind` of each `Add-Change @{ kind = '...'; ... }` in a function. */
export function journaledKinds(fn: ScriptFunction): string[] {
  return fn.calls
    .filter((c) => c.name.toLowerCase() === 'add-change')
    .flatMap((c) => c.node.descendantsOfType('hash_entry'))
    .flatMap((entry) => {
      const key = entry?.namedChildren.find((c) => c?.type === 'key_expression')?.text;
      const value = entry?.namedChildren.find((c) => c?.type === 'pipeline');
      const literal = value ? evaluate(value) : undefined;
      return key?.toLowerCase() === 'kind' && typeof literal === 'string' ? [literal] : [];
    });
}

/** The clauses of the first `switch` in a function: each literal condition and the commands its block calls. */
export function switchClauses(fn: ScriptFunction): Map<string, string[]> {
  const clauses = new Map<string, string[]>();
  const switchNode = fn.node.descendantsOfType('switch_statement')[0];
  for (const clause of switchNode?.descendantsOfType('switch_clause') ?? []) {
    const condition = clause?.namedChildren.find((c) => c?.type === 'switch_clause_condition');
    const block = clause?.namedChildren.find((c) => c?.type === 'statement_block');
    const literal = condition?.namedChildren[0] ? evaluate(condition.namedChildren[0]) : undefined;
    if (typeof literal === 'string' && block)
      clauses.set(
        literal,
        findCommands(block).map((c) => c.name.toLowerCase()),
      );
  }
  return clauses;
}
