import { Node } from 'web-tree-sitter';
import { commandName, readCommand } from './commands';
import { callerStopsIn, flowNodesOf, parameterNames, runTimeCodeIn, statementStop, stopsIn } from './flow-control';
import { functionDefinitions, functionName } from './script-structure';

/** Something that keeps a statement from running, or may. */
export interface Obstacle {
  /** `never`: the statement cannot run; `maybe`: whether it runs depends on what this reader does not evaluate. */
  readonly certainty: 'never' | 'maybe';
  /** Says what, where, and how, with the statement it keeps from running as "it". */
  readonly reason: string;
}

export interface Reach {
  /** Empty when the statement runs every time the script (or the `until` statement) runs. */
  readonly obstacles: readonly Obstacle[];
  /** The top-level statement of the script through which it runs; undefined when nothing leads there. */
  readonly root?: Node;
}

/** How a function called before a statement can stop the script, so that the statement never runs. */
export interface CallerStop {
  /** The `exit`, `throw`, `break` or `continue`, the `[Environment]::Exit` call, or the code built at run time. */
  readonly node: Node;
  readonly what: string;
}

export interface ReachabilityOptions {
  /** Commands (lower-case) whose script-block argument runs where they are called, once: `invoke-hardeningsetting`. */
  readonly blockRunners: ReadonlySet<string>;
}

/**
 * Reads whether a statement runs whenever the script runs, by following one straight line to it: from the
 * script's top level, through a `try` block, a call of the function it sits in, or the script-block argument
 * of a block runner. Each step must be a statement of its own (not inside an `if`, `switch`, loop, `catch` or
 * any other script block), and no statement before it may stop the line: a flow-control statement (`exit`,
 * `return`, `throw`, `break`, `continue`) or `[Environment]::Exit`, one nested that leaves it, a call of a
 * script function that can stop the script (by its name, quoted or not), or code built at run time.
 * Conditions are not evaluated, so a statement inside any `if` is an obstacle, even `if ($true)`. A failing
 * command is not modelled: the scripts stop on the first error by design, and report it.
 */
export class ScriptReachability {
  private readonly definitions: ReadonlyMap<string, Node[]>;
  private readonly calls: ReadonlyArray<{ readonly name: string; readonly node: Node }>;
  private readonly callerStops = new Map<number, CallerStop | null>();
  /** By statement: every block's line passes the same statements on its way to the top. */
  private readonly before = new Map<number, readonly Obstacle[]>();

  public constructor(
    private readonly root: Node,
    private readonly options: ReachabilityOptions,
  ) {
    this.definitions = functionDefinitions(root);
    // Every call, those in function bodies too: a function called from another runs when that one does.
    this.calls = root
      .descendantsOfType('command')
      .flatMap((node) => (node ? [{ name: commandName(node).toLowerCase(), node }] : []));
  }

  /** Every definition of a function, in source order, by lower-case name. */
  public definitionsOf(name: string): readonly Node[] {
    return this.definitions.get(name.toLowerCase()) ?? [];
  }

  /** Whether `node` is a statement of the script's top level. */
  public isTopLevel(node: Node): boolean {
    return node.parent?.type === 'statement_list' && node.parent.parent?.id === this.root.id;
  }

  /** What may keep `node` from running when the script runs, or, with `until`, when that statement runs. */
  public reach(node: Node, until?: Node): Reach {
    return this.climb(node, until, new Set());
  }

  /**
   * How a call of `fn` can stop the script: `exit` anywhere in it, a `throw`, `break` or `continue` that is a
   * statement of its body or leaves it, code built at run time (other than running a script-block parameter),
   * or a call of a script function that can. Undefined when none of those.
   */
  public callerStop(fn: Node): CallerStop | undefined {
    const known = this.callerStops.get(fn.id);
    if (known !== undefined) return known ?? undefined;
    this.callerStops.set(fn.id, null); // a recursive call adds nothing
    const where = (node: Node) => `at line ${lineOf(node)} in ${functionName(fn, true)}`;
    const nodes = flowNodesOf(fn);
    const stop = callerStopsIn(fn, nodes)[0];
    const code = stop ? undefined : runTimeCodeIn(fn, parameterNames(fn, nodes), nodes)[0];
    const found: CallerStop | undefined = stop
      ? { node: stop.node, what: `\`${stop.shown}\` ${where(stop.node)}` }
      : code
        ? { node: code, what: `code built at run time ${where(code)}` }
        : this.stoppingCallIn(nodes.commands)?.stop;
    this.callerStops.set(fn.id, found ?? null);
    return found;
  }

