import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedWindowsInstance } from '../../lib';
import { FLEET_POLICY_SUPPRESSIONS, INSTANCE_POLICY_SUPPRESSIONS } from '../../lib/constructs';
import { PolicySuppressions } from '../../lib/policy';
import { checkConfigurations } from '../../lib/policy/check';
import { TerraformConfiguration } from '../../lib/policy/engine/terraform-configuration';
import { renderJsonReport, renderSarifReport, renderTextReport } from '../../lib/policy/output';
import { POLICY_RULES } from '../../lib/policy/registry';
import { PowerShellParser } from '../../lib/policy/script-analysis';
import { Instance, TencentcloudProvider } from '../../lib/providers/tencentcloud';
import {
  check,
  failing,
  loadPolicyParser,
  only,
  synthHardenedFleet,
  synthWithMetadata,
  TerraformJson,
} from '../helpers/policy';
import { validProps } from '../helpers/synth';

const CVM = 'tencentcloud_instance';
const RULE_SET = 'tencentcloud_security_group_rule_set';
let parser: PowerShellParser;

beforeAll(async () => {
  parser = await loadPolicyParser();
});

function suppressionsOf(body: Record<string, any>): unknown {
  return body['//']?.['tencentcloud-hardened-windows']?.suppressions;
}

/** A construct whose rule set admits RDP from a variable without a default: an UNKNOWN for TcWin-SG1. */
function stackWith(suppress?: (host: HardenedWindowsInstance) => void): TerraformJson {
  return synthWithMetadata((stack) => {
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const cidr = new TerraformVariable(stack, 'rdp_cidr', { type: 'string' });
    const host = new HardenedWindowsInstance(
      stack,
      'windows',
      validProps(stack, { rdpAllowedCidrs: [cidr.stringValue] }),
    );
    suppress?.(host);
  });
}

describe('recorded in the synthesized JSON', () => {
  test('the construct records its public-IP suppression, with its reason, on the instance', () => {
    const body = only(stackWith(), CVM).body;
    expect(suppressionsOf(body)).toEqual(INSTANCE_POLICY_SUPPRESSIONS);
    expect(Object.keys(INSTANCE_POLICY_SUPPRESSIONS)).toEqual(['TcWin-CVM1']);
  });

  test('the fleet records its public-IP suppression on the launch configuration, and the check applies it', () => {
    const json = synthHardenedFleet();
    const launch = only(json, 'tencentcloud_as_scaling_config');
    expect(suppressionsOf(launch.body)).toEqual(FLEET_POLICY_SUPPRESSIONS);
    expect(Object.keys(FLEET_POLICY_SUPPRESSIONS)).toEqual(['TcWin-CVM1']);
    expect(launch.body.public_ip_assigned).toBe(true);
    const cvm1 = check(json).filter((f) => f.ruleId === 'TcWin-CVM1');
    expect(cvm1.map((f) => [f.address, f.status, f.suppression?.reason])).toEqual([
      [launch.address, 'NON_COMPLIANT', FLEET_POLICY_SUPPRESSIONS['TcWin-CVM1'].reason],
    ]);
  });

  test('every rule id the constructs suppress is a suppressible rule of the pack', () => {
    for (const id of [...Object.keys(INSTANCE_POLICY_SUPPRESSIONS), ...Object.keys(FLEET_POLICY_SUPPRESSIONS)]) {
      expect(POLICY_RULES.find((r) => r.id === id)?.suppressible).toBe(true);
    }
  });

  test('the helper records a suppression under "//" on every resource below a construct, beside the construct\'s own', () => {
    const reason = 'the variable rdp_cidr is validated against 0.0.0.0/0 by the pipeline';
    const json = stackWith((host) => {
      PolicySuppressions.addResourceSuppressions(host.securityGroup, [{ id: 'TcWin-SG1', reason }]);
      PolicySuppressions.addResourceSuppressions(host.instance, [
        { id: 'TcWin-CVM2', reason: 'monitoring is done by the agent fleet' },
      ]);
    });
    expect(suppressionsOf(only(json, RULE_SET).body)).toEqual({ 'TcWin-SG1': { reason } });
    expect(suppressionsOf(only(json, 'tencentcloud_security_group').body)).toEqual({ 'TcWin-SG1': { reason } });
    expect(suppressionsOf(only(json, CVM).body)).toEqual({
      ...INSTANCE_POLICY_SUPPRESSIONS,
      'TcWin-CVM2': { reason: 'monitoring is done by the agent fleet' },
    });
  });
});

