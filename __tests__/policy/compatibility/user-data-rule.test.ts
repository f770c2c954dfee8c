import { check, loadPolicyParser } from '../../helpers/policy';
import { userDataCompatibility } from '../fixtures/user-data';

beforeAll(loadPolicyParser);

test("TcWin-UD3 names the line and column within userDataCommands, and the reason from Microsoft's inventory", () => {
  const findings = check(userDataCompatibility().config).filter(
    (f) => f.ruleId === 'TcWin-UD3' && f.status === 'NON_COMPLIANT',
  );
  expect(findings.map((f) => `${f.address}: ${f.reason}`).sort()).toEqual([
    "tencentcloud_instance.fail_operator: line 1, column 24 of userDataCommands: the null-coalescing operator ?? needs PowerShell 7 (about_Operators 7.x; not in Windows PowerShell 5.1's about_Operators)",
    'tencentcloud_instance.fail_parameter: line 1, column 57 of userDataCommands: Invoke-RestMethod has no parameter -UseBasicParsing in Windows PowerShell 4.0',
  ]);
});