  private climb(node: Node, until: Node | undefined, seen: Set<number>): Reach {
    const obstacles: Obstacle[] = [];
    let current = node;
    // Once a construct that may not run it is reported, the rest of that statement adds nothing.
    let reported = false;
    for (;;) {
      if (until && current.id === until.id) return { obstacles };
      const { statement, nestedIn } = this.statementOf(current);
      const list = statement.parent;
      if (!list) return { obstacles };
      if (nestedIn && !reported) obstacles.push(nested(nestedIn, describeScope(list)));
      reported = false;
      obstacles.push(...this.obstaclesBefore(statement, list));

      const owner = list.parent;
      if (!owner || owner.id === this.root.id) return { obstacles, root: statement };
      const block = owner.type === 'statement_block' ? owner : undefined;
      const holder = block?.parent;
      if (block && holder?.type === 'try_statement' && holder.namedChildren[0]?.id === block.id) {
        current = holder;
        continue;
      }
      const scriptBlock = scriptBlockOwning(list);
      if (scriptBlock?.parent?.type === 'function_statement') {
        const next = this.throughCallers(scriptBlock.parent, seen);
        return { obstacles: [...obstacles, ...next.obstacles], root: next.root };
      }
      const runner = scriptBlock && this.runnerOf(scriptBlock);
      if (runner) {
        current = runner;
        continue;
      }
      // A branch, a loop, a catch or finally block, a script block nobody here runs.
      const construct = scriptBlock?.parent ?? holder ?? owner;
      const outer = this.statementOf(construct).statement;
      obstacles.push(nested(construct, describeScope(outer.parent ?? outer)));
      current = outer;
      reported = true;
    }
  }

  /** The statement of a list that holds `node`, and the first construct on the way that may not run it. */
  private statementOf(node: Node): { statement: Node; nestedIn?: Node } {
    let statement = node;
    let nestedIn: Node | undefined;
    while (statement.parent && statement.parent.type !== 'statement_list') {
      const parent = statement.parent;
      if (!nestedIn && !runsWith(statement, parent)) nestedIn = parent;
      statement = parent;
    }
    return { statement, nestedIn };
  }

  private obstaclesBefore(statement: Node, list: Node): readonly Obstacle[] {
    const known = this.before.get(statement.id);
    if (known) return known;
    const obstacles: Obstacle[] = [];
    let described: string | undefined;
    const scope = () => (described ??= describeScope(list));
    const stoppingFunctions = new Set<string>();
    for (const before of list.namedChildren) {
      if (!before || before.id === statement.id) break;
      if (['function_statement', 'comment', 'empty_statement'].includes(before.type)) continue;
      const ends = statementStop(before);
      if (ends) {
        obstacles.push({
          certainty: 'never',
          reason: `\`${ends.shown}\` at line ${lineOf(before)} (${scope()}) comes before it`,
        });
        break; // nothing after it runs, so nothing after it matters
      }
      const nodes = flowNodesOf(before);
      for (const stop of stopsIn(before, nodes)) {
        obstacles.push({
          certainty: 'maybe',
          reason: `${describeStatement(before)} at line ${lineOf(before)} (${scope()}) can \`${stop.shown}\` (line ${lineOf(
            stop.node,
          )}) before it`,
        });
      }
      for (const code of runTimeCodeIn(before, undefined, nodes)) {
        obstacles.push({
          certainty: 'maybe',
          reason: `line ${lineOf(code)} (${scope()}) runs code built at run time before it (${JSON.stringify(
            code.text.trim().slice(0, 60),
          )}), which this check cannot read`,
        });
      }
      const stopping = this.stoppingCallIn(nodes.commands);
      // One call of a function says it; every later call would say it again.
      if (stopping && !stoppingFunctions.has(stopping.name)) {
        stoppingFunctions.add(stopping.name);
        obstacles.push({
          certainty: 'maybe',
          reason: `${stopping.name}, called at line ${lineOf(stopping.call)} (${scope()}) before it, can stop the script (${
            stopping.stop.what
          })`,
        });
      }
    }
    this.before.set(statement.id, obstacles);
    return obstacles;
  }

