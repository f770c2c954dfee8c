import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  App,
  TerraformDataSource,
  TerraformElement,
  TerraformLocal,
  TerraformOutput,
  TerraformResource,
  TerraformResourceLifecycle,
  TerraformStack,
  TerraformVariable,
} from 'cdktf';
import { Construct } from 'constructs';
import { TencentcloudProvider } from '../lib/providers/tencentcloud';
import type { StackBuilder } from './synth-cases';

// cdk.tf.json read back: untyped data, walked by key.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = { [key: string]: any };

/**
 * The identical-JSON floor: cdktf writing the same cdk.tf.json as `build`, from plain cdktf elements and none of
 * the construct's work (no props, validation, settings, rendering or policy metadata to compute). Each resource,
 * data source, output and variable of that JSON is made again at the same construct path and logical id, with its
 * attributes as they were written; a whole-string reference (`${tencentcloud_vpc.x.id}`) becomes a cdktf token
 * again, so the floor pays for token resolution as any stack does. `build` is synthesized once, outside the timing.
 */
export function identicalJsonFloor(build: StackBuilder, maker?: ElementMaker): { floor: StackBuilder; expected: Json } {
  const expected = synthesizedStack(build);
  return { floor: (app) => replay(app, expected.name, expected.json, maker), expected: expected.json };
}

/** The floor of a stack synthesized before (`synthesizedStack`), for a process of its own. */
export function floorOf(saved: { name: string; json: Json }): StackBuilder {
  return (app) => replay(app, saved.name, saved.json);
}

/** The one stack's name and its cdk.tf.json. */
export function synthesizedStack(build: StackBuilder): { name: string; json: Json } {
  const outdir = mkdtempSync(join(tmpdir(), 'hardened-windows-floor-'));
  try {
    const app = new App({ outdir });
    build(app);
    app.synth();
    const [name] = readdirSync(join(outdir, 'stacks'));
    return { name, json: JSON.parse(readFileSync(join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Whether two cdk.tf.json documents hold the same content (key order aside). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted((value as Json)[key])]),
    );
  }
  return value;
}

class ReplayedResource extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    private readonly attributes: Json,
    private readonly refs: Refs,
  ) {
    super(scope, id, { terraformResourceType: type });
  }
  protected synthesizeAttributes(): Json {
    return withReferences(this.attributes, this.refs);
  }
}

class ReplayedDataSource extends TerraformDataSource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    private readonly attributes: Json,
    private readonly refs: Refs,
  ) {
    super(scope, id, { terraformResourceType: type });
  }
  protected synthesizeAttributes(): Json {
    return withReferences(this.attributes, this.refs);
  }
}

/** Replayed resources and data sources by their Terraform address (`type.name`, `data.type.name`). */
export type Refs = Map<string, TerraformResource | TerraformDataSource>;

/** A resource or data source of the saved JSON, to be made again. */
export interface ReplayElement {
  /** `type.name` or `data.type.name`. */
  readonly address: string;
  readonly dataSource: boolean;
  readonly type: string;
  readonly logicalId: string;
  readonly body: Json;
}

/** How a floor makes each resource and data source again: in which order, and from which class. */
export interface ElementMaker {
  order(elements: ReplayElement[]): ReplayElement[];
  make(
    scope: Construct,
    id: string,
    element: ReplayElement,
    attributes: Json,
    refs: Refs,
  ): TerraformResource | TerraformDataSource;
}

/** The judged floor's elements: bare cdktf elements that write the saved attributes, references made at synth. */
const PLAIN_ELEMENTS: ElementMaker = {
  order: (elements) => elements,
  make: (scope, id, element, attributes, refs) =>
    element.dataSource
      ? new ReplayedDataSource(scope, id, element.type, attributes, refs)
      : new ReplayedResource(scope, id, element.type, attributes, refs),
};

