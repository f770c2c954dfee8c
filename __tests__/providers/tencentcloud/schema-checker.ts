// Checks synthesized Terraform JSON against the provider schema facts in
// __tests__/fixtures/tencentcloud-provider-schema.json. Pure functions, no cdktf import, so the same checker can be
// pointed at a tampered object to prove it is not vacuous.
import * as fs from 'fs';
import * as path from 'path';

export interface SchemaAttribute {
  readonly type: string;
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  /** Changing the argument makes Terraform replace the resource. */
  readonly force_new: boolean;
  readonly sensitive?: boolean;
  readonly deprecated: string | null;
  readonly integer?: boolean;
  readonly default?: unknown;
  readonly nested?: SchemaBlock;
}

export interface SchemaBlockType {
  readonly nesting: 'list' | 'set';
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  readonly deprecated: string | null;
  readonly min_items: number;
  /** 0 means unlimited. */
  readonly max_items: number;
  readonly block: SchemaBlock;
}

export interface SchemaBlock {
  readonly attributes: Readonly<Record<string, SchemaAttribute>>;
  readonly blocks: Readonly<Record<string, SchemaBlockType>>;
}

export interface SchemaEntry {
  readonly kind: 'resource' | 'data';
  readonly docs: string;
  readonly deprecation_message: string | null;
  /** The operations the provider declares timeouts for (`create`, `delete`, ...). */
  readonly timeouts: readonly string[];
  readonly block: SchemaBlock;
}

export interface SchemaFile {
  readonly description: string;
  readonly source: { readonly repository: string; readonly commit: string };
  readonly notes: readonly string[];
  readonly provider: { readonly meta_arguments: readonly string[]; readonly block: SchemaBlock };
  readonly resources: Readonly<Record<string, SchemaEntry>>;
  readonly data_sources: Readonly<Record<string, SchemaEntry>>;
}

export const SCHEMA_FIXTURE_PATH = path.join(__dirname, '..', '..', 'fixtures', 'tencentcloud-provider-schema.json');

export function loadSchema(): SchemaFile {
  return JSON.parse(fs.readFileSync(SCHEMA_FIXTURE_PATH, 'utf-8')) as SchemaFile;
}

/** Keys cdktf may emit next to a resource's or data source's arguments that are Terraform meta-arguments. */
export const RESOURCE_META_KEYS: readonly string[] = [
  '//',
  'count',
  'for_each',
  'depends_on',
  'provider',
  'lifecycle',
  'provisioner',
  'connection',
];