  /** The first of `commands` that calls a script function that can stop the script. */
  private stoppingCallIn(commands: readonly Node[]): { name: string; call: Node; stop: CallerStop } | undefined {
    for (const call of commands) {
      for (const fn of this.definitionsOf(commandName(call))) {
        const stop = this.callerStop(fn);
        if (stop) return { name: functionName(fn, true), call, stop };
      }
    }
    return undefined;
  }

  /** A function's body runs where a straight line leads to a call of it, made after its definition. */
  private throughCallers(fn: Node, seen: Set<number>): Reach {
    const name = functionName(fn);
    const shown = functionName(fn, true);
    if (seen.has(fn.id))
      return { obstacles: [{ certainty: 'maybe', reason: `${shown} is reached only by calling itself` }] };
    const own: Obstacle[] = [];
    const definitions = this.definitionsOf(name);
    if (definitions.length > 1) {
      own.push({
        certainty: 'maybe',
        reason: `the script defines ${shown} ${definitions.length} times (lines ${definitions
          .map(lineOf)
          .join(', ')}), and this check does not follow which one a call runs`,
      });
    }
    const callers = this.calls.filter((c) => c.name === name && !contains(fn, c.node));
    if (callers.length === 0) {
      return {
        obstacles: [...own, { certainty: 'never', reason: `${shown}, the function it sits in, is never called` }],
      };
    }
    let first: Reach | undefined;
    for (const caller of callers) {
      const reach = this.climb(caller.node, undefined, new Set([...seen, fn.id]));
      const obstacles = [...own, ...reach.obstacles, ...this.definitionOrder(fn, shown, reach.root)];
      if (obstacles.length === 0) return { obstacles, root: reach.root };
      first ??= { obstacles, root: reach.root };
    }
    return first!;
  }

  /** A script defines a function by running its definition: it must be a top-level statement before the call. */
  private definitionOrder(fn: Node, shown: string, callRoot: Node | undefined): Obstacle[] {
    if (!callRoot) return [];
    if (!this.isTopLevel(fn)) {
      return [
        { certainty: 'maybe', reason: `${shown} is defined at line ${lineOf(fn)}, not at the top level of the script` },
      ];
    }
    if (fn.startIndex > callRoot.startIndex) {
      return [
        {
          certainty: 'never',
          reason: `${shown} is defined at line ${lineOf(fn)}, after the statement at line ${lineOf(callRoot)} that calls it`,
        },
      ];
    }
    return [];
  }

  /** The block-runner command a script block is a direct argument of, if any. */
  private runnerOf(scriptBlock: Node): Node | undefined {
    const expression = scriptBlock.parent;
    if (expression?.type !== 'script_block_expression') return undefined;
    let command: Node | null = expression.parent;
    while (command && command.type !== 'command') command = command.parent;
    if (!command) return undefined;
    const call = readCommand(command);
    if (!this.options.blockRunners.has(call.name.toLowerCase())) return undefined;
    return call.blocks.some((b) => b.id === scriptBlock.id) ? command : undefined;
  }
}

/** What runs a child whenever the parent runs: a command in the first chain of its pipeline, an assigned value. */
function runsWith(child: Node, parent: Node): boolean {
  switch (parent.type) {
    case 'pipeline_chain':
      return child.type === 'command';
    case 'pipeline':
      // `a && b` and `a || b` run b only on a's outcome.
      return parent.namedChildren[0]?.id === child.id || child.type === 'assignment_expression';
    case 'assignment_expression':
      return parent.namedChildren[parent.namedChildCount - 1]?.id === child.id;
    default:
      return false;
  }
}

