import { PowerShellParser } from '../script-analysis/powershell-parser';
import { CheckRunCache } from './check-run-cache';
import { PolicyRule, RuleLevel, RuleOutcome, RuleStatus } from './rule';
import { readSuppressions } from './suppressions';
import { JsonPath, TerraformConfiguration, ResourceBlock } from './terraform-configuration';

/** One outcome of one rule on one resource, with where it is and whether someone accepted it. */
export interface PolicyFinding {
  readonly ruleId: string;
  /** The rule's level. An UNKNOWN outcome is reported as a warning whatever the level. */
  readonly level: RuleLevel;
  readonly status: RuleStatus;
  readonly reason: string;
  readonly findingId?: string;
  readonly resourceType: string;
  readonly resourceName: string;
  readonly address: string;
  readonly constructPath?: string;
  /** The configuration it came from, as the user named it. */
  readonly source: string;
  /** From the document root to the resource, or to the part of it the outcome is about. */
  readonly jsonPath: JsonPath;
  /** Set when a valid suppression covers a NON_COMPLIANT or UNKNOWN outcome: the reason given. */
  readonly suppression?: { readonly reason: string };
}

/** A NON_COMPLIANT or UNKNOWN outcome that no suppression covers. */
export function isOpen(finding: PolicyFinding): boolean {
  return (finding.status === 'NON_COMPLIANT' || finding.status === 'UNKNOWN') && !finding.suppression;
}

/** How severe a finding is as reported: UNKNOWN is a warning, never a pass and never a failure by itself. */
export function reportedLevel(finding: PolicyFinding): RuleLevel {
  return finding.status === 'UNKNOWN' ? 'warning' : finding.level;
}

export function appliesTo(rule: PolicyRule, resource: ResourceBlock): boolean {
  return rule.resourceTypes.includes('*') || rule.resourceTypes.includes(resource.type);
}

/**
 * Runs every rule on every resource it reads. A rule that throws gives UNKNOWN with the error, as
 * cdk-nag reports a validation failure: a broken rule must not look like a pass.
 */
export function evaluateRules(
  config: TerraformConfiguration,
  rules: readonly PolicyRule[],
  parser: PowerShellParser,
  cache: CheckRunCache = new CheckRunCache(),
): PolicyFinding[] {
  const findings: PolicyFinding[] = [];
  const context = { config, parser, rules, cache };
  for (const resource of config.resources) {
    const suppressions = readSuppressions(resource, rules).accepted;
    for (const rule of rules.filter((r) => appliesTo(r, resource))) {
      let outcomes: readonly RuleOutcome[];
      try {
        const result = rule.check(resource, context);
        outcomes = Array.isArray(result) ? result : [result as RuleOutcome];
      } catch (e) {
        outcomes = [{ status: 'UNKNOWN', reason: `the rule could not be evaluated: ${(e as Error).message}` }];
      }
      for (const outcome of outcomes) {
        const suppressed =
          rule.suppressible &&
          (outcome.status === 'NON_COMPLIANT' || outcome.status === 'UNKNOWN') &&
          suppressions.get(rule.id);
        findings.push({
          ruleId: rule.id,
          level: rule.level,
          status: outcome.status,
          reason: outcome.reason,
          ...(outcome.findingId ? { findingId: outcome.findingId } : {}),
          resourceType: resource.type,
          resourceName: resource.name,
          address: resource.address,
          ...(resource.constructPath ? { constructPath: resource.constructPath } : {}),
          source: config.source,
          jsonPath: [...resource.jsonPath, ...(outcome.path ?? [])],
          ...(suppressed ? { suppression: { reason: suppressed } } : {}),
        });
      }
    }
  }
  return findings;
}

export interface PolicySummary {
  /** Open NON_COMPLIANT findings of error rules: these fail the check. */
  readonly errors: number;
  readonly warnings: number;
  readonly unknown: number;
  readonly suppressed: number;
  readonly passed: number;
  readonly notApplicable: number;
}

export function summarize(findings: readonly PolicyFinding[]): PolicySummary {
  const count = (predicate: (f: PolicyFinding) => boolean) => findings.filter(predicate).length;
  return {
    errors: count((f) => isOpen(f) && f.status === 'NON_COMPLIANT' && f.level === 'error'),
    warnings: count((f) => isOpen(f) && f.status === 'NON_COMPLIANT' && f.level === 'warning'),
    unknown: count((f) => isOpen(f) && f.status === 'UNKNOWN'),
    suppressed: count((f) => f.suppression !== undefined),
    passed: count((f) => f.status === 'COMPLIANT'),
    notApplicable: count((f) => f.status === 'NOT_APPLICABLE'),
  };
}
