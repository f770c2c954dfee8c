import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { InputError } from '../../validation';

/**
 * An input error that names the construct it happened in, as AWS CDK's ValidationError does:
 * "<construct path>: <prop> must be <accepted form>, got <value>".
 */
export class ConstructInputError extends Error {
  constructor(
    /** The path of the construct that refused its props, such as `stack/windows`. */
    public readonly constructPath: string,
    public readonly prop: string,
    /** The message without the path: "<prop> must be <accepted form>, got <value>". */
    public readonly reason: string,
  ) {
    super(`${constructPath}: ${reason}`);
    this.name = 'ConstructInputError';
  }
}

/**
 * Runs `prepare` for a construct that has just been added to its scope. If it throws, the construct
 * is taken out of the tree again, so a failed construction leaves nothing behind, and an input error
 * is rethrown with the construct's path.
 */
export function prepareOrRemove<T>(construct: Construct, prepare: () => T): T {
  try {
    return prepare();
  } catch (e) {
    construct.node.scope?.node.tryRemoveChild(construct.node.id);
    if (e instanceof InputError) throw new ConstructInputError(construct.node.path, e.prop, e.message);
    throw e;
  }
}

/**
 * A warning per key that is not a prop, naming the prop it most likely meant. Not refused: see "Unknown props"
 * in docs/input-rules.md.
 */
export function warnUnknownProps(
  construct: Construct,
  typeName: string,
  unknownProps: ReadonlyArray<{ name: string; suggestion?: string }>,
): void {
  for (const { name, suggestion } of unknownProps) {
    Annotations.of(construct).addWarning(
      `${name} is not a prop of ${typeName} and is ignored` + (suggestion ? `; did you mean ${suggestion}?` : ''),
    );
  }
}
