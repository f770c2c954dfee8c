import { compliant, notApplicable, RuleContext, RuleOutcome } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { exposuresOf, opensEveryPort, sensitiveHits } from './private/ingress-exposure';
import { exposureOutcome } from './private/ingress-outcome';
import { ingressRulesOf } from './private/ingress-rules';

/**
 * TcWin-SG1: no inbound rule lets RDP (3389) or SMB/NetBIOS (445, 139, 137, 138) in from 0.0.0.0/0 or
 * ::/0, on TCP or UDP. An unset protocol is every protocol.
 */
export function checkRdpSmbFromAnywhere(resource: ResourceBlock, { config }: RuleContext): RuleOutcome | RuleOutcome[] {
  const rules = ingressRulesOf(resource, config);
  if (!rules || rules.length === 0) return notApplicable('it has no inbound rule');
  // A rule open on every port is TcWin-SG2's finding; one finding per rule is enough.
  const outcomes = exposuresOf(rules).flatMap((exposure) => {
    if (opensEveryPort(exposure)) return [];
    const hits = sensitiveHits(exposure);
    return hits.length ? [exposureOutcome(exposure, hits.join(', '))] : [];
  });
  return outcomes.length ? outcomes : compliant('no inbound rule lets RDP, SMB or NetBIOS in from anywhere');
}
