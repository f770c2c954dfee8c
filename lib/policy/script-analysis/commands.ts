import { Node } from 'web-tree-sitter';
import { unquotePowerShellVerbatim } from '../../powershell/quote';

/** A value read from the parse tree: a literal the parser can vouch for, or `dynamic`. */
export type LiteralValue = string | number | readonly LiteralValue[] | { readonly dynamic: string };

export function isDynamic(value: LiteralValue | undefined): value is { readonly dynamic: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One command invocation with its arguments as PowerShell binds them by name or position. */
export interface CommandCall {
  /** As written, e.g. `Set-ItemProperty` or `gpupdate.exe`. */
  readonly name: string;
  /** Named parameters, lower-case without the dash; a switch without a value is `true`. */
  readonly named: ReadonlyMap<string, LiteralValue | true>;
  readonly positional: readonly LiteralValue[];
  /** Script-block arguments, for commands that take a body. */
  readonly blocks: readonly Node[];
  readonly node: Node;
}

/** Every command invocation under `root`, in source order. */
export function findCommands(root: Node): CommandCall[] {
  return root.descendantsOfType('command').flatMap((node) => (node ? [readCommand(node)] : []));
}

/** A command's name as written, without reading its arguments. */
export function commandName(node: Node): string {
  const nameNode = node.childForFieldName('command_name');
  return nameNode ? literalText(nameNode) : '';
}

export function readCommand(node: Node): CommandCall {
  const name = commandName(node);
  const named = new Map<string, LiteralValue | true>();
  const positional: LiteralValue[] = [];
  const blocks: Node[] = [];
  const elements = (node.childForFieldName('command_elements')?.namedChildren ?? []).filter(
    (child): child is Node => child !== null && child.type !== 'command_argument_sep',
  );
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (element.type === 'command_parameter') {
      const text = element.text.replace(/^-/, '');
      // `-Name:value` binds in one token; otherwise the next element is the value unless it is a parameter.
      const colon = text.indexOf(':');
      if (colon >= 0) {
        named.set(text.slice(0, colon).toLowerCase(), { dynamic: text.slice(colon + 1) });
        continue;
      }
      const next = elements[i + 1];
      if (next && next.type !== 'command_parameter') {
        named.set(text.toLowerCase(), evaluate(next));
        i++;
      } else {
        named.set(text.toLowerCase(), true);
      }
      continue;
    }
    const block = scriptBlockOf(element);
    if (block) blocks.push(block);
    positional.push(evaluate(element));
  }
  return { name, named, positional, blocks, node };
}

/** The literal an argument node stands for, when it is one. */
export function evaluate(node: Node): LiteralValue {
  const inner = unwrap(node);
  switch (inner.type) {
    case 'string_literal':
      return evaluate(inner.namedChildren[0] ?? inner);
    case 'verbatim_string_characters':
      return unquotePowerShellVerbatim(inner.text);
    case 'expandable_string_literal':
      // Only double-quoted text with nothing to expand or escape is a literal.
      return /^"[^"$`]*"$/.test(inner.text) ? inner.text.slice(1, -1) : { dynamic: inner.text };
    case 'integer_literal':
    case 'decimal_integer_literal':
      return Number(inner.text);
    case 'generic_token':
    case 'command_name':
      return inner.text;
    case 'array_expression': {
      const statements = inner.childForFieldName('statements');
      if (!statements) return [];
      const values = statements.namedChildren.filter((c): c is Node => c !== null).map(evaluate);
      return values.length === 1 && Array.isArray(values[0]) ? values[0] : values;
    }
    case 'array_literal_expression': {
      const items = inner.namedChildren.filter((c): c is Node => c !== null).map(evaluate);
      return items.length === 1 ? items[0] : items;
    }
    default:
      return { dynamic: inner.text };
  }
}

/** Strips the single-child wrappers the grammar puts around every expression. */
export function unwrap(node: Node): Node {
  let current = node;
  const wrappers = new Set([
    'pipeline',
    'pipeline_chain',
    'logical_expression',
    'bitwise_expression',
    'comparison_expression',
    'additive_expression',
    'multiplicative_expression',
    'format_expression',
    'range_expression',
    'unary_expression',
    'statement_list',
  ]);
  while (wrappers.has(current.type) && current.namedChildCount === 1 && current.namedChildren[0]) {
    current = current.namedChildren[0];
  }
  if (current.type === 'array_literal_expression' && current.namedChildCount === 1 && current.namedChildren[0]) {
    return unwrap(current.namedChildren[0]);
  }
  return current;
}

function scriptBlockOf(node: Node): Node | undefined {
  const inner = unwrap(node);
  if (inner.type !== 'script_block_expression') return undefined;
  return inner.namedChildren.find((c): c is Node => c !== null && c.type === 'script_block');
}

/**
 * A command name as PowerShell looks it up: `& 'Stop-All'` and `. "Stop-All"` run the function Stop-All. A
 * quoted name with something to expand or escape keeps its quotes, so it names no function.
 */
function literalText(node: Node): string {
  const inner = node.type === 'command_name_expr' ? (node.namedChildren[0] ?? node) : node;
  return staticString(inner) ?? inner.text;
}

/** The text of a string literal that needs nothing evaluated at run time; undefined for anything else. */
export function staticString(node: Node): string | undefined {
  if (node.type !== 'string_literal') return undefined;
  const value = evaluate(node);
  return typeof value === 'string' ? value : undefined;
}
