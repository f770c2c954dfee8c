import { POLICY_RULES } from '../../lib/policy/registry';
import { check, failing, loadPolicyParser, passing } from '../helpers/policy';
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

beforeAll(loadPolicyParser);

/** One fixture per rule; the synthesized ones are built when their test runs. */
const FIXTURES: ReadonlyArray<() => RuleFixture> = [
  windowsRdpHardening,
  () => RDP_SMB_FROM_ANYWHERE,
  () => ALL_PORTS_FROM_ANYWHERE,
  () => INGRESS_FROM_ANYWHERE,
  userDataCredentials,
  passwordInUserData,
  userDataCompatibility,
  () => PUBLIC_IP,
  () => MONITOR_SERVICE,
  () => DEFAULT_SECURITY_GROUP,
  () => DEFAULT_VPC,
  () => LITERAL_PASSWORD,
  () => UNENCRYPTED_DATA_DISK,
  () => SUPPRESSION_VALIDITY,
];

test('every rule of the registry has a fixture, in registry order', () => {
  // The lazy fixtures name their rule only when built; the static ones are checked by id below.
  expect(FIXTURES.length).toBe(POLICY_RULES.length);
});

describe.each(POLICY_RULES.map((rule, i) => [rule.id, i] as const))('%s', (ruleId, i) => {
  let fixture: RuleFixture;
  let findings: ReturnType<typeof check>;
  beforeAll(() => {
    fixture = FIXTURES[i]();
    findings = check(fixture.config);
  });

  test("the fixture is the rule's", () => {
    expect(fixture.ruleId).toBe(ruleId);
  });

  test('the bad resources fail this rule, and nothing else fails', () => {
    expect(failing(findings)).toEqual([...fixture.failing].sort());
    expect(fixture.failing.length).toBeGreaterThan(0);
    expect(fixture.failing.every((f) => f.startsWith(`${ruleId} `))).toBe(true);
  });

  test('the good resources pass it', () => {
    expect(passing(findings, ruleId)).toEqual([...fixture.passing].sort());
    expect(fixture.passing.length).toBeGreaterThan(0);
  });
});
