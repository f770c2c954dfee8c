/**
 * A prop value that cannot be used. The message always reads "<prop> must be <accepted form>, got
 * <what was given>", so the reader learns the prop, the rule and the value in one line; a secret's
 * value is never repeated. Thrown by the data layers; constructs prefix their path.
 */
export class InputError extends Error {
  constructor(
    public readonly prop: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** "`prop` must be <accepted form>, got <value>", with an optional note on what is wrong with it. */
export function mustBe(prop: string, acceptedForm: string, value: unknown, problem?: string): InputError {
  return new InputError(
    prop,
    `${prop} must be ${acceptedForm}, got ${describeValue(value)}${problem ? ` (${problem})` : ''}`,
  );
}

/**
 * For secrets: names the prop, the rule and which part of the rule failed, never the value.
 * `problem` must not quote the value either.
 */
export function secretMustBe(prop: string, acceptedForm: string, problem: string): InputError {
  return new InputError(
    prop,
    `${prop} must be ${acceptedForm}, got a value that is not shown because it is secret (${problem})`,
  );
}

const MAX_SHOWN = 80;

/** A value as an error shows it: strings quoted and escaped (controls visible), long ones cut. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return (
      JSON.stringify(value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) : value) +
      (value.length > MAX_SHOWN ? '…' : '')
    );
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  return String(value as number | boolean | undefined);
}
