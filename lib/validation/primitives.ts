import { mustBe, secretMustBe } from './input-error';

/*
 * Type checks for callers without a compiler (JavaScript, or values read from JSON): a prop of the
 * wrong type fails here with its name instead of deep inside a resource. `"false"` for a boolean is
 * the dangerous case: it is truthy, so an opt-out written as a string would switch a risk on.
 */

export function validateString(prop: string, value: unknown, example: string): asserts value is string {
  if (typeof value !== 'string') throw mustBe(prop, `text, such as ${example}`, value);
  validateWellFormed(prop, value);
}

/** The type check for a secret: the error names the type it got, never the value. */
export function validateSecretString(prop: string, value: unknown, example: string): asserts value is string {
  if (typeof value !== 'string') {
    throw secretMustBe(
      prop,
      `text, such as ${example}`,
      `it is ${value === null ? 'null' : `of type ${typeof value}`}`,
    );
  }
  if (UNPAIRED_SURROGATE.test(value)) {
    throw secretMustBe(prop, 'well-formed Unicode text', 'it contains an unpaired surrogate');
  }
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every string prop reaches a script, cdk.tf.json or an output, all UTF-8: an unpaired surrogate has no
 * UTF-8 form, so Node writes U+FFFD in its place and the value changes silently. Refused here, where
 * every string prop is type-checked.
 */
export function validateWellFormed(prop: string, value: string): void {
  const bad = UNPAIRED_SURROGATE.exec(value);
  if (bad) {
    const code = `U+${bad[0].charCodeAt(0).toString(16).toUpperCase()}`;
    throw mustBe(prop, 'well-formed Unicode text', value, `contains the unpaired surrogate ${code}`);
  }
}

export function validateBoolean(prop: string, value: unknown): asserts value is boolean {
  if (typeof value !== 'boolean') throw mustBe(prop, 'true or false', value);
}

/**
 * Every list prop passes here. A hole (`[, 'x']`, `new Array(1)`) is refused by position: `forEach`,
 * `map` and `filter` skip holes, so an entry check written with them would never see it.
 */
export function validateList(prop: string, value: unknown, example: string): asserts value is unknown[] {
  if (!Array.isArray(value)) throw mustBe(prop, `a list, such as ${example}`, value);
  for (let i = 0; i < value.length; i++) {
    if (!(i in value))
      throw mustBe(`${prop}[${i}]`, `an entry: the list has a hole here, such as ${example}`, undefined);
  }
}

/** Each entry of a list is text that `validateEntry` accepts; an error names the entry as `prop[i]`. */
export function validateEachString(
  prop: string,
  entries: readonly unknown[],
  example: string,
  validateEntry: (entryProp: string, entry: string) => void,
): void {
  entries.forEach((entry, i) => {
    validateString(`${prop}[${i}]`, entry, example);
    validateEntry(`${prop}[${i}]`, entry);
  });
}

export function validateNonEmptyList(prop: string, value: unknown, example: string): asserts value is unknown[] {
  validateList(prop, value, example);
  if (value.length === 0) throw mustBe(prop, `a list of at least one entry, such as ${example}`, value);
}

export function validateOneOf<T extends string>(
  prop: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw mustBe(prop, `one of ${allowed.join(', ')}`, value);
  }
}

/** A whole number in [min, max]; with `step`, also min + a multiple of step. */
export function validateIntegerInRange(
  prop: string,
  value: unknown,
  min: number,
  max: number,
  step = 1,
): asserts value is number {
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  const stepText = step === 1 ? '' : ` in steps of ${step}`;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < min ||
    value > max ||
    (value - min) % step !== 0
  ) {
    throw mustBe(prop, `a whole number ${range}${stepText}`, value);
  }
}

/** Length in UTF-16 code units, the unit Tencent Cloud's and Windows' limits count in for these names. */
export function validateLength(prop: string, value: string, min: number, max: number, what: string): void {
  if (value.length < min || value.length > max) {
    throw mustBe(prop, `${what} of ${min} to ${max} characters`, value, characters(value.length));
  }
}

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** Names shown in consoles and logs: no control characters. */
export function validateNoControlCharacters(prop: string, value: string, what: string): void {
  if (CONTROL.test(value)) throw mustBe(prop, `${what} without control characters`, value);
}

/** "1 character", "5 characters". */
export function characters(count: number): string {
  return `${count} character${count === 1 ? '' : 's'}`;
}
