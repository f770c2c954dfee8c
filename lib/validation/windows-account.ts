import { mustBe, secretMustBe } from './input-error';

/** Windows' rule for local user names: 1 to 20 characters, none of " / \ [ ] : ; | = , + * ? < > or a control character, not only dots and spaces. */
export function validateWindowsUserName(prop: string, value: string): void {
  if (value.length < 1 || value.length > 20 || /["/\\[\]:;|=,+*?<>\u0000-\u001f\u007f]/.test(value) || /^[. ]+$/.test(value)) {
    throw mustBe(prop, 'a Windows user name of 1 to 20 characters without " / \\ [ ] : ; | = , + * ? < > or control characters', value);
  }
}

/** The special characters Tencent Cloud accepts in instance passwords. */
export const PASSWORD_SPECIALS = "()`~!@#$%^&*-+=|{}[]:;',.?/";

/**
 * Tencent Cloud's rule for Windows instance passwords: 12 to 30 characters from letters, digits and
 * its specials, at least three of the four classes, not starting with "/".
 */
export function validateWindowsPassword(prop: string, value: string): void {
  const accepted =
    `12 to 30 characters of letters, digits and ${PASSWORD_SPECIALS}, with at least three of lower case, ` +
    'upper case, digits and those specials, not starting with /';
  const allowed = [...value].every((c) => /[A-Za-z0-9]/.test(c) || PASSWORD_SPECIALS.includes(c));
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
  if (value.length < 12 || value.length > 30 || !allowed || classes < 3 || value.startsWith('/')) {
    throw secretMustBe(prop, accepted);
  }
}
