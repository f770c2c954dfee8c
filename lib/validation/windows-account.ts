import { mustBe, secretMustBe } from './input-error';
import { WINDOWS_BUILT_IN_PRINCIPALS } from './data/windows-built-in-principals';
import { characters } from './primitives';

/**
 * Names of built-in groups and well-known identities, not users: a credential stored for one lands in no
 * one's vault. The list and its sources (Microsoft's "Well-known SIDs" and "Active Directory security
 * groups" pages) are in ./data/windows-built-in-principals.ts, with what it cannot catch (localized names).
 */
const BUILT_IN_PRINCIPALS: ReadonlySet<string> = new Set(
  WINDOWS_BUILT_IN_PRINCIPALS.map(({ name }) => name.toLowerCase()),
);

/**
 * Windows' rule for local user names: 1 to 20 characters, none of " / \ [ ] : ; | = , + * ? < > and no
 * control character, not only dots and spaces; and not the name of a built-in group or identity.
 */
export function validateWindowsUserName(prop: string, value: string): void {
  const accepted =
    'a Windows user name of 1 to 20 characters without " / \\ [ ] : ; | = , + * ? < > or control characters, such as rdp-operator';
  if (value.length < 1 || value.length > 20) throw mustBe(prop, accepted, value, characters(value.length));
  const bad = /["/\\[\]:;|=,+*?<>\u0000-\u001f\u007f-\u009f]/.exec(value);
  if (bad) throw mustBe(prop, accepted, value, `contains ${JSON.stringify(bad[0])}`);
  if (/^[. ]+$/.test(value)) throw mustBe(prop, accepted, value, 'only dots and spaces');
  if (BUILT_IN_PRINCIPALS.has(value.toLowerCase())) {
    throw mustBe(prop, accepted, value, 'a built-in group or identity, not a user account');
  }
}

/** The special characters Tencent Cloud accepts in Windows instance passwords. */
export const PASSWORD_SPECIALS = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/";

const PASSWORD_CLASSES: readonly RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/**
 * Tencent Cloud's rule for Windows instance passwords (ResetInstancesPassword and RunInstances
 * `LoginSettings.Password` in the tencentcloud SDKs): 12 to 30 characters from letters, digits and
 * ( ) ` ~ ! @ # $ % ^ & * - + = _ | { } [ ] : ; ' < > , . ? /, with at least three of lower case,
 * upper case, digits and those specials, not starting with "/" and not containing the user name
 * (Windows' own complexity rule). The same rule guards the stored credential's password, which the
 * logon task hands to cmdkey on its command line: that set has no space or double quote, the two
 * characters Windows PowerShell's native argument passing would mangle.
 *
 * The error says which part failed, never the value or its length.
 */
export function validateWindowsPassword(prop: string, value: string, userName?: string): void {
  const accepted =
    `12 to 30 characters of letters, digits and ${PASSWORD_SPECIALS}, with at least three of lower case, ` +
    'upper case, digits and those specials, not starting with / and not containing the user name';
  if (value.length < 12) throw secretMustBe(prop, accepted, 'it is shorter than 12 characters');
  if (value.length > 30) throw secretMustBe(prop, accepted, 'it is longer than 30 characters');
  if (![...value].every((c) => /[A-Za-z0-9]/.test(c) || PASSWORD_SPECIALS.includes(c))) {
    throw secretMustBe(prop, accepted, 'it has a character outside that set');
  }
  if (PASSWORD_CLASSES.filter((pattern) => pattern.test(value)).length < 3) {
    throw secretMustBe(prop, accepted, 'it has fewer than three of those four kinds');
  }
  if (value.startsWith('/')) throw secretMustBe(prop, accepted, 'it starts with /');
  // Windows checks names of three characters or more, case-insensitively.
  if (userName !== undefined && userName.length >= 3 && value.toLowerCase().includes(userName.toLowerCase())) {
    throw secretMustBe(prop, accepted, 'it contains the user name');
  }
}
