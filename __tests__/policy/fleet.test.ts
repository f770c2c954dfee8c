import { ALL_SETTING_IDS } from '../../lib';
import {
  base64,
  check,
  editHardeningScript,
  failing,
  loadPolicyParser,
  only,
  passing,
  synthHardenedFleet,
  withoutSettingBlock,
} from '../helpers/policy';

// The policy check on HardenedWindowsFleet's output and on hand-written launch configurations: the user-data
// rules read tencentcloud_as_scaling_config's user_data, and the security-group rules its security groups.

beforeAll(loadPolicyParser);

const LAUNCH = 'tencentcloud_as_scaling_config';

test('a default fleet passes every rule, and the user-data rules looked at its launch configuration', () => {
  const json = synthHardenedFleet();
  const findings = check(json);
  expect(failing(findings)).toEqual([]);
  const { address } = only(json, LAUNCH);
  for (const ruleId of ['TcWin-RDP1', 'TcWin-UD1', 'TcWin-UD2', 'TcWin-UD3', 'TcWin-CVM3', 'TcWin-PW1']) {
    expect([ruleId, passing(findings, ruleId)]).toEqual([ruleId, expect.arrayContaining([address])]);
  }
});

test.each(ALL_SETTING_IDS.map((id) => [id]))(
  'a launch configuration whose user data drops %s fails TcWin-RDP1',
  (id) => {
    const json = synthHardenedFleet();
    const { address, body } = only(json, LAUNCH);
    editHardeningScript(body, (script) => withoutSettingBlock(script, id));
    const findings = check(json);
    expect(failing(findings)).toEqual([`TcWin-RDP1 ${address}`]);
    const reasons = findings.filter((f) => f.ruleId === 'TcWin-RDP1' && f.status === 'NON_COMPLIANT');
    expect(reasons.map((f) => f.findingId)).toEqual([id]);
  },
);

test("a fleet whose security group lets RDP in from anywhere fails TcWin-SG1 on the group's rules", () => {
  const json = synthHardenedFleet();
  const rules = only(json, 'tencentcloud_security_group_rule_set');
  // The launch configuration's only group is this rule set's group.
  const group = only(json, 'tencentcloud_security_group');
  expect(only(json, LAUNCH).body.security_group_ids).toEqual([`\${${group.address}.id}`]);
  expect(rules.body.security_group_id).toBe(`\${${group.address}.id}`);
  rules.body.ingress.unshift({ action: 'ACCEPT', cidr_block: '0.0.0.0/0', protocol: 'TCP', port: '3389' });
  expect(failing(check(json))).toEqual([`TcWin-SG1 ${rules.address}`]);
});

test("a fleet's launch configuration in the default security group fails TcWin-CVM3", () => {
  const json = synthHardenedFleet();
  const launch = only(json, LAUNCH);
  launch.body.security_group_ids = [
    '${data.tencentcloud_security_groups.default.security_groups[0].security_group_id}',
  ];
  expect(failing(check(json))).toEqual([`TcWin-CVM3 ${launch.address}`]);
  delete launch.body.security_group_ids;
  expect(failing(check(json))).toEqual([`TcWin-CVM3 ${launch.address}`]);
});

describe('a hand-written launch configuration', () => {
  const config = (launch: Record<string, unknown>) => ({
    resource: {
      tencentcloud_security_group: { main: { name: 'main' } },
      [LAUNCH]: {
        farm: {
          configuration_name: 'app',
          image_id: 'img-9id7emv7',
          instance_types: ['S5.MEDIUM4'],
          security_group_ids: ['${tencentcloud_security_group.main.id}'],
          ...launch,
        },
      },
    },
  });

  test('named for Windows, without user data, fails TcWin-RDP1', () => {
    expect(failing(check(config({ configuration_name: 'win-rdp-farm' })))).toEqual([`TcWin-RDP1 ${LAUNCH}.farm`]);
    expect(failing(check(config({})))).toEqual([]);
  });

  test('with a password in its user data fails TcWin-UD1 (and TcWin-RDP1: a PowerShell script without the settings)', () => {
    const userData = base64('#ps1_sysnative\ncmdkey /generic:TERMSRV/* /user:Administrator /pass:Hunter2Hunter2\n');
    expect(failing(check(config({ configuration_name: 'build-agents', user_data: userData })))).toEqual([
      `TcWin-RDP1 ${LAUNCH}.farm`,
      `TcWin-UD1 ${LAUNCH}.farm`,
    ]);
  });

  test('with a literal password fails TcWin-PW1', () => {
    expect(failing(check(config({ password: 'Literal-Pw-123' })))).toEqual([`TcWin-PW1 ${LAUNCH}.farm`]);
  });
});