/** The script block whose own body a statement list is: directly, or through a named block (`begin`, ...). */
function scriptBlockOwning(list: Node): Node | undefined {
  let node = list.parent;
  while (node && ['statement_block', 'named_block', 'named_block_list', 'script_block_body'].includes(node.type)) {
    if (node.type === 'statement_block' && node.parent?.type !== 'named_block') return undefined;
    node = node.parent;
  }
  return node?.type === 'script_block' ? node : undefined;
}

const CONSTRUCTS: Readonly<Record<string, string>> = {
  if_statement: 'an if statement',
  elseif_clause: 'an elseif branch',
  else_clause: 'an else branch',
  switch_statement: 'a switch statement',
  foreach_statement: 'a foreach loop',
  for_statement: 'a for loop',
  while_statement: 'a while loop',
  do_statement: 'a do loop',
  try_statement: 'a try statement',
  catch_clause: 'a catch block',
  finally_clause: 'a finally block',
  trap_statement: 'a trap handler',
  script_block_expression: 'a script block',
  script_block: 'a script block',
  switch_clause: 'a switch statement',
  function_statement: 'a function definition',
  pipeline: 'an && or || chain',
};

function describe(node: Node): string {
  return CONSTRUCTS[node.type] ?? `the ${node.type.replace(/_/g, ' ')}`;
}

/** Why a construct may not run what it holds, for the reader. */
const UNEVALUATED: Readonly<Record<string, string>> = {
  if_statement: 'whose condition this check does not evaluate',
  elseif_clause: 'whose condition this check does not evaluate',
  else_clause: 'whose condition this check does not evaluate',
  switch_statement: 'whose condition this check does not evaluate',
  switch_clause: 'whose condition this check does not evaluate',
  foreach_statement: 'which may run it no times',
  for_statement: 'which may run it no times',
  while_statement: 'which may run it no times',
  do_statement: 'which this check does not follow',
  catch_clause: 'which runs only on an error',
  trap_statement: 'which runs only on an error',
  script_block_expression: 'which this check does not follow',
  pipeline: 'which runs it only on the outcome of what comes before it',
};

function nested(construct: Node, scope: string): Obstacle {
  const why = UNEVALUATED[construct.type] ?? 'which this check does not follow';
  return {
    certainty: 'maybe',
    reason: `it sits inside ${describe(construct)} at line ${lineOf(construct)} (${scope}), ${why}`,
  };
}

/** A statement before another, for the reader: a command by its name, anything else by its kind. */
function describeStatement(statement: Node): string {
  if (statement.type !== 'pipeline') return describe(statement);
  const command = statement.descendantsOfType('command')[0];
  return command ? readCommand(command).name : 'the statement';
}

/** Where a statement list is, for a reader: the script's top level, a function, a try block, a block argument. */
function describeScope(list: Node): string {
  for (let current: Node | null = list; current; current = current.parent) {
    switch (current.type) {
      case 'program':
        return 'at the top level of the script';
      case 'function_statement':
        return `in function ${functionName(current, true)}`;
      case 'try_statement':
        return `in the try block at line ${lineOf(current)}`;
      case 'script_block_expression': {
        let command: Node | null = current.parent;
        while (command && command.type !== 'command') command = command.parent;
        const block = current.namedChildren.find((c) => c?.type === 'script_block');
        const call = command ? readCommand(command) : undefined;
        return call && block && call.blocks.some((b) => b.id === block.id)
          ? `in the script block of ${call.name} at line ${lineOf(current)}`
          : `in a script block at line ${lineOf(current)}`;
      }
      case 'pipeline':
      case 'script_block':
        break;
      default:
        if (CONSTRUCTS[current.type]) return `in ${describe(current)} at line ${lineOf(current)}`;
    }
  }
  return 'in the script';
}

export function lineOf(node: Node): number {
  return node.startPosition.row + 1;
}

function contains(outer: Node, inner: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
