import { readFileSync } from 'fs';
import { join } from 'path';
import { TerraformDataSource, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import * as bindings from '../lib/providers/tencentcloud';
// The generated bindings' naming rule, as the schema-conformance test applies it.
import { camelCase } from '../__tests__/providers/tencentcloud/schema-checker';
import { ElementMaker, Json, ReplayElement, Refs, WHOLE_REFERENCE, withReferences } from './identical-json-floor';

/**
 * A second, informational floor: the same cdk.tf.json made again through the generated provider bindings (the
 * classes a user of cdktf writes these resources with), each from its config, references passed as the bindings'
 * attribute tokens when the resource is made, as a hand-written stack would. Against the judged floor (bare
 * elements, references made at synth) it shows what the bindings cost; against ours, what the construct adds to
 * them. `identicalJsonFloor(build, BINDINGS_ELEMENTS)` checks it writes the same JSON, as for the judged floor.
 */
export const BINDINGS_ELEMENTS: ElementMaker = {
  order: dependencyOrder,
  make: (scope, id, element, attributes, refs) => {
    const binding = BINDING_CLASSES.get(element.type);
    const block = (element.dataSource ? SCHEMA.data_source_schemas : SCHEMA.resource_schemas)[element.type]?.block;
    if (!binding || !block) throw new Error(`the bindings floor has no binding or schema for ${element.type}`);
    return new binding(scope, id, configOf(attributes, block, refs));
  },
};

type BindingClass = new (scope: Construct, id: string, config: Json) => TerraformResource | TerraformDataSource;

/** Every generated binding by its Terraform type (`tfResourceType`, a static member of each). */
const BINDING_CLASSES = new Map<string, BindingClass>(
  (Object.values(bindings) as unknown[])
    .filter((value): value is BindingClass & { tfResourceType: string } => {
      return typeof value === 'function' && typeof (value as { tfResourceType?: unknown }).tfResourceType === 'string';
    })
    .map((binding) => [binding.tfResourceType, binding]),
);

interface SchemaBlock {
  readonly attributes?: { [name: string]: unknown };
  readonly block_types?: { [name: string]: { readonly max_items?: number; readonly block: SchemaBlock } };
}

/** The schema the bindings were generated from (docs/bindings.md): it says which keys are nested blocks. */
const SCHEMA = (() => {
  const document = JSON.parse(readFileSync(join(__dirname, '..', 'provider-schema', 'tencentcloud.json'), 'utf8'));
  const [provider] = Object.values(document.provider_schemas as Json);
  return provider as {
    resource_schemas: { [type: string]: { block: SchemaBlock } };
    data_source_schemas: { [type: string]: { block: SchemaBlock } };
  };
})();

/**
 * Written attributes as a binding's config: names in camelCase, as the generator names them; a nested block as
 * an object (at most one) or a list of them; map values (tags) keep their keys; whole-string references as tokens.
 */
function configOf(attributes: Json, block: SchemaBlock, refs: Refs): Json {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => {
      const nested = block.block_types?.[key];
      let config: unknown;
      if (!nested) config = withReferences(value, refs);
      else if (Array.isArray(value) && nested.max_items === 1) config = configOf(value[0], nested.block, refs);
      else if (Array.isArray(value)) config = value.map((item: Json) => configOf(item, nested.block, refs));
      else config = configOf(value, nested.block, refs);
      return [camelCase(key), config];
    }),
  );
}

/** Each element after the ones its attributes refer to, so every reference exists when it is passed. */
function dependencyOrder(elements: ReplayElement[]): ReplayElement[] {
  const byAddress = new Map(elements.map((element) => [element.address, element]));
  const ordered: ReplayElement[] = [];
  const placed = new Set<string>();
  const visit = (element: ReplayElement, path: Set<string>) => {
    if (placed.has(element.address)) return;
    if (path.has(element.address)) throw new Error(`the saved JSON refers in a circle through ${element.address}`);
    path.add(element.address);
    for (const address of referencesIn(element.body)) {
      const target = byAddress.get(address);
      if (target) visit(target, path);
    }
    path.delete(element.address);
    placed.add(element.address);
    ordered.push(element);
  };
  for (const element of elements) visit(element, new Set());
  return ordered;
}

function referencesIn(value: unknown): string[] {
  if (typeof value === 'string') {
    const match = WHOLE_REFERENCE.exec(value);
    return match ? [match[1]] : [];
  }
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(referencesIn);
  return [];
}
