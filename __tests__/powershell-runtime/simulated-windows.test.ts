import { defineBootstrapCases } from './bootstrap.cases';
import { defineClientScriptCases } from './client-script.cases';
import { defineCredentialTaskCases } from './credential-task.cases';
import { defineExistingInstanceCases } from './existing-instances.cases';
import { defineHostileStringCases } from './hostile-strings.cases';
import { defineLogonDuringFirstBootCases } from './logon-during-first-boot.cases';
import { INSTANCE_POWERSHELL_VERSIONS, ScenarioBatch } from './scenario-batch';
import { describeWithPowerShell } from './simulated-windows';
import { defineStubFidelityCases } from './stub-fidelity.cases';
import { defineTargetAccountCases } from './target-account.cases';
import { defineVerificationCases } from './verification.cases';
import { defineReassertionCases } from './reassertion.cases';

/**
 * The PowerShell runtime tier: the generated scripts (user data, logon task, client script, deploy verification, the TAT hardening), byte for byte, run under PowerShell 7 against
 * simulated-windows.ps1. One test file, so one batch of pwsh processes serves every case. The instance's scripts run
 * once as Windows PowerShell 4.0 (Server 2012 R2) and once as 5.1; the client script, for workstations, as 5.1.
 */
describeWithPowerShell('the generated scripts, run in simulated Windows', () => {
  const batch = new ScenarioBatch();
  for (const version of INSTANCE_POWERSHELL_VERSIONS) {
    describe(`as Windows PowerShell ${version}`, () => {
      const scenarios = batch.as(version);
      defineBootstrapCases(scenarios);
      defineCredentialTaskCases(scenarios);
      defineTargetAccountCases(scenarios);
      defineLogonDuringFirstBootCases(scenarios);
      defineHostileStringCases(scenarios);
      defineStubFidelityCases(scenarios);
      defineVerificationCases(scenarios);
      defineExistingInstanceCases(scenarios);
      defineReassertionCases(scenarios);
    });
  }
  describe('as Windows PowerShell 5.1 on a workstation', () => {
    defineClientScriptCases(batch.as('5.1'));
  });

  // Registered after every case file added its scenarios, so the limit covers the whole batch; jest runs it
  // before the nested blocks' own beforeAll, which then only pick up their reports.
  beforeAll(() => batch.run(), batch.timeLimit());
});
