import { codePointName, findUnrepresentableCharacter } from '../validation/script-text';

/**
 * The one way a value reaches generated PowerShell: as a single-quoted (verbatim) string literal.
 *
 * Inside single quotes PowerShell expands nothing (`$`, backtick, `$(...)`, newlines and the double
 * quotes " “ ” „ are plain text) and the only special characters are the single quotes. PowerShell's
 * tokenizer counts the typographic quotes U+2018 ‘, U+2019 ’, U+201A ‚ and U+201B ‛ as single quotes
 * too, and reads any two of them in a row as one escaped quote, the second. Doubling each one
 * therefore yields exactly that character, and no quote in the value can end the literal.
 *
 * What PowerShell source cannot carry (NUL, other controls, unpaired surrogates) is refused, by the
 * same rule `validateScriptText` applies to props, so validated input never reaches this error.
 */
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;
const SINGLE_QUOTE_SET = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);

/** One of the five characters PowerShell reads as a single quote. */
export function isSingleQuote(character: string | undefined): boolean {
  return character !== undefined && SINGLE_QUOTE_SET.has(character);
}

export class UnquotableStringError extends Error {
  constructor(public readonly codePoint: number) {
    super(
      `contains a character PowerShell source cannot carry (${codePointName(codePoint)}); ` +
        'control characters other than tab and newline, and unpaired surrogates, are not accepted',
    );
    this.name = 'UnquotableStringError';
  }
}

export function quotePowerShell(value: string): string {
  if (typeof value !== 'string') throw new TypeError(`quotePowerShell takes text, got ${typeof value}`);
  const bad = findUnrepresentableCharacter(value);
  if (bad !== undefined) throw new UnquotableStringError(bad);
  return `'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/** A PowerShell array expression of quoted literals: `@('a', 'b')`. */
export function quotePowerShellArray(values: readonly string[]): string {
  return `@(${values.map(quotePowerShell).join(', ')})`;
}

/**
 * The inverse, for tests and checks that read a literal out of a parse tree: the text of a verbatim
 * string literal, read with PowerShell's rules (any single-quote character opens and closes it; two
 * in a row stand for the second).
 */
export function unquotePowerShellVerbatim(literal: string): string {
  if (literal.length < 2 || !SINGLE_QUOTE_SET.has(literal[0]) || !SINGLE_QUOTE_SET.has(literal[literal.length - 1])) {
    throw new Error(`not a verbatim string literal: ${literal.slice(0, 40)}`);
  }
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (SINGLE_QUOTE_SET.has(c)) {
      if (i + 1 >= body.length || !SINGLE_QUOTE_SET.has(body[i + 1])) {
        throw new Error('unescaped single quote inside a verbatim string literal');
      }
      out += body[i + 1];
      i++;
    } else {
      out += c;
    }
  }
  return out;
}
