import { getExpressionAst, parse } from '@cdktf/hcl2json';
import { escapeTerraformTemplate, terraformStringLiteral, unescapeTerraformTemplate } from '../../lib/powershell';
import { onlyResource, synthInstance } from '../helpers/synth';

/*
 * A literal string inside a Terraform interpolation is itself a template (HashiCorp, "Strings and
 * Templates": `$${` and `%%{` are the escapes for `${` and `%{`; backslash escapes as in JSON). These
 * tests hold the escaping to HashiCorp's own parser, the HCL library compiled into @cdktf/hcl2json,
 * not to this project's reading of the docs.
 */

const TRICKY = [
  'plain',
  'a${b}c',
  'a%{ if x }b%{ endif }',
  'a$${b}',
  'a%%{b}',
  '$$${',
  '%%%{',
  '$',
  '%',
  '${',
  '%{',
  'back\\slash',
  'trailing\\',
  '\\${x}',
  'say "hi"',
  'line\nbreak\r\ttab',
  "single ' quote",
  'unicode ü 😀',
  '{}}}{{',
];

/** The expression tree of `"${<expression>}"`, the form the construct emits. */
async function interpolationAst(expression: string) {
  const ast = await getExpressionAst('user-data.tf', `"\${${expression}}"`);
  if (!ast) throw new Error(`no expression tree for ${expression}`);
  return ast;
}

/** Node types anywhere below a node. */
function typesBelow(node: { type: string; children: unknown[] }): string[] {
  return (node.children as Array<{ type: string; children: unknown[] }>).flatMap((c) => [c.type, ...typesBelow(c)]);
}

describe('terraformStringLiteral', () => {
  test.each(TRICKY.map((s) => [JSON.stringify(s), s]))(
    '%s is one literal to HCL, with nothing interpolated',
    async (_, text) => {
      const literal = terraformStringLiteral(text);
      // HCL's own parser reads it as a string template made only of literal parts: no interpolation, no directive.
      const ast = await interpolationAst(`base64encode(${literal})`);
      const call = ast.children[0];
      expect(call.type).toBe('function');
      expect(call.children).toHaveLength(1);
      expect(call.children[0].type).toBe('template');
      expect(new Set(typesBelow(call.children[0]))).toEqual(new Set(['literalValue']));
      // And its value is the text: hcl2json writes the value back in Terraform's JSON syntax, where the
      // template sequences are spelled $${ and %%{ and everything else is the text itself.
      const parsed = (await parse('value.tf', `x = ${literal}`)) as { x: string };
      expect(parsed.x).toBe(escapeTerraformTemplate(text));
    },
  );

  test('an unescaped %{ is a syntax error to the same parser, so the checks above can fail', async () => {
    await expect(parse('value.tf', 'x = "a%{b"')).rejects.toThrow(/template control keyword/);
  });
});

describe('the plaintext opt-in with a literal password', () => {
  // Letters, digits and Tencent Cloud's specials only: " and \ cannot be in a password (validateWindowsPassword).
  test.each(['Ab1%{x}${y}zz', 'Ab1$${z}%%{w}q', 'Ab1%{if}%{endif}'])(
    '%s reaches base64encode unchanged, through a template Terraform can parse',
    async (password) => {
      const { stack } = synthInstance({ administratorPassword: password, dangerouslyPutPasswordInUserData: true });
      const raw = onlyResource(stack, 'tencentcloud_instance').user_data_raw as string;
      const interpolations: string[] = [];
      unescapeTerraformTemplate(raw, (expression) => (interpolations.push(expression), ''));
      expect(interpolations).toHaveLength(1);
      const expression = interpolations[0].slice(2, -1);
      const call = (await interpolationAst(expression)).children[0];
      expect(call.type).toBe('function');
      expect((call.meta as { name: string }).name).toBe('base64encode');
      expect(new Set(typesBelow(call.children[0]))).toEqual(new Set(['literalValue']));
      const argument = expression.slice('base64encode('.length, -1);
      const parsed = (await parse('value.tf', `x = ${argument}`)) as { x: string };
      expect(parsed.x).toBe(escapeTerraformTemplate(password));
    },
  );
});
