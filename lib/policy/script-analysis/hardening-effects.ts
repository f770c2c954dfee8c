import { Node } from 'web-tree-sitter';
import { RegistryValue, RegistryValueKind } from '../../settings/registry-value';
import { CommandCall, findCommands, isDynamic, LiteralValue, readCommand } from './commands';
import { functionDefinitions } from './script-structure';

/** What the logon-task registration in a script says, read from its literal arguments. */
export interface CredentialTaskEffect {
  readonly userName: string;
  readonly extraTargets: readonly string[];
  readonly passwordSource: string;
  readonly secretName: string;
  readonly secretVersionId: string;
  readonly camRoleName: string;
}

/** What one `Invoke-HardeningSetting '<id>' ... { ... }` block does. */
export interface SettingEffects {
  /** Every registry value the block leaves behind, numbered list entries included. */
  readonly registryValues: readonly RegistryValue[];
  readonly registryLists: ReadonlyArray<{ readonly key: string; readonly entries: readonly string[] }>;
  readonly syncsLocalGroupPolicy: boolean;
  readonly enablesGuestNetworkAccess: boolean;
  readonly credentialTask?: CredentialTaskEffect;
  /** Commands in the block this reader does not know, or known ones with non-literal arguments. */
  readonly unreadable: readonly string[];
}

export interface HardeningEffects {
  readonly settings: ReadonlyMap<string, SettingEffects>;
  /** The `Invoke-HardeningSetting` call of each setting, for questions about where it sits. */
  readonly settingCalls: ReadonlyMap<string, Node>;
  /** The commands each setting's effects were read from (all but the unreadable ones), for the same questions. */
  readonly effectCommands: ReadonlyMap<string, readonly Node[]>;
  /** The status the script gives each setting before it runs (`not-run`, or `disabled`). */
  readonly declaredStatus: ReadonlyMap<string, string>;
  readonly runsGpupdate: boolean;
  readonly functions: ReadonlySet<string>;
}

/** The command whose script-block argument is one setting's block, run where it is called. */
export const SETTING_BLOCK_COMMAND = 'invoke-hardeningsetting';

/**
 * Reads what a bootstrap script does from its parse tree: the setting blocks and, inside each, the
 * registry writes, Group Policy sync, Guest change and logon task, all from literal arguments.
 */
export function readHardeningEffects(root: Node): HardeningEffects {
  const settings = new Map<string, SettingEffects>();
  const settingCalls = new Map<string, Node>();
  const effectCommands = new Map<string, readonly Node[]>();
  const declaredStatus = new Map<string, string>();
  let runsGpupdate = false;
  for (const call of findCommands(root)) {
    const name = call.name.toLowerCase();
    if (name === SETTING_BLOCK_COMMAND && typeof call.positional[0] === 'string' && call.blocks.length === 1) {
      const block = readSettingBlock(call.blocks[0]);
      settings.set(call.positional[0], block.effects);
      settingCalls.set(call.positional[0], call.node);
      effectCommands.set(call.positional[0], block.commands);
    } else if (
      name === 'set-settingstatus' &&
      typeof call.positional[0] === 'string' &&
      typeof call.positional[1] === 'string' &&
      isTopLevel(call.node)
    ) {
      if (!declaredStatus.has(call.positional[0])) declaredStatus.set(call.positional[0], call.positional[1]);
    } else if (
      /^gpupdate(\.exe)?$/.test(name) &&
      call.positional.some((a) => typeof a === 'string' && a.toLowerCase() === '/force')
    ) {
      runsGpupdate = true;
    }
  }
  return {
    settings,
    settingCalls,
    effectCommands,
    declaredStatus,
    runsGpupdate,
    functions: new Set(functionDefinitions(root).keys()),
  };
}

function readSettingBlock(block: Node): { effects: SettingEffects; commands: Node[] } {
  const registryValues: RegistryValue[] = [];
  const registryLists: Array<{ key: string; entries: string[] }> = [];
  const unreadable: string[] = [];
  const effectCommands: Node[] = [];
  let syncsLocalGroupPolicy = false;
  let enablesGuestNetworkAccess = false;
  let credentialTask: CredentialTaskEffect | undefined;

  const statements = block.descendantsOfType('command').filter((n): n is Node => n !== null);
  for (const call of statements.map(readCommand)) {
    const before = unreadable.length;
    switch (call.name.toLowerCase()) {
      case 'set-hardeningregistryvalue': {
        const value = registryValue(call);
        if (value) registryValues.push(value);
        else unreadable.push(call.node.text);
        break;
      }
      case 'set-hardeningregistrylist': {
        const key = call.named.get('key');
        const entries = asStringList(call.named.get('entries'));
        if (typeof key === 'string' && entries) {
          registryLists.push({ key, entries });
          entries.forEach((data, i) => registryValues.push({ key, name: String(i + 1), kind: 'String', data }));
        } else {
          unreadable.push(call.node.text);
        }
        break;
      }
      case 'sync-localgrouppolicy':
        syncsLocalGroupPolicy = true;
        break;
      case 'enable-guestnetworkaccess':
        enablesGuestNetworkAccess = true;
        break;
      case 'register-credentialtask':
        credentialTask = credentialTaskOf(call);
        if (!credentialTask) unreadable.push(call.node.text);
        break;
      default:
        unreadable.push(call.node.text);
    }
    if (unreadable.length === before) effectCommands.push(call.node);
  }
  return {
    effects: {
      registryValues,
      registryLists,
      syncsLocalGroupPolicy,
      enablesGuestNetworkAccess,
      credentialTask,
      unreadable,
    },
    commands: effectCommands,
  };
}

function registryValue(call: CommandCall): RegistryValue | undefined {
  const key = call.named.get('key');
  const name = call.named.get('name');
  const kind = call.named.get('kind');
  const data = call.named.get('value');
  if (typeof key !== 'string' || typeof name !== 'string' || (kind !== 'DWord' && kind !== 'String')) return undefined;
  if (typeof data !== 'string' && typeof data !== 'number') return undefined;
  return { key, name, kind: kind as RegistryValueKind, data };
}

function credentialTaskOf(call: CommandCall): CredentialTaskEffect | undefined {
  const text = (param: string): string | undefined => {
    const value = call.named.get(param);
    return typeof value === 'string' ? value : undefined;
  };
  const extraTargets = asStringList(call.named.get('extratargets'));
  const fields = {
    userName: text('username'),
    passwordSource: text('passwordsource'),
    secretName: text('secretname'),
    secretVersionId: text('secretversionid'),
    camRoleName: text('camrolename'),
  };
  if (!extraTargets || Object.values(fields).some((v) => v === undefined)) return undefined;
  return { ...(fields as Omit<CredentialTaskEffect, 'extraTargets'>), extraTargets };
}

function asStringList(value: LiteralValue | true | undefined): string[] | undefined {
  if (value === undefined || value === true || isDynamic(value)) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.every((v): v is string => typeof v === 'string') ? list : undefined;
}

/** A statement of the script itself, outside any function, block or branch: what runs before anything else decides. */
function isTopLevel(node: Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'script_block' || parent.type === 'statement_block' || parent.type === 'function_statement')
      return false;
  }
  return true;
}
