import { createHash } from 'crypto';
import { Fn, TerraformLocal, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CLIENT_SCRIPT_HOST_PLACEHOLDER, ClientScriptTemplate, escapeTerraformTemplate } from '../../powershell';
import { InputError } from '../../validation';

const OUTPUT_PREFIX = 'client_script_';

/** Output names handed out per stack, to refuse two constructs whose paths differ only in characters Terraform does not allow. */
const namesByStack = new WeakMap<TerraformStack, Map<string, string>>();

/**
 * The Terraform output name for a construct's client script: `client_script_` and the construct's
 * path inside its stack, with characters Terraform does not allow in names turned into `_`.
 * Stable as long as the construct path is, and readable for `terraform output -raw <name>`.
 */
export function clientScriptOutputName(scope: Construct): string {
  const stack = TerraformStack.of(scope);
  const path = scope.node.scopes.slice(scope.node.scopes.indexOf(stack) + 1).map((s) => s.node.id);
  return OUTPUT_PREFIX + path.join('_').replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * The stack's one copy of a client-script template: a local value holding the script with a
 * placeholder where the host goes. Instances with the same login user share it, so the stack holds
 * the 25 KB text once, not once per instance. Terraform reads every JSON string as a template, so
 * the text is escaped; it never goes through an `Fn` call, whose string quoting cdktf gets wrong.
 */
function templateLocal(stack: TerraformStack, template: ClientScriptTemplate): TerraformLocal {
  const id = templateLocalId(template);
  const existing = stack.node.tryFindChild(id);
  if (existing instanceof TerraformLocal) return existing;
  return new TerraformLocal(stack, id, escapeTerraformTemplate(template.parts.join(CLIENT_SCRIPT_HOST_PLACEHOLDER)));
}

/**
 * The local's reference, made once per local: every `asString` makes a new token, and cdktf records a stack trace
 * for each, while the instances that share the local all refer to it the same way.
 */
function templateReference(local: TerraformLocal): string {
  let reference = LOCAL_REFERENCES.get(local);
  if (reference === undefined) {
    reference = local.asString;
    LOCAL_REFERENCES.set(local, reference);
  }
  return reference;
}

const LOCAL_REFERENCES = new WeakMap<TerraformLocal, string>();

/** The local's id, from a hash of the text: hashed once per template object, which the renderer shares. */
function templateLocalId(template: ClientScriptTemplate): string {
  let id = LOCAL_IDS.get(template);
  if (id === undefined) {
    const text = template.parts.join(CLIENT_SCRIPT_HOST_PLACEHOLDER);
    id = `client_script_template_${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
    LOCAL_IDS.set(template, id);
  }
  return id;
}

const LOCAL_IDS = new WeakMap<ClientScriptTemplate, string>();

/**
 * Claims a construct's output name in its stack before anything is created, so that two constructs
 * whose names would meet fail at once rather than after their resources exist.
 */
export function reserveClientScriptOutputName(scope: Construct): string {
  const name = clientScriptOutputName(scope);
  const stack = TerraformStack.of(scope);
  const names = namesByStack.get(stack) ?? new Map<string, string>();
  namesByStack.set(stack, names);
  const other = names.get(name);
  if (other !== undefined && other !== scope.node.path) {
    throw new InputError(
      'id',
      `its outputs would be named ${name} (and verification_...), like those of ${other}; give one of them another id`,
    );
  }
  names.set(name, scope.node.path);
  return name;
}

/**
 * Adds the output holding the ready client script, under a name `reserveClientScriptOutputName`
 * gave: the stack's template with `hostExpression` (a token such as the instance's public IP) put in
 * by Terraform's `replace()` at apply time.
 */
export function addClientScriptOutput(
  scope: Construct,
  name: string,
  template: ClientScriptTemplate,
  hostExpression: string,
): TerraformOutput {
  return new TerraformOutput(scope, name, {
    staticId: true,
    value: Fn.replace(
      templateReference(templateLocal(TerraformStack.of(scope), template)),
      CLIENT_SCRIPT_HOST_PLACEHOLDER,
      hostExpression,
    ),
    sensitive: false,
    description:
      'PowerShell for the Windows computer you connect from (allows saved-credential delegation to this host only, ' +
      `stores the credential, writes an .rdp file). Save it: terraform output -raw ${name} > connect.ps1 ; ` +
      'then, in Windows PowerShell run as administrator: powershell.exe -ExecutionPolicy Bypass -File .\\connect.ps1',
  });
}