describe('refused at once by the helper', () => {
  function instance() {
    const stack = new TerraformStack(Testing.app(), 'stack');
    return new Instance(stack, 'plain', { imageId: 'img-l8og963d' });
  }

  test('a reason under 10 characters', () => {
    expect(() =>
      PolicySuppressions.addResourceSuppressions(instance(), [{ id: 'TcWin-CVM1', reason: 'needed' }]),
    ).toThrow(
      'stack/plain: the suppression is refused: its suppression of TcWin-CVM1 must give a reason of at least 10 characters',
    );
  });

  test('an unknown rule id', () => {
    expect(() =>
      PolicySuppressions.addResourceSuppressions(instance(), [{ id: 'TcWin-CVM99', reason: 'a long enough reason' }]),
    ).toThrow(
      /^stack\/plain: the suppression is refused: it suppresses "TcWin-CVM99", which is not a rule of this check \(TcWin-RDP1, /,
    );
  });

  test('the rule about suppressions', () => {
    expect(() =>
      PolicySuppressions.addResourceSuppressions(instance(), [{ id: 'TcWin-SUP1', reason: 'a long enough reason' }]),
    ).toThrow('stack/plain: the suppression is refused: it suppresses TcWin-SUP1, which cannot be suppressed');
  });

  test('a construct with no resource below it', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    const empty = new Construct(stack, 'empty');
    expect(() =>
      PolicySuppressions.addResourceSuppressions(empty, [{ id: 'TcWin-CVM1', reason: 'a long enough reason' }]),
    ).toThrow('stack/empty: holds no Terraform resource to suppress rules on');
  });
});

describe('applied by the engine', () => {
  test("a suppression covers the rule's NON_COMPLIANT and UNKNOWN findings on that resource only", () => {
    const reason = 'the variable rdp_cidr is validated against 0.0.0.0/0 by the pipeline';
    const findings = check(
      stackWith((host) =>
        PolicySuppressions.addResourceSuppressions(host.securityGroup.rules, [{ id: 'TcWin-SG1', reason }]),
      ),
    );
    const sg1 = findings.filter((f) => f.ruleId === 'TcWin-SG1' && f.status === 'UNKNOWN');
    expect(sg1.map((f) => f.suppression)).toEqual([{ reason }]);
    const cvm1 = findings.filter((f) => f.ruleId === 'TcWin-CVM1');
    expect(cvm1.map((f) => [f.status, f.suppression?.reason])).toEqual([
      ['NON_COMPLIANT', INSTANCE_POLICY_SUPPRESSIONS['TcWin-CVM1'].reason],
    ]);
  });

  test('a hand-written suppression with a short reason or an unknown id does not apply, and is an error itself', () => {
    const json = stackWith();
    const body = only(json, CVM).body;
    body['//']['tencentcloud-hardened-windows'].suppressions = {
      'TcWin-CVM1': { reason: 'needed' },
      'TcWin-CMV2': { reason: 'typo in the id here' },
    };
    const address = only(json, CVM).address;
    expect(failing(check(json))).toEqual([`TcWin-CVM1 ${address}`, `TcWin-SUP1 ${address}`]);
    expect(
      check(json)
        .filter((f) => f.ruleId === 'TcWin-SUP1' && f.status === 'NON_COMPLIANT')
        .map((f) => f.findingId),
    ).toEqual(['TcWin-CVM1', 'TcWin-CMV2']);
  });
});

describe('listed as suppressed, with the reason, in every report format', () => {
  const reason = INSTANCE_POLICY_SUPPRESSIONS['TcWin-CVM1'].reason;
  let report: ReturnType<typeof checkConfigurations>;
  let address: string;
  beforeAll(() => {
    const json = stackWith();
    address = only(json, CVM).address;
    report = checkConfigurations(
      [TerraformConfiguration.fromJson(json, 'stack/cdk.tf.json', JSON.stringify(json, null, 2))],
      { parser },
    );
  });

  test('text', () => {
    const text = renderTextReport(report);
    expect(text).toContain(`  suppressed TcWin-CVM1 ${address}\n`);
    expect(text).toContain(`             accepted because: ${reason}\n`);
    expect(text).toMatch(/, 1 suppressed, /);
  });

  test('JSON', () => {
    const findings = JSON.parse(renderJsonReport(report)).findings as Array<Record<string, unknown>>;
    expect(findings.filter((f) => f.suppressed)).toEqual([
      expect.objectContaining({ ruleId: 'TcWin-CVM1', status: 'NON_COMPLIANT', suppression: { reason }, address }),
    ]);
  });

  test('SARIF', () => {
    const results = JSON.parse(renderSarifReport(report, { toolVersion: '0.0.0', sourceRoot: process.cwd() })).runs[0]
      .results as Array<Record<string, any>>;
    expect(results.filter((r) => r.suppressions).map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['TcWin-CVM1', [{ kind: 'inSource', status: 'accepted', justification: reason }]],
    ]);
  });
});
