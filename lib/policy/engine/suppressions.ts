import { policyMetadataOf } from './policy-metadata';
import { PolicyRule } from './rule';
import { ResourceBlock } from './terraform-configuration';

/** A reason shorter than this explains nothing. */
export const MIN_SUPPRESSION_REASON_LENGTH = 10;

export interface SuppressionProblem {
  readonly ruleId: string;
  readonly problem: string;
}

export interface ResourceSuppressions {
  /** Valid suppressions: reason by rule id. */
  readonly accepted: ReadonlyMap<string, string>;
  /** Suppressions that do not count, and why. */
  readonly problems: readonly SuppressionProblem[];
}

/** Why a suppression cannot be accepted, or undefined when it can. Shared by the engine and the cdktf helper. */
export function suppressionProblem(ruleId: string, reason: unknown, rules: readonly PolicyRule[]): string | undefined {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule)
    return `it suppresses ${JSON.stringify(ruleId)}, which is not a rule of this check (${rules
      .map((r) => r.id)
      .join(', ')})`;
  if (!rule.suppressible) return `it suppresses ${ruleId}, which cannot be suppressed`;
  if (typeof reason !== 'string' || reason.trim().length < MIN_SUPPRESSION_REASON_LENGTH) {
    return `its suppression of ${ruleId} must give a reason of at least ${MIN_SUPPRESSION_REASON_LENGTH} characters`;
  }
  return undefined;
}

/** The suppressions recorded under the resource's `"//"` key, checked against the rules in force. */
export function readSuppressions(resource: ResourceBlock, rules: readonly PolicyRule[]): ResourceSuppressions {
  const raw = policyMetadataOf(resource).suppressions;
  const accepted = new Map<string, string>();
  const problems: SuppressionProblem[] = [];
  if (raw === undefined) return { accepted, problems };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      accepted,
      problems: [{ ruleId: '', problem: 'its suppressions are not an object of rule id to { reason }' }],
    };
  }
  for (const [ruleId, record] of Object.entries(raw)) {
    const reason = typeof record === 'object' && record !== null ? (record as { reason?: unknown }).reason : undefined;
    const problem = suppressionProblem(ruleId, reason, rules);
    if (problem) problems.push({ ruleId, problem });
    else accepted.set(ruleId, (reason as string).trim());
  }
  return { accepted, problems };
}
