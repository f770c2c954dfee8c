import { Construct } from 'constructs';
import { InputError } from '../../validation';

/** An input error that names the construct it happened in, as AWS CDK's ValidationError does. */
export class ConstructInputError extends Error {
  constructor(
    scope: Construct,
    public readonly prop: string,
    message: string,
  ) {
    super(`${scope.node.path}: ${message}`);
    this.name = 'ConstructInputError';
  }
}

/** Runs the validations and rethrows the first input error with the construct's path. */
export function validateProps(scope: Construct, validate: () => void): void {
  try {
    validate();
  } catch (e) {
    if (e instanceof InputError) throw new ConstructInputError(scope, e.prop, e.message);
    throw e;
  }
}
