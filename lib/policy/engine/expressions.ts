import { unescapeTerraformTemplate } from '../../powershell/user-data';
import { TerraformConfiguration } from './terraform-configuration';

/** A piece of a Terraform JSON string: literal text, or the source of one `${...}` / `%{...}`. */
export type TemplatePart = { readonly literal: string } | { readonly expression: string };

/** A Terraform reference: `var.x`, `local.x`, `data.type.name`, or `type.name` (a resource). */
export type Reference =
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'local'; readonly name: string }
  | { readonly kind: 'data' | 'resource'; readonly type: string; readonly name: string; readonly rest: string };

/** A value as far as the configuration alone can tell. */
export type Resolved =
  | { readonly known: true; readonly value: unknown; readonly via?: string }
  | { readonly known: false; readonly expression: string };

const SENTINEL = '\u0000';

/**
 * Splits a string the way Terraform reads it (every JSON string is a template): literal text with
 * `$${` and `%%{` unescaped, and each interpolation or directive whole. Unterminated → undefined.
 */
export function templateParts(template: string): TemplatePart[] | undefined {
  // Without `${` or `%{` there is nothing to interpolate or unescape (both escapes contain them): a user_data of
  // 13 KB of base64 is read once per rule, so skip the walk.
  if (!template.includes('${') && !template.includes('%{')) return template ? [{ literal: template }] : [];
  const expressions: string[] = [];
  let text: string;
  try {
    text = unescapeTerraformTemplate(template, (expression) => {
      expressions.push(expression);
      return `${SENTINEL}${expressions.length - 1}${SENTINEL}`;
    });
  } catch {
    return undefined;
  }
  const parts: TemplatePart[] = [];
  const pieces = text.split(SENTINEL);
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) parts.push({ expression: expressions[Number(piece)] });
    else if (piece) parts.push({ literal: piece });
  });
  return parts;
}

/** The body of `${ ... }` without the braces, trimmed. */
function interpolationBody(expression: string): string {
  return expression
    .replace(/^[$%]\{~?/, '')
    .replace(/~?\}$/, '')
    .trim();
}

/** The reference an interpolation consists of, when it is nothing else (`${var.x}`, `${aws_x.y.id}`). */
export function pureReference(expression: string): Reference | undefined {
  if (!expression.startsWith('${')) return undefined;
  const body = interpolationBody(expression);
  const simple = /^(var|local)\.([A-Za-z_][\w-]*)$/.exec(body);
  if (simple) return { kind: simple[1] === 'var' ? 'var' : 'local', name: simple[2] };
  const data = /^data\.([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)((?:[.[][^\s()]*)?)$/.exec(body);
  if (data) return { kind: 'data', type: data[1], name: data[2], rest: data[3] };
  const resource = /^([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][\w-]*)((?:[.[][^\s()]*)?)$/.exec(body);
  if (resource) return { kind: 'resource', type: resource[1], name: resource[2], rest: resource[3] };
  return undefined;
}

/** Every reference inside an expression, functions and operators around them notwithstanding. */
export function referencesIn(expression: string): Reference[] {
  const body = interpolationBody(expression);
  const found: Reference[] = [];
  const pattern =
    /(?<![\w.])(?:(var|local)\.([A-Za-z_][\w-]*)|data\.([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*|\[[^\]]*\])*)|([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*|\[[^\]]*\])*))/g;
  for (const m of body.matchAll(pattern)) {
    if (m[1]) found.push({ kind: m[1] === 'var' ? 'var' : 'local', name: m[2] });
    else if (m[3]) found.push({ kind: 'data', type: m[3], name: m[4], rest: m[5] ?? '' });
    else found.push({ kind: 'resource', type: m[6], name: m[7], rest: m[8] ?? '' });
  }
  return found;
}

/**
 * What a value is, from the configuration alone. A variable counts at its default, as checkov evaluates
 * it; a variable without a default, and anything computed, is not known. Locals are followed.
 */
export function resolveValue(value: unknown, config: TerraformConfiguration, depth = 0): Resolved {
  if (typeof value !== 'string') return { known: true, value };
  const parts = templateParts(value);
  if (!parts) return { known: false, expression: value };
  if (parts.length === 1 && 'expression' in parts[0]) return resolveExpression(parts[0].expression, config, depth);
  let text = '';
  const via: string[] = [];
  for (const part of parts) {
    if ('literal' in part) {
      text += part.literal;
      continue;
    }
    const inner = resolveExpression(part.expression, config, depth);
    if (
      !inner.known ||
      (typeof inner.value !== 'string' && typeof inner.value !== 'number' && typeof inner.value !== 'boolean')
    ) {
      return { known: false, expression: value };
    }
    text += String(inner.value);
    if (inner.via) via.push(inner.via);
  }
  return { known: true, value: text, ...(via.length ? { via: via.join(', ') } : {}) };
}

function resolveExpression(expression: string, config: TerraformConfiguration, depth: number): Resolved {
  const reference = pureReference(expression);
  if (depth > 8 || !reference) return { known: false, expression };
  if (reference.kind === 'var') {
    const variable = config.variable(reference.name);
    if (!variable?.hasDefault) return { known: false, expression };
    return { known: true, value: variable.default, via: `the default of var.${reference.name}` };
  }
  if (reference.kind === 'local') {
    const local = config.local(reference.name);
    if (!local) return { known: false, expression };
    const inner = resolveValue(local.value, config, depth + 1);
    return inner.known ? { ...inner, via: inner.via ?? `local.${reference.name}` } : { known: false, expression };
  }
  return { known: false, expression };
}

/** A boolean argument as Terraform coerces it (`true`, `"true"`), or undefined when unset. */
export function resolveBoolean(
  value: unknown,
  config: TerraformConfiguration,
): { known: true; value: boolean | undefined } | { known: false; expression: string } {
  if (value === undefined || value === null) return { known: true, value: undefined };
  const resolved = resolveValue(value, config);
  if (!resolved.known) return resolved;
  if (resolved.value === true || resolved.value === 'true') return { known: true, value: true };
  if (resolved.value === false || resolved.value === 'false') return { known: true, value: false };
  return { known: false, expression: showValue(value) };
}

/** Is this value a literal in the file, with no interpolation at all? */
export function isLiteralString(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = templateParts(value);
  return parts !== undefined && parts.every((p) => 'literal' in p);
}

/** A value from Terraform JSON as a finding shows it: text as it is, anything else as JSON. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'unset';
  return JSON.stringify(value);
}
