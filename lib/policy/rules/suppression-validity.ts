import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome } from '../engine/rule';
import { readSuppressions } from '../engine/suppressions';
import { ResourceBlock } from '../engine/terraform-configuration';

/** TcWin-SUP1: every suppression names a rule of this check and gives a reason; a bad one is itself an error. */
export function checkSuppressionValidity(resource: ResourceBlock, { rules }: RuleContext): RuleOutcome | RuleOutcome[] {
  const { accepted, problems } = readSuppressions(resource, rules);
  if (problems.length > 0) {
    return problems.map(({ ruleId, problem }) =>
      nonCompliant(problem, { findingId: ruleId || undefined, path: ['//'] }),
    );
  }
  if (accepted.size === 0) return notApplicable('it records no suppression');
  return compliant(`its suppressions of ${[...accepted.keys()].join(', ')} name rules and give reasons`);
}
