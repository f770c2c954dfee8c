import { mustBe } from './input-error';

/**
 * Characters generated PowerShell cannot carry faithfully: NUL and the C0 and C1 controls other than
 * tab, line feed and carriage return, DEL, and unpaired surrogates (UTF-8 cannot encode them; Node
 * would silently write U+FFFD instead). `quotePowerShell` refuses exactly these, so a value that
 * passes the script-text rule can always be quoted.
 */
const UNREPRESENTABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `value` that PowerShell source cannot carry, as a code point, or undefined. */
export function findUnrepresentableCharacter(value: string): number | undefined {
  const match = UNREPRESENTABLE.exec(value);
  return match ? match[0].codePointAt(0) : undefined;
}

/** `U+001B`, the way the errors name a character. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Cloudbase-Init takes the user data up to the first closing tag, matched case-insensitively, so a
 * script that contains one would be cut short.
 */
const CLOSING_TAG = /<\/powershell>/i;

/**
 * PowerShell text the stack author appends to the script (`userDataCommands`): any Unicode text
 * except the characters above and the user data's closing tag.
 */
export function validateScriptText(prop: string, value: string): void {
  const accepted = 'PowerShell text without control characters other than tab and newline, and without "</powershell>"';
  const bad = findUnrepresentableCharacter(value);
  if (bad !== undefined) throw mustBe(prop, accepted, value, `contains ${codePointName(bad)}`);
  if (CLOSING_TAG.test(value))
    throw mustBe(prop, accepted, value, 'contains "</powershell>", which would end the user data early');
}
