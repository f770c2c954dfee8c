import {
  decodeUserDataBase64,
  ExpandedHardeningScript,
  expandHardeningScript,
  extractPowerShellBlock,
  UserDataFormat,
} from '../../../powershell/user-data';
import { resolveValue, showValue, templateParts } from '../../engine/expressions';
import { TerraformConfiguration, ResourceBlock } from '../../engine/terraform-configuration';

/** A deploy-time interpolation inside `user_data_raw`, and the word that stands for it in the text. */
export interface UserDataInterpolation {
  readonly expression: string;
  readonly placeholder: string;
}

/** An instance's user data, decoded as far as the configuration allows. */
export type InstanceUserData =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly attribute: 'user_data' | 'user_data_raw'; readonly reason: string }
  | {
      readonly kind: 'text';
      readonly attribute: 'user_data' | 'user_data_raw';
      /** The text the instance receives; each interpolation of `user_data_raw` replaced by its placeholder. */
      readonly text: string;
      readonly interpolations: readonly UserDataInterpolation[];
    };

/** The script in user data, as Cloudbase-Init runs it. */
export type UserDataScript =
  | {
      readonly kind: 'script';
      readonly script: string;
      readonly format: UserDataFormat | 'ps1-header';
      /** A `<powershell>` block's script before its per-instance names are put in (`expandHardeningScript`). */
      readonly template?: ExpandedHardeningScript['template'];
    }
  | { readonly kind: 'no-script' }
  | { readonly kind: 'error'; readonly reason: string };

/** Words that parse as plain text wherever they land in a PowerShell script. */
function placeholder(index: number): string {
  return `TerraformInterpolation${index}`;
}

// Several rules read each instance's user data: decoded (and expanded) once per resource and per text.
const userDataOf = new WeakMap<ResourceBlock, InstanceUserData>();
const scriptOf = new WeakMap<InstanceUserData, UserDataScript>();

/**
 * Reads `user_data` (base64 text, decoded strictly) or `user_data_raw` (a Terraform template: literal
 * text unescaped, each interpolation replaced by a placeholder the caller can look up). Once per resource.
 */
export function readInstanceUserData(resource: ResourceBlock, config: TerraformConfiguration): InstanceUserData {
  let userData = userDataOf.get(resource);
  if (!userData) userDataOf.set(resource, (userData = decodeInstanceUserData(resource, config)));
  return userData;
}

/** `userDataScript` of an instance's decoded text, worked out once per decoded user data. */
export function instanceUserDataScript(userData: InstanceUserData & { readonly kind: 'text' }): UserDataScript {
  let script = scriptOf.get(userData);
  if (!script) scriptOf.set(userData, (script = userDataScript(userData.text)));
  return script;
}

function decodeInstanceUserData(resource: ResourceBlock, config: TerraformConfiguration): InstanceUserData {
  const { user_data: base64, user_data_raw: raw } = resource.attributes;
  if (base64 !== undefined && base64 !== null) {
    const resolved = resolveValue(base64, config);
    if (!resolved.known || typeof resolved.value !== 'string') {
      return {
        kind: 'unreadable',
        attribute: 'user_data',
        reason: `user_data is computed at deploy time (${showValue(base64).slice(0, 80)})`,
      };
    }
    try {
      return { kind: 'text', attribute: 'user_data', text: decodeUserDataBase64(resolved.value), interpolations: [] };
    } catch {
      return { kind: 'unreadable', attribute: 'user_data', reason: 'user_data is not the base64 of UTF-8 text' };
    }
  }
  if (raw !== undefined && raw !== null) {
    if (typeof raw !== 'string')
      return { kind: 'unreadable', attribute: 'user_data_raw', reason: 'user_data_raw is not a string' };
    const parts = templateParts(raw);
    if (!parts)
      return {
        kind: 'unreadable',
        attribute: 'user_data_raw',
        reason: 'user_data_raw has an unterminated interpolation',
      };
    const interpolations: UserDataInterpolation[] = [];
    const text = parts
      .map((part) => {
        if ('literal' in part) return part.literal;
        const resolved = resolveValue(part.expression, config);
        if (resolved.known && typeof resolved.value === 'string') return resolved.value;
        interpolations.push({ expression: part.expression, placeholder: placeholder(interpolations.length) });
        return interpolations[interpolations.length - 1].placeholder;
      })
      .join('');
    return { kind: 'text', attribute: 'user_data_raw', text, interpolations };
  }
  return { kind: 'none' };
}

/**
 * The PowerShell script in user-data text: a `<powershell>` block (the compressed form's payload
 * expanded, its loader verified), or a whole text that starts with a `#ps1` / `#ps1_sysnative` line.
 */
export function userDataScript(text: string): UserDataScript {
  if (/<powershell>/i.test(text)) {
    let block: string;
    try {
      block = extractPowerShellBlock(text);
    } catch {
      return { kind: 'error', reason: 'the user data opens <powershell> but never closes it' };
    }
    try {
      return { kind: 'script', ...expandHardeningScript(block) };
    } catch (e) {
      return { kind: 'error', reason: `the compressed user data cannot be expanded: ${(e as Error).message}` };
    }
  }
  const header = /^#ps1(?:_sysnative|_x86)?[ \t]*\r?\n/i.exec(text);
  if (header) return { kind: 'script', script: text.slice(header[0].length), format: 'ps1-header' };
  return { kind: 'no-script' };
}
