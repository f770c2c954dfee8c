import { RuleContext, RuleOutcome } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import { opensEveryPort, sensitiveHits } from './private/ingress-exposure';
import { checkIngressExposures } from './private/ingress-outcome';

/**
 * TcWin-SG1: no inbound rule lets RDP (3389) or SMB/NetBIOS (445, 139, 137, 138) in from 0.0.0.0/0 or
 * ::/0, on TCP or UDP. An unset protocol is every protocol.
 */
export function checkRdpSmbFromAnywhere(resource: ResourceBlock, context: RuleContext): RuleOutcome | RuleOutcome[] {
  return checkIngressExposures(
    resource,
    context,
    (exposure) => {
      // A rule open on every port is TcWin-SG2's finding; one finding per rule is enough.
      if (opensEveryPort(exposure)) return undefined;
      const hits = sensitiveHits(exposure);
      return hits.length ? hits.join(', ') : undefined;
    },
    'no inbound rule lets RDP, SMB or NetBIOS in from anywhere',
  );
}
