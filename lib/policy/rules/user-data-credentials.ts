import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { isPasswordOptInLine, secretReferences, userDataLayers } from './private/user-data-secrets';
import { instanceUserDataScript, readInstanceUserData } from './private/user-data';

/** A pattern of plaintext credential, with a name for findings. Reasons never repeat the value. */
interface CredentialPattern {
  readonly id: string;
  readonly what: string;
  readonly pattern: RegExp;
}

/** A value that is a variable, an expression or a placeholder, not a literal secret. */
const NOT_A_LITERAL = /^(?:\$|%|\(|\{|\[|@|TerraformInterpolation\d+$)/;

const PATTERNS: readonly CredentialPattern[] = [
  {
    id: 'TENCENTCLOUD_SECRET',
    what: 'names TENCENTCLOUD_SECRET_ID or TENCENTCLOUD_SECRET_KEY',
    pattern: /TENCENTCLOUD_SECRET_(?:ID|KEY)/i,
  },
  {
    id: 'SecretId/SecretKey',
    what: 'assigns a literal to a SecretId or SecretKey',
    pattern: /\b(?:tencentcloud_)?secret[_-]?(?:id|key)\b["']?\s*[:=]\s*["']?(?<value>[^\s"'`;,)]+)/gi,
  },
  { id: 'AKID', what: 'holds an AKID-style API key id', pattern: /\bAKID[A-Za-z0-9]{13,40}\b/ },
  {
    id: 'password',
    what: 'assigns a quoted literal to a password',
    pattern: /\b(?:password|passwd|pwd)\b["']?\s*[:=]\s*(["'])(?<value>[^"'\r\n]{4,})\1/gi,
  },
  {
    id: 'ConvertTo-SecureString',
    what: 'turns a literal into a SecureString (ConvertTo-SecureString ... -AsPlainText)',
    pattern: /ConvertTo-SecureString\s+(?:-String\s+)?(["'])(?<value>[^"'\r\n]+)\1/gi,
  },
  {
    id: 'cmdkey /pass',
    what: 'passes a literal password to cmdkey /pass:',
    pattern: /\/pass:(?<value>[^\s'"$+()]+)/gi,
  },
];

/**
 * TcWin-UD1: no API key or password in user data. The user data is decoded (and the compressed payload
 * expanded) first; interpolations of `user_data_raw` that read a sensitive variable or a secret attribute
 * count too. The construct's password opt-in line is TcWin-UD2's finding, not this one's.
 */
export function checkUserDataCredentials(
  resource: ResourceBlock,
  { config }: RuleContext,
): RuleOutcome | RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  for (const attribute of ['user_data', 'user_data_raw'] as const) {
    for (const found of secretReferences(resource.attributes[attribute], config)) {
      if (found.inPasswordOptIn) continue;
      outcomes.push(
        nonCompliant(`${attribute} interpolates ${found.expression}, which reads ${found.secret}`, {
          findingId: found.secret,
          path: [attribute],
        }),
      );
    }
  }
  const userData = readInstanceUserData(resource, config);
  if (userData.kind === 'none') return outcomes.length ? outcomes : notApplicable('it has no user data');
  if (userData.kind === 'unreadable')
    return outcomes.length ? outcomes : unknown(`${userData.reason}; it cannot be scanned for credentials`);

  const sensitiveDefaults = config.variableBlocks.filter(
    (v) => v.sensitive && typeof v.default === 'string' && v.default.length >= 6,
  );
  for (const layer of userDataLayers(userData.text, instanceUserDataScript(userData))) {
    const lines = layer.text.split('\n');
    lines.forEach((line, i) => {
      if (isPasswordOptInLine(line)) return;
      const where = `line ${i + 1} of ${layer.name}`;
      for (const { id, what, pattern } of PATTERNS) {
        const matches = pattern.global
          ? [...line.matchAll(pattern)]
          : [pattern.exec(line)].filter((m): m is RegExpExecArray => m !== null);
        if (matches.some((m) => m.groups?.value === undefined || !NOT_A_LITERAL.test(m.groups.value))) {
          outcomes.push(nonCompliant(`${where} ${what}`, { findingId: id, path: [userData.attribute] }));
        }
      }
      for (const variable of sensitiveDefaults) {
        if (line.includes(variable.default as string)) {
          outcomes.push(
            nonCompliant(`${where} holds the default value of the sensitive variable var.${variable.name}`, {
              findingId: `var.${variable.name}`,
              path: [userData.attribute],
            }),
          );
        }
      }
    });
  }
  return outcomes.length ? outcomes : compliant('its decoded user data holds no API key or password');
}
