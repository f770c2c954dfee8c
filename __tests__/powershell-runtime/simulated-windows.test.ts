import { defineBootstrapCases } from './bootstrap.cases';
import { defineClientScriptCases } from './client-script.cases';
import { defineCredentialTaskCases } from './credential-task.cases';
import { defineHostileStringCases } from './hostile-strings.cases';
import { defineLogonDuringFirstBootCases } from './logon-during-first-boot.cases';
import { ScenarioBatch } from './scenario-batch';
import { describeWithPowerShell } from './simulated-windows';
import { defineTargetAccountCases } from './target-account.cases';

/**
 * The PowerShell runtime tier: the generated scripts (user data, logon task, client script), byte for byte, run under PowerShell 7 against
 * simulated-windows.ps1. One test file, so one batch of pwsh processes serves every case.
 */
describeWithPowerShell('the generated scripts, run in simulated Windows', () => {
  const batch = new ScenarioBatch();
  defineBootstrapCases(batch);
  defineCredentialTaskCases(batch);
  defineTargetAccountCases(batch);
  defineLogonDuringFirstBootCases(batch);
  defineHostileStringCases(batch);
  defineClientScriptCases(batch);
});
