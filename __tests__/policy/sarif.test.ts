import { Testing } from 'cdktf';
import { HardenedWindowsExampleStack } from '../../main';
import { checkConfigurations } from '../../lib/policy/check';
import { TerraformConfiguration } from '../../lib/policy/engine/terraform-configuration';
import { renderSarifReport, SARIF_SCHEMA } from '../../lib/policy/output';
import { POLICY_RULES } from '../../lib/policy/registry';
import { PowerShellParser } from '../../lib/policy/script-analysis';
import { editHardeningScript, loadPolicyParser, only, TerraformJson, withoutSettingBlock } from '../helpers/policy';

const LEVELS = ['none', 'note', 'warning', 'error'];
let parser: PowerShellParser;
let sarif: any;
let documentText: string;
let document: TerraformJson;

/** Follows an RFC 6901 pointer; undefined when it leads nowhere. */
function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<any>((node, key) => (node === undefined || node === null ? undefined : node[key]), root);
}

beforeAll(async () => {
  parser = await loadPolicyParser();
  document = JSON.parse(JSON.stringify(new HardenedWindowsExampleStack(Testing.app(), 'example').toTerraform()));
  // One error (setting 1 removed), one unknown (the CIDR variable), one suppressed (the public IP).
  editHardeningScript(only(document, 'tencentcloud_instance').body, (s) =>
    withoutSettingBlock(s, 'classic-sharing-model'),
  );
  documentText = JSON.stringify(document, null, 2);
  const config = TerraformConfiguration.parse(documentText, 'cdktf.out/stacks/example/cdk.tf.json');
  sarif = JSON.parse(
    renderSarifReport(checkConfigurations([config], { parser }), { toolVersion: '0.1.0', sourceRoot: '/work/repo' }),
  );
});

test('a SARIF 2.1.0 log with one run of this tool', () => {
  expect(sarif.$schema).toBe(SARIF_SCHEMA);
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs).toHaveLength(1);
  const driver = sarif.runs[0].tool.driver;
  expect(typeof driver.name).toBe('string');
  expect(driver.name.length).toBeGreaterThan(0);
  expect(driver.version).toBe('0.1.0');
  expect(sarif.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
});

test('every rule of the pack, with its id, descriptions, help and default level', () => {
  const rules = sarif.runs[0].tool.driver.rules;
  expect(rules.map((r: { id: string }) => r.id)).toEqual(POLICY_RULES.map((r) => r.id));
  for (const [i, rule] of rules.entries()) {
    expect(rule.shortDescription.text).toBe(POLICY_RULES[i].title);
    expect(rule.fullDescription.text).toBe(POLICY_RULES[i].explanation);
    expect(rule.help.text.length).toBeGreaterThan(20);
    expect(rule.help.markdown.length).toBeGreaterThan(20);
    expect(LEVELS).toContain(rule.defaultConfiguration.level);
    expect(rule.name).toMatch(/^[A-Za-z0-9]+$/);
  }
});

test('results: the error, the unknown as a warning, and the suppression', () => {
  const results = sarif.runs[0].results;
  // In the order of the resources in the file.
  expect(
    results.map((r: any) => [r.ruleId, r.level, r.properties.status, r.suppressions?.[0].justification !== undefined]),
  ).toEqual([
    ['TcWin-SG1', 'warning', 'UNKNOWN', false],
    ['TcWin-RDP1', 'error', 'NON_COMPLIANT', false],
    ['TcWin-CVM1', 'error', 'NON_COMPLIANT', true],
  ]);
  expect(results[1].message.text).toContain(
    "setting 1 classic-sharing-model: the script has no Invoke-HardeningSetting 'classic-sharing-model' block",
  );
});

test('each result names a rule by id and index, and has a message', () => {
  const { rules } = sarif.runs[0].tool.driver;
  for (const result of sarif.runs[0].results) {
    expect(rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(LEVELS).toContain(result.level);
    expect(typeof result.message.text).toBe('string');
    expect(result.message.text.length).toBeGreaterThan(0);
    for (const value of Object.values(result.partialFingerprints)) expect(value).toMatch(/^[0-9a-f]{64}$/);
    for (const suppression of result.suppressions ?? []) {
      expect(['inSource', 'external']).toContain(suppression.kind);
      expect(suppression.justification.length).toBeGreaterThanOrEqual(10);
    }
  }
});

test('each location is the file, relative to %SRCROOT%, at the line and JSON pointer of the resource or its part', () => {
  const run = sarif.runs[0];
  expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
  expect(run.artifacts).toEqual([
    { location: { uri: 'cdktf.out/stacks/example/cdk.tf.json', uriBaseId: '%SRCROOT%' } },
  ]);
  const lines = documentText.split('\n');
  for (const result of run.results) {
    expect(result.locations).toHaveLength(1);
    const [location] = result.locations;
    expect(location.physicalLocation.artifactLocation).toEqual({
      uri: 'cdktf.out/stacks/example/cdk.tf.json',
      uriBaseId: '%SRCROOT%',
    });
    const { startLine } = location.physicalLocation.region;
    expect(Number.isInteger(startLine) && startLine >= 1).toBe(true);
    const [logical] = location.logicalLocations;
    expect(logical.name).toBe(result.message.text.split(': ')[result.properties.status === 'UNKNOWN' ? 1 : 0]);
    expect(resolvePointer(document, logical.fullyQualifiedName)).toBeDefined();
    // The region's line is where the pointer's last key (or list item) starts.
    const lastKey = logical.fullyQualifiedName.split('/').pop();
    expect(lines[startLine - 1]).toMatch(/^\d+$/.test(lastKey) ? /^\s+[{"]/ : new RegExp(`^\\s+"${lastKey}": `));
  }
});
