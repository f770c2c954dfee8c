import { extraCommandsOf } from '../../powershell/bootstrap-script';
import { checkCompatibility, compatibilityViolations } from '../compatibility/check-compatibility';
import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { policyMetadataOf } from '../engine/policy-metadata';
import { expectationFromRecord } from './private/hardening-expectation';
import { recognizeLibraryRender } from './private/library-render';
import { instanceUserDataScript, readInstanceUserData } from './private/user-data';

/**
 * TcWin-UD3: the stack author's PowerShell runs on Windows PowerShell 4.0 and .NET Framework 4.5, the lowest the
 * README claims. In user data this library rendered, only the author's commands (`userDataCommands`) are read:
 * the library's own script is held to the same check by its test suite. In any other user data, the whole script
 * is the author's. Commands the inventories do not know are not reported: a program or module may provide them.
 */
export function checkUserDataCompatibility(
  resource: ResourceBlock,
  { config, parser, cache }: RuleContext,
): RuleOutcome | RuleOutcome[] {
  const userData = readInstanceUserData(resource, config);
  if (userData.kind === 'none') return notApplicable('it has no user data');
  if (userData.kind === 'unreadable') return unknown(`${userData.reason}; its PowerShell cannot be checked`);
  const script = instanceUserDataScript(userData);
  if (script.kind === 'no-script') return notApplicable('its user data holds no PowerShell');
  if (script.kind === 'error') return unknown(`${script.reason}; its PowerShell cannot be checked`);
  // This library's render, recognised by rendering the record's options again (a $Fingerprint line proves nothing).
  const recorded = policyMetadataOf(resource).hardening;
  const expectation = recorded === undefined ? undefined : expectationFromRecord(recorded);
  const rendered =
    expectation &&
    !('error' in expectation) &&
    recognizeLibraryRender(script.script, expectation, cache, script.template) !== undefined;
  const text = rendered ? extraCommandsOf(script.script) : script.script;
  if (text === undefined) return compliant("its user data is this library's script with no commands of the author");
  const where = rendered ? 'userDataCommands' : 'the user-data script';
  const violations = cache.once('TcWin-UD3 compatibility', [text], () =>
    compatibilityViolations(checkCompatibility(parser, text)),
  );
  if (violations.length === 0) {
    return compliant(`${where} use only what Windows PowerShell 4.0 and .NET Framework 4.5 have`);
  }
  return violations.map((v) =>
    nonCompliant(`line ${v.line}, column ${v.column} of ${where}: ${v.message}`, {
      findingId: `${v.kind}@${v.line}:${v.column}`,
      path: [userData.attribute],
    }),
  );
}
