import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome, unknown } from '../../engine/rule';
import { ResourceBlock } from '../../engine/terraform-configuration';
import { describeRule, exposuresOf, IngressExposure } from './ingress-exposure';
import { ingressRulesOf } from './ingress-rules';

/**
 * The shared body of the ingress rules (TcWin-SG1..3): each exposure of the resource's inbound rules that
 * `describe` names (undefined: not this rule's finding) is one outcome; none makes the resource compliant.
 */
export function checkIngressExposures(
  resource: ResourceBlock,
  { config }: RuleContext,
  describe: (exposure: IngressExposure) => string | undefined,
  compliantReason: string,
): RuleOutcome | RuleOutcome[] {
  const rules = ingressRulesOf(resource, config);
  if (!rules || rules.length === 0) return notApplicable('it has no inbound rule');
  const outcomes = exposuresOf(rules).flatMap((exposure) => {
    const what = describe(exposure);
    return what === undefined ? [] : [exposureOutcome(exposure, what)];
  });
  return outcomes.length ? outcomes : compliant(compliantReason);
}

/** NON_COMPLIANT when the exposure is certain; UNKNOWN, with what is not known, when it only may be. */
function exposureOutcome(exposure: IngressExposure, what: string): RuleOutcome {
  const where = { findingId: exposure.rule.findingId, path: exposure.rule.path };
  const rule = describeRule(exposure.rule);
  return exposure.uncertainty
    ? unknown(`${rule} may let in ${what} from anywhere: ${exposure.uncertainty}`, where)
    : nonCompliant(`${rule} lets in ${what} from anywhere`, where);
}
