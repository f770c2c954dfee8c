import { nonCompliant, RuleOutcome, unknown } from '../../engine/rule';
import { describeRule, IngressExposure } from './ingress-exposure';

/** NON_COMPLIANT when the exposure is certain; UNKNOWN, with what is not known, when it only may be. */
export function exposureOutcome(exposure: IngressExposure, what: string): RuleOutcome {
  const where = { findingId: exposure.rule.findingId, path: exposure.rule.path };
  const rule = describeRule(exposure.rule);
  return exposure.uncertainty
    ? unknown(`${rule} may let in ${what} from anywhere: ${exposure.uncertainty}`, where)
    : nonCompliant(`${rule} lets in ${what} from anywhere`, where);
}
