import { readFileSync } from 'fs';
import { join } from 'path';
import { gunzipSync } from 'zlib';

/** The Windows PowerShell versions the command inventory covers; the README claims 4.0 as the lowest. */
export type WindowsPowerShellVersion = '4.0' | '5.1';
export const LOWEST_SUPPORTED_VERSION: WindowsPowerShellVersion = '4.0';

/** inventory/windows-powershell-commands.json (scripts/inventory/generate-command-inventory.ts writes it). */
export interface CommandInventory {
  readonly sources: readonly { version: string; repository: string; commit: string; path: string }[];
  readonly commonParameters: Readonly<Record<WindowsPowerShellVersion, readonly string[]>>;
  readonly commandsWithoutCommonParameters: Readonly<Record<WindowsPowerShellVersion, readonly string[]>>;
  readonly externals: { readonly source: string; readonly names: readonly string[] };
  readonly commandAliases: Readonly<Record<string, string>>;
  /** Parameters as "Name|alias|alias"; a version missing means the command is not documented for it. */
  readonly commands: Readonly<
    Record<string, { readonly module: string } & Partial<Record<WindowsPowerShellVersion, readonly string[]>>>
  >;
}

/** One type in inventory/dotnet-framework-4.5.json.gz (tools/dotnet-inventory writes it). */
export interface DotnetType {
  /** Index into `assemblies`. */
  readonly a: number;
  readonly k?: 'interface' | 'enum' | 'struct';
  /** Base type's full name; absent for System.Object's direct subclasses. */
  readonly b?: string;
  /** Public constructors' parameter counts. */
  readonly c?: readonly number[];
  /** Static member names. */
  readonly s?: readonly string[];
  /** Instance member names. */
  readonly i?: readonly string[];
}

export interface DotnetInventory {
  readonly package: { readonly id: string; readonly version: string };
  readonly assemblies: readonly string[];
  readonly types: Readonly<Record<string, DotnetType>>;
}

const INVENTORY_DIR = join(__dirname, 'inventory');
let commands: CommandInventory | undefined;
let dotnet: DotnetInventory | undefined;

/** Read on first use: about 330 KB of JSON. */
export function commandInventory(): CommandInventory {
  commands ??= JSON.parse(readFileSync(join(INVENTORY_DIR, 'windows-powershell-commands.json'), 'utf8'));
  return commands!;
}

/** Read on first use: 165 KB gzip-compressed, 1 MB of JSON. */
export function dotnetInventory(): DotnetInventory {
  dotnet ??= JSON.parse(gunzipSync(readFileSync(join(INVENTORY_DIR, 'dotnet-framework-4.5.json.gz'))).toString('utf8'));
  return dotnet!;
}
