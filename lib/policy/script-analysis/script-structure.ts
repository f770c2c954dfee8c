import { Node } from 'web-tree-sitter';
import { findCommands } from './commands';

/** Every definition of each function the script defines, in source order, by lower-case name. */
export function functionDefinitions(root: Node): Map<string, Node[]> {
  const definitions = new Map<string, Node[]>();
  for (const fn of root.descendantsOfType('function_statement')) {
    const name = fn ? functionName(fn) : '';
    if (fn && name) definitions.set(name, [...(definitions.get(name) ?? []), fn]);
  }
  return definitions;
}

/** The names of the commands a node (a function definition, a block) invokes, lower-case. */
export function commandsCalledIn(node: Node): Set<string> {
  return new Set(findCommands(node).map((call) => call.name.toLowerCase()));
}

/** A function definition's name: lower-case, as PowerShell compares names, or as written. */
export function functionName(fn: Node, asWritten = false): string {
  const name = fn.namedChildren.find((c) => c?.type === 'function_name')?.text ?? '';
  return asWritten ? name : name.toLowerCase();
}

/** A variable's verbatim string, and the assignment that gives it. */
export interface VerbatimAssignment {
  readonly text: string;
  readonly node: Node;
}

/**
 * The text of each `$Name = @'...'@` (or `'...'`) assignment of a verbatim string, by lower-case variable
 * name without the `$`; the last assignment wins.
 */
export function verbatimStringAssignments(root: Node): Map<string, VerbatimAssignment> {
  const values = new Map<string, VerbatimAssignment>();
  for (const assignment of root.descendantsOfType('assignment_expression')) {
    if (!assignment) continue;
    const left = assignment.namedChildren[0];
    const variable = left?.descendantsOfType('variable')[0];
    const right = assignment.namedChildren[assignment.namedChildCount - 1];
    if (!variable || !right || left?.text.trim() !== variable.text) continue;
    const strings = right.descendantsOfType(['verbatim_here_string_characters', 'verbatim_string_characters']);
    // Only a right-hand side that is the string and nothing else: no concatenation, no expansion.
    if (strings.length !== 1 || !strings[0] || right.text.trim() !== strings[0].text) continue;
    values.set(variable.text.replace(/^\$/, '').toLowerCase(), { text: verbatimText(strings[0]), node: assignment });
  }
  return values;
}

function verbatimText(node: Node): string {
  if (node.type === 'verbatim_here_string_characters') {
    return node.text.replace(/^@'\r?\n/, '').replace(/\r?\n'@$/, '');
  }
  return node.text.slice(1, -1).replace(/''/g, "'");
}