function replay(app: App, name: string, json: Json, maker: ElementMaker = PLAIN_ELEMENTS): void {
  const stack = new TerraformStack(app, name);
  const scopes = new Map<string, Construct>([[name, stack]]);
  /** The construct at `path` (stack/a/b), made of plain constructs where the original had its own. */
  const scopeOf = (path: string): Construct => {
    let scope = scopes.get(path);
    if (!scope) {
      const cut = path.lastIndexOf('/');
      scope = new Construct(scopeOf(path.slice(0, cut)), path.slice(cut + 1));
      scopes.set(path, scope);
    }
    return scope;
  };
  const place = <T extends TerraformElement>(
    body: Json,
    make: (scope: Construct, id: string) => T,
    logicalId: string,
  ) => {
    const path: string = body['//']?.metadata?.path ?? `${name}/${logicalId}`;
    const cut = path.lastIndexOf('/');
    const element = make(scopeOf(path.slice(0, cut)), path.slice(cut + 1));
    element.overrideLogicalId(logicalId);
    return element;
  };
  const attributesOf = (body: Json): Json =>
    Object.fromEntries(Object.entries(body).filter(([key]) => !['//', 'depends_on', 'lifecycle'].includes(key)));

  for (const [providerName, [config]] of Object.entries(json.provider ?? {}) as Array<[string, Json[]]>) {
    if (providerName !== 'tencentcloud')
      throw new Error(`the floor replays only the tencentcloud provider, not ${providerName}`);
    new TencentcloudProvider(stack, 'tencentcloud', config);
  }
  for (const [variableName, body] of Object.entries(json.variable ?? {}) as Array<[string, Json]>) {
    place(
      body,
      (scope, id) => new TerraformVariable(scope, id, { type: body.type, sensitive: body.sensitive }),
      variableName,
    );
  }
  for (const [localName, value] of Object.entries(json.locals ?? {})) {
    new TerraformLocal(stack, localName, value).overrideLogicalId(localName);
  }
  const refs: Refs = new Map();
  const elementsOf = (section: Json | undefined, dataSource: boolean): ReplayElement[] =>
    Object.entries(section ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName as Json).map(([logicalId, body]) => ({
        address: `${dataSource ? 'data.' : ''}${type}.${logicalId}`,
        dataSource,
        type,
        logicalId,
        body: body as Json,
      })),
    );
  for (const element of maker.order([...elementsOf(json.data, true), ...elementsOf(json.resource, false)])) {
    const { body } = element;
    const made = place(
      body,
      (scope, id) => maker.make(scope, id, element, attributesOf(body), refs),
      element.logicalId,
    );
    if (!element.dataSource) {
      // Meta-arguments are the resource's own fields, not attributes (cdktf writes them after the attributes).
      if (body.depends_on) made.dependsOn = body.depends_on;
      if (body.lifecycle) (made as TerraformResource).lifecycle = lifecycleOf(body.lifecycle);
      // What a construct added beside cdktf's metadata (the policy record), as it added it: an override.
      for (const [key, value] of Object.entries(body['//'] ?? {})) {
        if (key !== 'metadata') made.addOverride(`//.${key}`, value);
      }
    }
    refs.set(element.address, made);
  }
  // Outputs carry no path of their own: cdktf lists them by construct path in the root metadata.
  const outputPaths = new Map<string, string>();
  const walk = (tree: Json, path: string) => {
    for (const [id, node] of Object.entries(tree)) {
      if (typeof node === 'string') outputPaths.set(node, `${path}/${id}`);
      else walk(node, `${path}/${id}`);
    }
  };
  walk(json['//']?.outputs?.[name] ?? {}, name);
  for (const [outputName, body] of Object.entries(json.output ?? {}) as Array<[string, Json]>) {
    const path = outputPaths.get(outputName) ?? `${name}/${outputName}`;
    const cut = path.lastIndexOf('/');
    const output = new TerraformOutput(scopeOf(path.slice(0, cut)), path.slice(cut + 1), {
      value: withReferences(body.value, refs),
      description: body.description,
      sensitive: body.sensitive,
    });
    output.overrideLogicalId(outputName);
  }
}

export const WHOLE_REFERENCE = /^\$\{((?:data\.)?[a-z0-9_]+\.[^.\s${}]+)\.([a-z0-9_]+)\}$/;

/** The value with each whole-string reference to a replayed element made a cdktf token again. */
export function withReferences(value: unknown, refs: Refs): Json[string] {
  if (typeof value === 'string') {
    const match = WHOLE_REFERENCE.exec(value);
    const element = match && refs.get(match[1]);
    return element ? element.getStringAttribute(match![2]) : value;
  }
  if (Array.isArray(value)) return value.map((v) => withReferences(v, refs));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, withReferences(v, refs)]));
  }
  return value;
}

/** A written `lifecycle` block as cdktf's TerraformResourceLifecycle takes it. */
function lifecycleOf(block: Json): TerraformResourceLifecycle {
  const known = ['create_before_destroy', 'prevent_destroy', 'ignore_changes', 'replace_triggered_by'];
  const unknown = Object.keys(block).filter((key) => !known.includes(key));
  if (unknown.length) throw new Error(`the floor does not replay lifecycle ${unknown.join(', ')}`);
  return {
    createBeforeDestroy: block.create_before_destroy,
    preventDestroy: block.prevent_destroy,
    ignoreChanges: block.ignore_changes,
    replaceTriggeredBy: block.replace_triggered_by,
  };
}
