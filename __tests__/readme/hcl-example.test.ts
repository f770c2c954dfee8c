import { readFileSync } from 'fs';
import { join } from 'path';
import { runRenderUserData } from '../../scripts/render-user-data';
import { loadSchema, SchemaBlock } from '../providers/tencentcloud/schema-checker';

// docs/terraform-hcl.md's HCL is what plain-Terraform users copy: its argument names must be the provider's, and the
// names it creates must be the ones the page's command bakes into the user data.

const PAGE = readFileSync(join(__dirname, '..', '..', 'docs', 'terraform-hcl.md'), 'utf8');
const TERRAFORM_META_ARGUMENTS = ['count', 'depends_on', 'for_each', 'lifecycle', 'provider'];

interface HclBlock {
  readonly kind: 'resource' | 'data' | 'provider' | 'locals';
  readonly type: string;
  /** Arguments and nested blocks directly inside the block, with their values' first line. */
  readonly entries: ReadonlyMap<string, string>;
}

/** The page's fenced blocks of one language. */
function fenced(language: string): string[] {
  return [...PAGE.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

/** Blanks out strings and comments so braces inside them do not count. */
function codeOnly(line: string): string {
  return line.replace(/"(?:[^"\\$]|\\.|\$(?!\{)|\$\{[^}]*\})*"/g, '""').replace(/#.*$/, '');
}

/**
 * The top-level blocks of simple HCL (no heredocs): enough for the page's example, and strict where it
 * matters: an entry is a name at depth one, followed by `=` (argument) or `{` (nested block).
 */
function parseHcl(text: string): HclBlock[] {
  const blocks: HclBlock[] = [];
  let current: { kind: HclBlock['kind']; type: string; entries: Map<string, string> } | undefined;
  let depth = 0;
  for (const line of text.split('\n')) {
    if (depth === 0) {
      const header = /^(resource|data)\s+"([\w-]+)"\s+"[\w-]+"\s*\{|^(provider)\s+"([\w-]+)"\s*\{|^(locals)\s*\{/.exec(
        line,
      );
      if (header) {
        const kind = (header[1] ?? header[3] ?? header[5]) as HclBlock['kind'];
        current = { kind, type: header[2] ?? header[4] ?? 'locals', entries: new Map() };
        blocks.push(current);
      } else {
        current = undefined;
      }
    } else if (depth === 1 && current) {
      const entry = /^\s*([a-z_][a-z0-9_]*)\s*(=|\{)\s*(.*)$/.exec(line);
      if (entry) current.entries.set(entry[1], entry[3]);
    }
    const code = codeOnly(line);
    depth += (code.match(/[{[(]/g) ?? []).length - (code.match(/[}\])]/g) ?? []).length;
  }
  if (depth !== 0) throw new Error(`docs/terraform-hcl.md's HCL has unbalanced brackets (depth ${depth} at the end)`);
  return blocks;
}

const schema = loadSchema();
const hcl = fenced('hcl');
const blocks = hcl.flatMap(parseHcl);

function schemaFor(block: HclBlock): SchemaBlock {
  if (block.kind === 'provider') return schema.provider.block;
  const entry = block.kind === 'resource' ? schema.resources[block.type] : schema.data_sources[block.type];
  if (!entry) throw new Error(`${block.kind} ${block.type} is not in the vendored provider schema`);
  return entry.block;
}

describe('the HCL example in docs/terraform-hcl.md', () => {
  test('is there, with the resources setting 3 needs', () => {
    expect(hcl).toHaveLength(1);
    expect(blocks.filter((b) => b.kind === 'resource').map((b) => b.type)).toEqual([
      'tencentcloud_ssm_secret',
      'tencentcloud_ssm_secret_version',
      'tencentcloud_cam_role',
      'tencentcloud_cam_policy',
      'tencentcloud_cam_role_policy_attachment',
      'tencentcloud_instance',
    ]);
  });

  test.each(blocks.filter((b) => b.kind !== 'locals').map((b) => [`${b.kind} ${b.type}`, b] as const))(
    "%s uses only the provider schema's argument names, and every required one",
    (_, block) => {
      const known = schemaFor(block);
      const allowed = new Set([
        ...Object.keys(known.attributes),
        ...Object.keys(known.blocks),
        ...TERRAFORM_META_ARGUMENTS,
      ]);
      const unknown = [...block.entries.keys()].filter((name) => !allowed.has(name));
      expect(unknown).toEqual([]);
      const required = Object.entries(known.attributes)
        .filter(([, a]) => a.required)
        .map(([name]) => name);
      expect(required.filter((name) => !block.entries.has(name))).toEqual([]);
    },
  );

  test('gives the instance the rendered user data as user_data_raw through file(), and the role by name', () => {
    const instance = blocks.find((b) => b.type === 'tencentcloud_instance')!;
    expect(instance.entries.get('user_data_raw')).toBe('file("${path.module}/hardening-user-data.txt")');
    expect(instance.entries.get('cam_role_name')).toBe('tencentcloud_cam_role.rdp_credential.name');
  });

  test("creates the secret, version and role the page's command names, and the command accepts them", () => {
    const command = fenced('sh')
      .flatMap((block) => block.split('\n'))
      .find((line) => line.startsWith('npx tencentcloud-hardened-windows-user-data '));
    expect(command).toBeDefined();
    const args = command!.split(/\s+/).slice(2);
    const option = (name: string) => args[args.indexOf(name) + 1];
    const locals = blocks.find((b) => b.kind === 'locals')!.entries;
    expect(locals.get('secret_name')).toBe(JSON.stringify(option('--secret-name')));
    expect(locals.get('secret_version')).toBe(JSON.stringify(option('--secret-version')));
    expect(locals.get('cam_role_name')).toBe(JSON.stringify(option('--cam-role')));

    const written = new Map<string, string>();
    const status = runRenderUserData(args, {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: () => {
        throw new Error('no file is read');
      },
      writeFile: (path, text) => written.set(path, text),
    });
    expect(status).toBe(0);
    expect([...written.keys()]).toEqual(['hardening-user-data.txt']);
  });
});
