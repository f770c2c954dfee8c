import { summarize } from '../../lib/policy/engine/evaluate';
import { classifyCidr } from '../../lib/policy/rules/private/ingress-rules';
import { ALL_PORTS, describePorts, parsePorts } from '../../lib/policy/rules/private/port-set';
import { check, failing, loadPolicyParser, undecided } from '../helpers/policy';
import { configuration } from './fixtures/fixture';

beforeAll(loadPolicyParser);

describe('port text', () => {
  test.each([
    [undefined, ALL_PORTS],
    ['', ALL_PORTS],
    ['all', ALL_PORTS],
    ['3389', [[3389, 3389]]],
    [
      '80,3389',
      [
        [80, 80],
        [3389, 3389],
      ],
    ],
    ['3000-4000', [[3000, 4000]]],
    [
      '445, 139,137-138',
      [
        [137, 139],
        [445, 445],
      ],
    ],
  ])('%j is %j', (text, ports) => {
    expect(parsePorts(text)).toEqual(ports);
  });

  test.each([['80-70'], ['70000'], ['http'], ['80;443']])('%j is not a port text', (text) => {
    expect(parsePorts(text)).toBeUndefined();
  });

  test('ranges are described back', () => {
    expect(describePorts(parsePorts('1-65535')!)).toBe('all ports');
    expect(describePorts(parsePorts('80,443,8000-8080')!)).toBe('80,443,8000-8080');
  });
});

describe('sources', () => {
  test.each([
    ['0.0.0.0/0', { kind: 'anywhere', family: 4 }],
    ['198.51.100.7/0', { kind: 'anywhere', family: 4 }],
    ['::/0', { kind: 'anywhere', family: 6 }],
    ['0::0/0', { kind: 'anywhere', family: 6 }],
    ['10.0.0.0/8', { kind: 'limited' }],
    ['203.0.113.9', { kind: 'limited' }],
    ['2001:db8::/32', { kind: 'limited' }],
  ])('%s', (cidr, source) => {
    expect(classifyCidr(cidr)).toEqual({ known: true, value: source });
  });

  test.each([['example.com'], ['10.0.0.0/33'], ['']])('%j is not decided', (cidr) => {
    expect(classifyCidr(cidr).known).toBe(false);
  });
});

describe('what the configuration cannot tell is UNKNOWN, reported and never a pass', () => {
  const SET = 'tencentcloud_security_group_rule_set';
  const SG = '${tencentcloud_security_group.main.id}';
  const json = configuration({
    variable: {
      office: { type: 'string' },
      everyone: { type: 'string', default: '0.0.0.0/0' },
      partner: { type: 'string', default: '203.0.113.0/24' },
    },
    locals: { anywhere: '::/0' },
    resource: {
      tencentcloud_address_template: { world: { name: 'world', addresses: ['10.0.0.0/8', '0.0.0.0/0'] } },
      [SET]: {
        variable_without_default: {
          security_group_id: SG,
          ingress: [{ action: 'ACCEPT', cidr_block: '${var.office}', protocol: 'TCP', port: '3389' }],
        },
        variable_default_anywhere: {
          security_group_id: SG,
          ingress: [{ action: 'ACCEPT', cidr_block: '${var.everyone}', protocol: 'TCP', port: '3389' }],
        },
        variable_default_partner: {
          security_group_id: SG,
          ingress: [{ action: 'ACCEPT', cidr_block: '${var.partner}', protocol: 'TCP', port: '3389' }],
        },
        local_anywhere: {
          security_group_id: SG,
          ingress: [{ action: 'ACCEPT', ipv6_cidr_block: '${local.anywhere}', protocol: 'TCP', port: '445' }],
        },
        template_in_config: {
          security_group_id: SG,
          ingress: [
            {
              action: 'ACCEPT',
              address_template_id: '${tencentcloud_address_template.world.id}',
              protocol: 'TCP',
              port: '3389',
            },
          ],
        },
        template_elsewhere: {
          security_group_id: SG,
          ingress: [{ action: 'ACCEPT', address_template_id: 'ipm-abcd1234', protocol: 'TCP', port: '3389' }],
        },
        service_template: {
          security_group_id: SG,
          ingress: [{ action: 'ACCEPT', cidr_block: '0.0.0.0/0', service_template_id: 'ppm-abcd1234' }],
        },
      },
      tencentcloud_security_group_lite_rule: {
        malformed: { security_group_id: SG, ingress: ['ACCEPT 0.0.0.0/0 3389 TCP'] },
      },
    },
  });

  test('variables count at their default; without one, the outcome is UNKNOWN', () => {
    const findings = check(json);
    expect(failing(findings)).toEqual([
      `TcWin-SG1 ${SET}.local_anywhere`,
      `TcWin-SG1 ${SET}.template_in_config`,
      `TcWin-SG1 ${SET}.variable_default_anywhere`,
    ]);
    expect(undecided(findings)).toEqual([
      `TcWin-SG1 ${SET}.template_elsewhere`,
      `TcWin-SG1 ${SET}.variable_without_default`,
      // Nothing of the malformed rule is known, so it may open every port: TcWin-SG2's case.
      `TcWin-SG2 tencentcloud_security_group_lite_rule.malformed`,
      `TcWin-SG2 ${SET}.service_template`,
    ]);
    const reason = findings.find(
      (f) => f.address === `${SET}.variable_without_default` && f.ruleId === 'TcWin-SG1',
    )!.reason;
    expect(reason).toBe(
      'ingress[0] (ACCEPT TCP 3389 from ${var.office}) may let in TCP 3389 (RDP) from anywhere: ingress[0].cidr_block is ${var.office}, known only at deploy time',
    );
  });

  test('UNKNOWN outcomes are counted as unknown: not errors, not passes', () => {
    const only = configuration({
      variable: { office: { type: 'string' } },
      resource: {
        [SET]: {
          x: {
            security_group_id: SG,
            ingress: [{ action: 'ACCEPT', cidr_block: '${var.office}', protocol: 'TCP', port: '3389' }],
          },
        },
      },
    });
    const findings = check(only).filter((f) => f.address === `${SET}.x`);
    expect(findings.filter((f) => f.ruleId === 'TcWin-SG1').map((f) => f.status)).toEqual(['UNKNOWN']);
    expect(summarize(findings)).toMatchObject({ errors: 0, unknown: 1 });
    expect(summarize(findings).passed).toBe(findings.filter((f) => f.status === 'COMPLIANT').length);
  });
});
