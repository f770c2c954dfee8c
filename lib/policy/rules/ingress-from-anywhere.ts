import { compliant, notApplicable, RuleContext, RuleOutcome } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { exposuresOf, opensEveryPort, sensitiveHits } from './private/ingress-exposure';
import { exposureOutcome } from './private/ingress-outcome';
import { ingressRulesOf, Protocol } from './private/ingress-rules';
import { describePorts, PortSet } from './private/port-set';

/**
 * TcWin-SG3: any other inbound rule open to anywhere (checkov's CKV_TC_8 fails them all). A warning:
 * a public web port may be intended, and then deserves a recorded suppression.
 */
export function checkIngressFromAnywhere(
  resource: ResourceBlock,
  { config }: RuleContext,
): RuleOutcome | RuleOutcome[] {
  const rules = ingressRulesOf(resource, config);
  if (!rules || rules.length === 0) return notApplicable('it has no inbound rule');
  const outcomes = exposuresOf(rules)
    // Those are TcWin-SG1's and TcWin-SG2's findings; one finding per rule is enough.
    .filter((exposure) => sensitiveHits(exposure).length === 0 && !opensEveryPort(exposure))
    .map((exposure) =>
      exposureOutcome(
        exposure,
        [...exposure.open].map(([protocol, ports]) => describeOpen(protocol, ports)).join(', '),
      ),
    );
  return outcomes.length ? outcomes : compliant('no other inbound rule is open to anywhere');
}

function describeOpen(protocol: Protocol, ports: PortSet): string {
  return protocol === 'ICMP' || protocol === 'ICMPV6' ? protocol : `${protocol} ${describePorts(ports)}`;
}
