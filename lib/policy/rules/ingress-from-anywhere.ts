import { RuleContext, RuleOutcome } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { opensEveryPort, sensitiveHits } from './private/ingress-exposure';
import { checkIngressExposures } from './private/ingress-outcome';
import { Protocol } from './private/ingress-rules';
import { describePorts, PortSet } from './private/port-set';

/**
 * TcWin-SG3: any other inbound rule open to anywhere (checkov's CKV_TC_8 fails them all). A warning:
 * a public web port may be intended, and then deserves a recorded suppression.
 */
export function checkIngressFromAnywhere(resource: ResourceBlock, context: RuleContext): RuleOutcome | RuleOutcome[] {
  return checkIngressExposures(
    resource,
    context,
    (exposure) =>
      // Those are TcWin-SG1's and TcWin-SG2's findings; one finding per rule is enough.
      sensitiveHits(exposure).length === 0 && !opensEveryPort(exposure)
        ? [...exposure.open].map(([protocol, ports]) => describeOpen(protocol, ports)).join(', ')
        : undefined,
    'no other inbound rule is open to anywhere',
  );
}

function describeOpen(protocol: Protocol, ports: PortSet): string {
  return protocol === 'ICMP' || protocol === 'ICMPV6' ? protocol : `${protocol} ${describePorts(ports)}`;
}
