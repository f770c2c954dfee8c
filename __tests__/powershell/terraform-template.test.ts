import fc from 'fast-check';
import { escapeTerraformTemplate, unescapeTerraformTemplate, userDataRawTemplate } from '../../lib/powershell';

const noInterpolation = (expression: string): string => {
  throw new Error(`unexpected interpolation ${expression}`);
};

describe('Terraform template escaping', () => {
  test('doubles the first character of ${ and %{', () => {
    expect(escapeTerraformTemplate('a ${env:TEMP} %{ if x } $${b} $ { }')).toBe(
      'a $${env:TEMP} %%{ if x } $$${b} $ { }',
    );
  });

  test('any text survives escaping and Terraform-style reading unchanged, with nothing interpolated', () => {
    const text = fc.string({ unit: fc.constantFrom('$', '%', '{', '}', 'a', ' ', '\n', '"', '\\') });
    fc.assert(fc.property(text, (s) => unescapeTerraformTemplate(escapeTerraformTemplate(s), noInterpolation) === s));
  });

  test("the plaintext opt-in's user data interpolates only the password, whatever the script holds", () => {
    const template = userDataRawTemplate(
      ['<powershell>\n$p = "${env:TEMP}" # %{ x }\n$x = \'', { slot: 'password-base64' }, "'\n</powershell>\n"],
      '${base64encode(var.p)}',
    );
    const interpolations: string[] = [];
    const text = unescapeTerraformTemplate(template, (expression) => (interpolations.push(expression), 'PW'));
    expect(interpolations).toEqual(['${base64encode(var.p)}']);
    expect(text).toBe('<powershell>\n$p = "${env:TEMP}" # %{ x }\n$x = \'PW\'\n</powershell>\n');
  });
});
