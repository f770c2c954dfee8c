import { locatePowerShell, missingNotice, rememberPowerShell } from './powershell-locator';

/** Finds pwsh once per jest run; prints one line when the PowerShell tier cannot run. */
export default function globalSetup(): void {
  const found = locatePowerShell();
  rememberPowerShell(found);
  if ('missing' in found) console.log(`\n${missingNotice(found.missing)}`);
}
