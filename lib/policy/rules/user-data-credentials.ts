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
  { config, cache }: RuleContext,
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
  const defaults = sensitiveDefaults.map((v) => ({ name: v.name, value: v.default as string }));
  for (const layer of userDataLayers(userData.text, instanceUserDataScript(userData))) {
    // A layer's findings depend on its text and the defaults alone: worked out once per distinct text in a run.
    const found = cache.once('TcWin-UD1 layer', [layer.name, layer.text, JSON.stringify(defaults)], () =>
      credentialsIn(layer.text, defaults),
    );
    for (const { line, what, findingId } of found) {
      outcomes.push(nonCompliant(`line ${line} of ${layer.name} ${what}`, { findingId, path: [userData.attribute] }));
    }
  }
  return outcomes.length ? outcomes : compliant('its decoded user data holds no API key or password');
}

/** A credential found on a line of a text: which line, and what it is (never the value). */
interface CredentialLine {
  readonly line: number;
  readonly what: string;
  readonly findingId: string;
}

/**
 * Each line that holds a credential pattern or a sensitive variable's default. No pattern is anchored to a line,
 * so one that finds nothing in the whole text finds nothing in any line: only the patterns and defaults the whole
 * text holds are tried line by line.
 */
function credentialsIn(
  text: string,
  defaults: ReadonlyArray<{ readonly name: string; readonly value: string }>,
): CredentialLine[] {
  const patterns = PATTERNS.filter(({ pattern }) =>
    new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text),
  );
  const present = defaults.filter(({ value }) => text.includes(value));
  if (patterns.length === 0 && present.length === 0) return [];
  const found: CredentialLine[] = [];
  text.split('\n').forEach((line, i) => {
    if (isPasswordOptInLine(line)) return;
    for (const { id, what, pattern } of patterns) {
      const matches = pattern.global
        ? [...line.matchAll(pattern)]
        : [pattern.exec(line)].filter((m): m is RegExpExecArray => m !== null);
      if (matches.some((m) => m.groups?.value === undefined || !NOT_A_LITERAL.test(m.groups.value))) {
        found.push({ line: i + 1, what, findingId: id });
      }
    }
    for (const { name, value } of present) {
      if (line.includes(value)) {
        found.push({
          line: i + 1,
          what: `holds the default value of the sensitive variable var.${name}`,
          findingId: `var.${name}`,
        });
      }
    }
  });
  return found;
}
