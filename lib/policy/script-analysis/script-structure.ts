import { Node } from 'web-tree-sitter';
import { CommandCall, findCommands } from './commands';

/** Each function the script defines, by lower-case name; when defined twice, the later one wins, as at run time. */
export function functionDefinitions(root: Node): Map<string, Node> {
  const definitions = new Map<string, Node>();
  for (const fn of root.descendantsOfType('function_statement')) {
    const name = fn?.namedChildren.find((c) => c?.type === 'function_name');
    if (fn && name) definitions.set(name.text.toLowerCase(), fn);
  }
  return definitions;
}

/** The names of the commands a node (a function definition, a block) invokes, lower-case. */
export function commandsCalledIn(node: Node): Set<string> {
  return new Set(findCommands(node).map((call) => call.name.toLowerCase()));
}

/** The function definition a node sits in, if any. */
export function enclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_statement') return current;
  }
  return undefined;
}

function functionName(fn: Node): string {
  return fn.namedChildren.find((c) => c?.type === 'function_name')?.text.toLowerCase() ?? '';
}

function contains(outer: Node, inner: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/**
 * Whether a statement runs when the script runs, as far as definitions and calls show: it is at the top
 * level, or inside a function that a running statement elsewhere calls. Conditions are not evaluated.
 * `calls` is every command of the script (`findCommands(root)`).
 */
export function isReachable(calls: readonly CommandCall[], node: Node, seen: Set<number> = new Set()): boolean {
  const fn = enclosingFunction(node);
  if (!fn) return true;
  if (seen.has(fn.id)) return false;
  seen.add(fn.id);
  const name = functionName(fn);
  return calls.some(
    (call) => call.name.toLowerCase() === name && !contains(fn, call.node) && isReachable(calls, call.node, seen),
  );
}

/**
 * The text of each `$Name = @'...'@` (or `'...'`) assignment of a verbatim string, by lower-case variable
 * name without the `$`; the last assignment wins.
 */
export function verbatimStringAssignments(root: Node): Map<string, string> {
  const values = new Map<string, string>();
  for (const assignment of root.descendantsOfType('assignment_expression')) {
    if (!assignment) continue;
    const left = assignment.namedChildren[0];
    const variable = left?.descendantsOfType('variable')[0];
    const right = assignment.namedChildren[assignment.namedChildCount - 1];
    if (!variable || !right || left?.text.trim() !== variable.text) continue;
    const strings = right.descendantsOfType(['verbatim_here_string_characters', 'verbatim_string_characters']);
    // Only a right-hand side that is the string and nothing else: no concatenation, no expansion.
    if (strings.length !== 1 || !strings[0] || right.text.trim() !== strings[0].text) continue;
    values.set(variable.text.replace(/^\$/, '').toLowerCase(), verbatimText(strings[0]));
  }
  return values;
}

function verbatimText(node: Node): string {
  if (node.type === 'verbatim_here_string_characters') {
    return node.text.replace(/^@'\r?\n/, '').replace(/\r?\n'@$/, '');
  }
  return node.text.slice(1, -1).replace(/''/g, "'");
}
