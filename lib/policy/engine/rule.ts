import { PowerShellParser } from '../script-analysis/powershell-parser';
import { CheckRunCache } from './check-run-cache';
import { TerraformConfiguration, ResourceBlock } from './terraform-configuration';

/**
 * What a rule decides about one resource. UNKNOWN means the configuration does not say (a value known
 * only at deploy time, say): it is reported, and it never counts as a pass.
 */
export type RuleStatus = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE' | 'UNKNOWN';

/** `note` is information (SARIF's level of that name; an info annotation at synth): it never fails a check. */
export type RuleLevel = 'error' | 'warning' | 'note';

/** One decision, with the reason a reader needs to act on it. */
export interface RuleOutcome {
  readonly status: RuleStatus;
  readonly reason: string;
  /** What inside the resource the outcome is about, such as a setting id or `ingress[2]`. */
  readonly findingId?: string;
  /** Where inside the resource, as JSON path segments under it (`['ingress', 2]`). */
  readonly path?: readonly (string | number)[];
}

/**
 * What a rule may read besides the resource: the whole configuration, a loaded parser, the rules in force, and the
 * run's cache of work on content (a script parsed and analysed once however many resources hold it).
 */
export interface RuleContext {
  readonly config: TerraformConfiguration;
  readonly parser: PowerShellParser;
  readonly rules: readonly PolicyRule[];
  readonly cache: CheckRunCache;
}

/**
 * A pure function from a resource to one or more outcomes. Several outcomes let a rule name each
 * offending part (each missing setting, each open rule); a resource passes a rule only when none of
 * its outcomes is NON_COMPLIANT or UNKNOWN.
 */
export type RuleCheck = (resource: ResourceBlock, context: RuleContext) => RuleOutcome | readonly RuleOutcome[];

/** A rule and the metadata reports and docs show for it. Defined once, in the registry. */
export interface PolicyRule {
  /** `<Pack>-<Suffix>`, stable once published: suppressions name it. */
  readonly id: string;
  readonly level: RuleLevel;
  /** One line: what a compliant configuration looks like. */
  readonly title: string;
  /** The risk, and the fix. */
  readonly explanation: string;
  /** The Terraform resource types the rule reads; `*` for every type. */
  readonly resourceTypes: readonly string[];
  /** Checkov checks covering the same ground, if any. */
  readonly checkovIds: readonly string[];
  /** False for rules about suppressions themselves, which no suppression can silence. */
  readonly suppressible: boolean;
  readonly check: RuleCheck;
}

export function compliant(reason: string): RuleOutcome {
  return { status: 'COMPLIANT', reason };
}

export function notApplicable(reason: string): RuleOutcome {
  return { status: 'NOT_APPLICABLE', reason };
}

export function nonCompliant(reason: string, where: Pick<RuleOutcome, 'findingId' | 'path'> = {}): RuleOutcome {
  return { status: 'NON_COMPLIANT', reason, ...where };
}

export function unknown(reason: string, where: Pick<RuleOutcome, 'findingId' | 'path'> = {}): RuleOutcome {
  return { status: 'UNKNOWN', reason, ...where };
}
