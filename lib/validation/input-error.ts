/**
 * A prop value that cannot be used. The message names the prop, the accepted form and the value,
 * except for secrets, whose value is never repeated. Thrown by the data layers; constructs add
 * their path.
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

/** "`prop` must be <accepted form>, got <value>" */
export function mustBe(prop: string, acceptedForm: string, value: unknown): InputError {
  return new InputError(prop, `${prop} must be ${acceptedForm}, got ${describe(value)}`);
}

/** For secrets: names the prop and the rule, never the value. */
export function secretMustBe(prop: string, acceptedForm: string): InputError {
  return new InputError(prop, `${prop} must be ${acceptedForm} (the value is not shown because it is secret)`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? value.slice(0, 80) + '…' : value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return String(value);
}
