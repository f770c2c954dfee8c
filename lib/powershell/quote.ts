/**
 * The one way a value reaches generated PowerShell: as a single-quoted (verbatim) string literal.
 *
 * Inside single quotes PowerShell expands nothing (`$`, backtick, `$(...)` are plain text) and the
 * only special characters are the quotes themselves. PowerShell counts the typographic quotes
 * U+2018 ‘, U+2019 ’, U+201A ‚ and U+201B ‛ as single quotes too; each is escaped by doubling it,
 * which yields one copy of that character.
 */
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/**
 * NUL and the C0/C1 controls other than tab, line feed and carriage return; DEL; lone surrogates,
 * which UTF-8 cannot carry. None can be written into the script faithfully, so they are refused.
 */
const UNREPRESENTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class UnquotableStringError extends Error {
  constructor(public readonly codePoint: number) {
    super(
      `contains a character PowerShell source cannot carry (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}); ` +
        'control characters other than tab and newline, and unpaired surrogates, are not accepted',
    );
    this.name = 'UnquotableStringError';
  }
}

/** The position of the first character `quotePowerShell` would refuse, or undefined. */
export function findUnquotableCharacter(value: string): number | undefined {
  const match = UNREPRESENTABLE.exec(value);
  return match ? match[0].codePointAt(0) : undefined;
}

export function quotePowerShell(value: string): string {
  const bad = findUnquotableCharacter(value);
  if (bad !== undefined) throw new UnquotableStringError(bad);
  return `'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/** The inverse, for tests and checks that read a literal out of a parse tree. */
export function unquotePowerShellVerbatim(literal: string): string {
  if (literal.length < 2 || !SINGLE_QUOTE_SET.has(literal[0]) || !SINGLE_QUOTE_SET.has(literal[literal.length - 1])) {
    throw new Error(`not a verbatim string literal: ${literal.slice(0, 40)}`);
  }
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    // A quote pair stands for its second character, as PowerShell's tokenizer reads it.
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

const SINGLE_QUOTE_SET = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);

/** A PowerShell array expression of quoted literals: `@('a', 'b')`. */
export function quotePowerShellArray(values: readonly string[]): string {
  return `@(${values.map(quotePowerShell).join(', ')})`;
}
