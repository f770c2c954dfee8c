import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { instanceUserDataScript, readInstanceUserData } from './private/user-data';
import { isPasswordOptInLine, userDataLayers } from './private/user-data-secrets';

/**
 * TcWin-UD2: the RDP password is not in user data. `dangerouslyPutPasswordInUserData` puts it there
 * (base64, from the sensitive variable at deploy time) as `$DangerousRdpCredentialPasswordBase64 = '...'`.
 */
export function checkPasswordInUserData(resource: ResourceBlock, { config }: RuleContext): RuleOutcome | RuleOutcome[] {
  const userData = readInstanceUserData(resource, config);
  if (userData.kind === 'none') return notApplicable('it has no user data');
  if (userData.kind === 'unreadable')
    return unknown(`${userData.reason}; it cannot be scanned for the password opt-in`);
  const outcomes: RuleOutcome[] = [];
  for (const layer of userDataLayers(userData.text, instanceUserDataScript(userData))) {
    layer.text.split('\n').forEach((line, i) => {
      if (!isPasswordOptInLine(line)) return;
      const source = userData.interpolations.find((x) => line.includes(x.placeholder));
      outcomes.push(
        nonCompliant(
          `line ${i + 1} of ${layer.name} assigns the RDP password${source ? ` from ${source.expression}` : ''} ` +
            '(dangerouslyPutPasswordInUserData): any process on the instance can read it from the metadata service',
          { findingId: 'DangerousRdpCredentialPasswordBase64', path: [userData.attribute] },
        ),
      );
    });
  }
  return outcomes.length ? outcomes : compliant('its user data carries no RDP password');
}