export interface CheckOptions {
  /** Top-level keys that are not schema arguments (meta-arguments); ignored at the top level only. */
  readonly ignoreTopLevel?: readonly string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/** Checks a JSON value against a schema type string such as `string`, `list(string)`, `map(string)`. */
export function checkValueType(value: unknown, type: string, where: string, integer = false): string[] {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${where}: expected string, got ${kindOf(value)}`];
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return [`${where}: expected number, got ${kindOf(value)}`];
      }
      return integer && !Number.isInteger(value) ? [`${where}: expected an integer, got ${value}`] : [];
    case 'bool':
      return typeof value === 'boolean' ? [] : [`${where}: expected boolean, got ${kindOf(value)}`];
  }
  const m = /^(list|set|map)\((.+)\)$/.exec(type);
  if (!m) return [`${where}: schema type ${type} is not understood by the checker`];
  const [, kind, inner] = m;
  if (inner === 'object') {
    return [`${where}: ${type} is only used for computed-only attributes and must not be emitted`];
  }
  if (kind === 'map') {
    if (!isPlainObject(value)) return [`${where}: expected object (${type}), got ${kindOf(value)}`];
    return Object.entries(value).flatMap(([k, v]) => checkValueType(v, inner, `${where}.${k}`));
  }
  if (!Array.isArray(value)) return [`${where}: expected array (${type}), got ${kindOf(value)}`];
  return value.flatMap((v, i) => checkValueType(v, inner, `${where}[${i}]`));
}

/**
 * Every problem found in `value` (a synthesized resource body, provider body or block element) against `block`:
 * unknown names, computed-only names, deprecated names, JSON types that do not match the schema type, block shape
 * and item counts, and missing required arguments. Returns an empty array when the value conforms.
 */
export function checkAgainstSchema(
  value: unknown,
  block: SchemaBlock,
  where: string,
  options: CheckOptions = {},
): string[] {
  if (!isPlainObject(value)) return [`${where}: expected object, got ${kindOf(value)}`];
  const ignored = new Set(options.ignoreTopLevel ?? []);
  const problems: string[] = [];
  for (const [name, v] of Object.entries(value)) {
    if (ignored.has(name)) continue;
    const at = `${where}.${name}`;
    const attr = block.attributes[name];
    const blockType = block.blocks[name];
    if (attr) {
      if (attr.computed && !attr.optional && !attr.required) {
        problems.push(`${at}: "${name}" is computed-only and cannot be set`);
        continue;
      }
      if (attr.deprecated) problems.push(`${at}: "${name}" is deprecated (${attr.deprecated})`);
      problems.push(...checkValueType(v, attr.type, at, attr.integer ?? false));
    } else if (blockType) {
      if (blockType.deprecated) problems.push(`${at}: block "${name}" is deprecated (${blockType.deprecated})`);
      // Terraform's JSON syntax also accepts a single object for a block; cdktf emits one for max_items 1 blocks.
      const items = Array.isArray(v) ? v : blockType.max_items === 1 && isPlainObject(v) ? [v] : undefined;
      if (!items) {
        problems.push(`${at}: block "${name}" expected an array of objects, got ${kindOf(v)}`);
        continue;
      }
      if (items.length < blockType.min_items) {
        problems.push(`${at}: block "${name}" needs at least ${blockType.min_items} item(s), got ${items.length}`);
      }
      if (blockType.max_items > 0 && items.length > blockType.max_items) {
        problems.push(`${at}: block "${name}" allows at most ${blockType.max_items} item(s), got ${items.length}`);
      }
      items.forEach((item, i) => problems.push(...checkAgainstSchema(item, blockType.block, `${at}[${i}]`)));
    } else {
      problems.push(`${at}: "${name}" is not an argument or block of this schema`);
    }
  }
  for (const [name, attr] of Object.entries(block.attributes)) {
    if (attr.required && !(name in value)) problems.push(`${where}.${name}: required "${name}" is missing`);
  }
  for (const [name, blockType] of Object.entries(block.blocks)) {
    if ((blockType.required || blockType.min_items > 0) && !(name in value)) {
      problems.push(`${where}.${name}: required block "${name}" is missing`);
    }
  }
  return problems;
}

/** Schema-required argument and block names of a block (top level only). */
export function requiredNames(block: SchemaBlock): string[] {
  return [
    ...Object.entries(block.attributes)
      .filter(([, a]) => a.required)
      .map(([n]) => n),
    ...Object.entries(block.blocks)
      .filter(([, b]) => b.required || b.min_items > 0)
      .map(([n]) => n),
  ].sort();
}

/** `userDataRaw` -> `user_data_raw`, the mapping cdktf's generated bindings use. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * The snake_case key tree a config object should synthesize to: argument names at each level, descending into
 * block elements (but not into map values, whose keys are user data).
 */
export function expectedKeyTree(config: object, block: SchemaBlock): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) continue;
    const name = snakeCase(key);
    const blockType = block.blocks[name];
    if (blockType) {
      const items: unknown[] = Array.isArray(value) ? value : [value];
      tree[name] = items.map((item) => expectedKeyTree(item as object, blockType.block));
    } else {
      tree[name] = true;
    }
  }
  return tree;
}

/** The same key tree, read from synthesized JSON. */
export function actualKeyTree(
  synthesized: Record<string, unknown>,
  block: SchemaBlock,
  ignoreTopLevel: readonly string[] = [],
): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(synthesized)) {
    if (ignoreTopLevel.includes(name)) continue;
    const blockType = block.blocks[name];
    if (blockType) {
      const items: unknown[] = Array.isArray(value) ? value : [value];
      tree[name] = items.map((item) => actualKeyTree(item as Record<string, unknown>, blockType.block));
    } else {
      tree[name] = true;
    }
  }
  return tree;
}

/** `user_data_raw` -> `userDataRaw`, the property name cdktf's generated Config interfaces use. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** Whether an argument may appear in a configuration at all (not computed-only, not deprecated). */
function settable(a: { required: boolean; optional: boolean; deprecated: string | null }): boolean {
  return (a.required || a.optional) && !a.deprecated;
}

/** A JSON value of a schema type, for a FULL config built from the schema facts. */
function sampleValue(type: string, name: string): unknown {
  switch (type) {
    case 'string':
      return `sample-${name}`;
    case 'number':
      return 1;
    case 'bool':
      return true;
  }
  const m = /^(list|set|map)\((.+)\)$/.exec(type);
  if (!m) throw new Error(`schema type ${type} of ${name} is not understood`);
  return m[1] === 'map' ? { key: sampleValue(m[2], name) } : [sampleValue(m[2], name)];
}

/**
 * A camelCase Config value that sets every settable, non-deprecated argument and block of `block`, built from the
 * schema facts alone (never from the bindings). Blocks with max_items 1 take one object, as cdktf's generated
 * Config interfaces type them; other blocks take a one-element array.
 */
export function fullConfigFromSchema(block: SchemaBlock): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries(block.attributes)) {
    if (settable(attr)) config[camelCase(name)] = sampleValue(attr.type, name);
  }
  for (const [name, blockType] of Object.entries(block.blocks)) {
    if (!settable(blockType)) continue;
    const element = fullConfigFromSchema(blockType.block);
    config[camelCase(name)] = blockType.max_items === 1 ? element : [element];
  }
  return config;
}

/** The snake_case names a configuration may set at the top level of `block` (arguments and blocks). */
export function settableNames(block: SchemaBlock): string[] {
  return [
    ...Object.entries(block.attributes)
      .filter(([, a]) => a.required || a.optional)
      .map(([n]) => n),
    ...Object.entries(block.blocks)
      .filter(([, b]) => b.required || b.optional)
      .map(([n]) => n),
  ].sort();
}
