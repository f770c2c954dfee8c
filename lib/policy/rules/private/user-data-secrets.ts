import { extraCommandsOf, PLAINTEXT_PASSWORD_VARIABLE } from '../../../powershell';
import { referencesIn, templateParts } from '../../engine/expressions';
import { TerraformConfiguration } from '../../engine/terraform-configuration';
import { UserDataScript, userDataScript } from './user-data';

/**
 * Each text a reader of the user data can get at: the decoded text, the compressed script expanded, and
 * the stack author's commands, which the script carries as one quoted literal.
 */
export function userDataLayers(
  text: string,
  script: UserDataScript = userDataScript(text),
): Array<{ readonly name: string; readonly text: string }> {
  const layers = [{ name: 'the decoded user data', text }];
  if (script.kind === 'script' && script.format === 'compressed')
    layers.push({ name: 'the expanded compressed script', text: script.script });
  const commands = script.kind === 'script' ? extraCommandsOf(script.script) : undefined;
  if (commands !== undefined) layers.push({ name: "the stack author's commands", text: commands });
  return layers;
}

const OPT_IN_LINE = new RegExp(`^\\s*\\$${PLAINTEXT_PASSWORD_VARIABLE}\\s*=`, 'i');

/** The line `dangerouslyPutPasswordInUserData` writes: `$DangerousRdpCredentialPasswordBase64 = '...'`. */
export function isPasswordOptInLine(line: string): boolean {
  return OPT_IN_LINE.test(line);
}

/** Attributes that hold secrets, on whatever resource or data source they are read from. */
const SECRET_ATTRIBUTE = /^\.(?:result|password|secret_string|secret_key|secret_id|private_key|bcrypt_hash)\b/;

export interface SecretReference {
  readonly expression: string;
  /** What it reads, such as `var.administrator_password (sensitive)`. */
  readonly secret: string;
  /** Inside the construct's password opt-in line, which TcWin-UD2 reports. */
  readonly inPasswordOptIn: boolean;
}

/** Interpolations in a string attribute that read a sensitive variable or a secret attribute. */
export function secretReferences(value: unknown, config: TerraformConfiguration): SecretReference[] {
  if (typeof value !== 'string') return [];
  const parts = templateParts(value);
  if (!parts) return [];
  const marker = (i: number) => `\u0001${i}\u0001`;
  const expressions: string[] = [];
  const text = parts.map((p) => ('literal' in p ? p.literal : marker(expressions.push(p.expression) - 1))).join('');
  const inOptIn = new Set<number>();
  for (const line of text.split('\n')) {
    if (isPasswordOptInLine(line)) for (const m of line.matchAll(/\u0001(\d+)\u0001/g)) inOptIn.add(Number(m[1]));
  }
  return expressions.flatMap((expression, i) =>
    secretsReadBy(expression, config, 0).map((secret) => ({ expression, secret, inPasswordOptIn: inOptIn.has(i) })),
  );
}

function secretsReadBy(expression: string, config: TerraformConfiguration, depth: number): string[] {
  if (depth > 8) return [];
  return referencesIn(expression).flatMap((ref): string[] => {
    if (ref.kind === 'var') return config.variable(ref.name)?.sensitive ? [`var.${ref.name} (sensitive)`] : [];
    if (ref.kind === 'local') return secretsReadByLocal(ref.name, config, depth);
    const address = `${ref.kind === 'data' ? 'data.' : ''}${ref.type}.${ref.name}`;
    if (ref.type === 'random_password' || SECRET_ATTRIBUTE.test(ref.rest)) return [`${address}${ref.rest}`];
    return [];
  });
}

function secretsReadByLocal(name: string, config: TerraformConfiguration, depth: number): string[] {
  const local = config.local(name)?.value;
  if (typeof local !== 'string') return [];
  return (templateParts(local) ?? [])
    .flatMap((part) => ('expression' in part ? secretsReadBy(part.expression, config, depth + 1) : []))
    .map((secret) => `${secret} through local.${name}`);
}
