import { RuleContext, RuleOutcome } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { opensEveryPort } from './private/ingress-exposure';
import { checkIngressExposures } from './private/ingress-outcome';

/** TcWin-SG2: no inbound rule accepts every port (an unset port or protocol means every one) from anywhere. */
export function checkAllPortsFromAnywhere(resource: ResourceBlock, context: RuleContext): RuleOutcome | RuleOutcome[] {
  return checkIngressExposures(
    resource,
    context,
    (exposure) =>
      opensEveryPort(exposure)
        ? `every ${(['TCP', 'UDP'] as const).filter((p) => exposure.open.has(p)).join(' and ')} port`
        : undefined,
    'no inbound rule accepts every port from anywhere',
  );
}
