import { POLICY_RULES } from '../../lib/policy/registry';
import { check, failing, loadPolicyParser, passing, undecided } from '../helpers/policy';
import type { RuleFixture } from './fixtures/fixture';
import {
  DEFAULT_SECURITY_GROUP,
  DEFAULT_VPC,
  LITERAL_PASSWORD,
  MONITOR_SERVICE,
  PUBLIC_IP,
  SUPPRESSION_VALIDITY,
  UNENCRYPTED_DATA_DISK,
} from './fixtures/instances';
import { ALL_PORTS_FROM_ANYWHERE, INGRESS_FROM_ANYWHERE, RDP_SMB_FROM_ANYWHERE } from './fixtures/security-groups';
import { passwordInUserData, userDataCompatibility, userDataCredentials } from './fixtures/user-data';
import { windowsRdpHardening } from './fixtures/windows-rdp-hardening';
import { deployVerification } from './fixtures/deploy-verification';

beforeAll(loadPolicyParser);

/** One fixture per rule, keyed by rule id; the synthesized ones are built when their test runs. */
const FIXTURES: Readonly<Record<string, () => RuleFixture>> = {
  'TcWin-RDP1': windowsRdpHardening,
  'TcWin-SG1': () => RDP_SMB_FROM_ANYWHERE,
  'TcWin-SG2': () => ALL_PORTS_FROM_ANYWHERE,
  'TcWin-SG3': () => INGRESS_FROM_ANYWHERE,
  'TcWin-UD1': userDataCredentials,
  'TcWin-UD2': passwordInUserData,
  'TcWin-UD3': userDataCompatibility,
  'TcWin-CVM1': () => PUBLIC_IP,
  'TcWin-CVM2': () => MONITOR_SERVICE,
  'TcWin-CVM3': () => DEFAULT_SECURITY_GROUP,
  'TcWin-CVM4': () => DEFAULT_VPC,
  'TcWin-PW1': () => LITERAL_PASSWORD,
  'TcWin-DSK1': () => UNENCRYPTED_DATA_DISK,
  'TcWin-TAT1': deployVerification,
  'TcWin-SUP1': () => SUPPRESSION_VALIDITY,
};

test('every rule of the registry has a fixture, and every fixture a rule', () => {
  expect(Object.keys(FIXTURES).sort()).toEqual(POLICY_RULES.map((rule) => rule.id).sort());
});

describe.each(POLICY_RULES.map((rule) => rule.id))('%s', (ruleId) => {
  let fixture: RuleFixture;
  let findings: ReturnType<typeof check>;
  beforeAll(() => {
    // A rule without a fixture fails the test above; here it fails at the first test instead of crashing.
    fixture = FIXTURES[ruleId]?.() ?? { ruleId: '(no fixture)', config: {}, passing: [], failing: [] };
    findings = check(fixture.config);
  });

  test("the fixture is the rule's", () => {
    expect(fixture.ruleId).toBe(ruleId);
  });

  test('the bad resources fail this rule, and nothing else fails', () => {
    // A note (TcWin-TAT1 on any Windows instance without verification) counts only in its own rule's fixture.
    expect(failing(findings.filter((f) => f.level !== 'note' || f.ruleId === ruleId))).toEqual(
      [...fixture.failing].sort(),
    );
    expect(fixture.failing.length).toBeGreaterThan(0);
    expect(fixture.failing.every((f) => f.startsWith(`${ruleId} `))).toBe(true);
  });

  test('what the configuration cannot settle is reported as unknown, and nothing else is', () => {
    expect(undecided(findings.filter((f) => f.ruleId === ruleId))).toEqual([...(fixture.undecided ?? [])].sort());
  });

  test('the good resources pass it', () => {
    expect(passing(findings, ruleId)).toEqual([...fixture.passing].sort());
    expect(fixture.passing.length).toBeGreaterThan(0);
  });
});
