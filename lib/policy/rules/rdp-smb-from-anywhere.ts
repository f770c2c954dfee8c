import { compliant, notApplicable, RuleContext, RuleOutcome } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { exposuresOf, sensitiveHits } from './private/ingress-exposure';
import { exposureOutcome } from './private/ingress-outcome';
import { ingressRulesOf } from './private/ingress-rules';

/** TcWin-SG1: no inbound rule lets RDP (3389) or SMB/NetBIOS (445, 139, 137, 138) in from 0.0.0.0/0 or ::/0. */
export function checkRdpSmbFromAnywhere(resource: ResourceBlock, { config }: RuleContext): RuleOutcome | RuleOutcome[] {
  const rules = ingressRulesOf(resource, config);
  if (!rules || rules.length === 0) return notApplicable('it has no inbound rule');
  const outcomes = exposuresOf(rules).flatMap((exposure) => {
    const hits = sensitiveHits(exposure);
    return hits.length ? [exposureOutcome(exposure, hits.join(', '))] : [];
  });
  return outcomes.length ? outcomes : compliant('no inbound rule lets RDP, SMB or NetBIOS in from anywhere');
}
