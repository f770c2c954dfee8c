/** JSON path from the document root, as segments: `['resource', 'tencentcloud_instance', 'web', 'ingress', 2]`. */
export type JsonPath = readonly (string | number)[];

/** One `resource` block of a configuration. */
export interface ResourceBlock {
  readonly type: string;
  readonly name: string;
  /** `type.name`, as Terraform addresses it. */
  readonly address: string;
  /** The arguments, without the `"//"` comment key. */
  readonly attributes: Readonly<Record<string, unknown>>;
  /** The `"//"` object (cdktf puts its construct metadata there), or `{}`. */
  readonly comment: Readonly<Record<string, unknown>>;
  /** The construct path cdktf recorded, when the file came from `cdktf synth`. */
  readonly constructPath?: string;
  readonly jsonPath: JsonPath;
}

export interface TerraformVariableBlock {
  readonly name: string;
  readonly hasDefault: boolean;
  readonly default?: unknown;
  readonly sensitive: boolean;
}

/** The input is not usable as a Terraform JSON configuration; the message is one line for a person. */
export class TerraformConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TerraformConfigurationError';
  }
}

/** Top-level keys of the Terraform JSON syntax (https://developer.hashicorp.com/terraform/language/syntax/json). */
const TOP_LEVEL_BLOCKS = new Set([
  'terraform',
  'provider',
  'variable',
  'locals',
  'output',
  'module',
  'resource',
  'data',
  'moved',
  'import',
  'check',
  'removed',
  'ephemeral',
]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A Terraform JSON configuration (a `cdk.tf.json` or a plain `*.tf.json`) with the lookups rules need.
 * Read only: rules see resources as the file states them, with no cdktf at run time.
 */
export class TerraformConfiguration {
  /** Parses and validates; throws `TerraformConfigurationError` with a one-line reason. */
  public static parse(text: string, source: string): TerraformConfiguration {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new TerraformConfigurationError(`${source}: not valid JSON (${(e as Error).message})`);
    }
    return TerraformConfiguration.fromJson(json, source, text);
  }

  public static fromJson(json: unknown, source: string, text?: string): TerraformConfiguration {
    const notTerraform = (why: string) =>
      new TerraformConfigurationError(`${source}: not a Terraform JSON configuration: ${why}`);
    if (!isObject(json)) throw notTerraform('the document is not a JSON object');
    const keys = Object.keys(json).filter((k) => k !== '//');
    if (keys.length === 0) throw notTerraform('it has no Terraform block (resource, variable, provider, ...)');
    const stranger = keys.find((k) => !TOP_LEVEL_BLOCKS.has(k));
    if (stranger !== undefined)
      throw notTerraform(`the top-level key ${JSON.stringify(stranger)} is not a Terraform block type`);
    return new TerraformConfiguration(json, source, text, notTerraform);
  }

  public readonly resources: readonly ResourceBlock[];
  private readonly resourceIndex = new Map<string, ResourceBlock>();
  private readonly dataSources = new Map<string, JsonObject>();
  private readonly variables = new Map<string, TerraformVariableBlock>();
  private readonly locals = new Map<string, unknown>();

  private constructor(
    public readonly json: Readonly<JsonObject>,
    /** Where the configuration came from, as the user named it. */
    public readonly source: string,
    /** The file's text, when read from a file: reports turn JSON paths into line numbers with it. */
    public readonly text: string | undefined,
    notTerraform: (why: string) => Error,
  ) {
    const resources: ResourceBlock[] = [];
    for (const [type, name, body] of labelledBlocks(json.resource, 'resource', notTerraform)) {
      const { '//': comment, ...attributes } = body;
      const commentObject = isObject(comment) ? comment : {};
      const metadata = commentObject.metadata;
      const resource: ResourceBlock = {
        type,
        name,
        address: `${type}.${name}`,
        attributes,
        comment: commentObject,
        constructPath: isObject(metadata) && typeof metadata.path === 'string' ? metadata.path : undefined,
        jsonPath: ['resource', type, name],
      };
      resources.push(resource);
      this.resourceIndex.set(resource.address, resource);
    }
    this.resources = resources;
    for (const [type, name, body] of labelledBlocks(json.data, 'data', notTerraform))
      this.dataSources.set(`${type}.${name}`, body);
    for (const [name, body] of Object.entries(blockObject(json.variable, 'variable', notTerraform))) {
      if (!isObject(body)) throw notTerraform(`variable ${JSON.stringify(name)} is not an object`);
      this.variables.set(name, {
        name,
        hasDefault: 'default' in body,
        default: body.default,
        sensitive: body.sensitive === true,
      });
    }
    const locals = Array.isArray(json.locals) ? json.locals : [json.locals ?? {}];
    for (const block of locals) {
      if (!isObject(block)) throw notTerraform('locals is not an object');
      for (const [name, value] of Object.entries(block)) if (name !== '//') this.locals.set(name, value);
    }
  }

  public resource(type: string, name: string): ResourceBlock | undefined {
    return this.resourceIndex.get(`${type}.${name}`);
  }

  /** A data source's arguments. */
  public dataSource(type: string, name: string): Readonly<JsonObject> | undefined {
    return this.dataSources.get(`${type}.${name}`);
  }

  public variable(name: string): TerraformVariableBlock | undefined {
    return this.variables.get(name);
  }

  public get variableBlocks(): readonly TerraformVariableBlock[] {
    return [...this.variables.values()];
  }

  public local(name: string): { readonly value: unknown } | undefined {
    return this.locals.has(name) ? { value: this.locals.get(name) } : undefined;
  }
}

/** A top-level block body: an object, or (JSON syntax allows it) an array of objects merged in order. */
function blockObject(value: unknown, what: string, notTerraform: (why: string) => Error): JsonObject {
  if (value === undefined) return {};
  const parts = Array.isArray(value) ? value : [value];
  const merged: JsonObject = {};
  for (const part of parts) {
    if (!isObject(part)) throw notTerraform(`${what} is not an object`);
    for (const [key, body] of Object.entries(part)) if (key !== '//') merged[key] = body;
  }
  return merged;
}

/** `{ type: { name: body } }` as [type, name, body] triples. */
function labelledBlocks(
  value: unknown,
  what: string,
  notTerraform: (why: string) => Error,
): Array<[string, string, JsonObject]> {
  const out: Array<[string, string, JsonObject]> = [];
  for (const [type, byName] of Object.entries(blockObject(value, what, notTerraform))) {
    for (const [name, body] of Object.entries(blockObject(byName, `${what} ${JSON.stringify(type)}`, notTerraform))) {
      const single = Array.isArray(body) && body.length === 1 ? body[0] : body;
      if (!isObject(single)) throw notTerraform(`${what} ${type}.${name} is not an object`);
      out.push([type, name, single]);
    }
  }
  return out;
}
