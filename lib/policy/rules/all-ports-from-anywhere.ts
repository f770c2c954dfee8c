import { compliant, notApplicable, RuleContext, RuleOutcome } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { exposuresOf, opensEveryPort } from './private/ingress-exposure';
import { exposureOutcome } from './private/ingress-outcome';
import { ingressRulesOf } from './private/ingress-rules';

/** TcWin-SG2: no inbound rule accepts every port (an unset port or protocol means every one) from anywhere. */
export function checkAllPortsFromAnywhere(
  resource: ResourceBlock,
  { config }: RuleContext,
): RuleOutcome | RuleOutcome[] {
  const rules = ingressRulesOf(resource, config);
  if (!rules || rules.length === 0) return notApplicable('it has no inbound rule');
  const outcomes = exposuresOf(rules)
    .filter(opensEveryPort)
    .map((exposure) =>
      exposureOutcome(
        exposure,
        `every ${(['TCP', 'UDP'] as const).filter((p) => exposure.open.has(p)).join(' and ')} port`,
      ),
    );
  return outcomes.length ? outcomes : compliant('no inbound rule accepts every port from anywhere');
}
