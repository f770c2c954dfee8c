import { Annotations, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkConfiguration } from '../check';
import { CheckRunCache } from '../engine/check-run-cache';
import { PolicyFinding, reportedLevel } from '../engine/evaluate';
import { PolicyRule } from '../engine/rule';
import { TerraformConfiguration } from '../engine/terraform-configuration';
import { POLICY_RULES } from '../registry';
import { PowerShellParser } from '../script-analysis/powershell-parser';
import { offerToSynthesizer, resolveFresh } from './resolve-once';

export interface RdpHardeningChecksOptions {
  /** @default POLICY_RULES */
  readonly rules?: readonly PolicyRule[];
  /** Append each rule's explanation to its messages. @default false */
  readonly verbose?: boolean;
  /** Report suppressed findings as info annotations, with their reason. @default true */
  readonly reportSuppressed?: boolean;
}

/**
 * The policy check at synth time: an Aspect that checks each stack's Terraform JSON with the same rules
 * as the CLI and turns findings into annotations on the resource's construct: errors fail `cdktf synth`,
 * warnings and undecided (UNKNOWN) findings are warnings, suppressed ones are info.
 *
 * The PowerShell parser loads asynchronously and Aspects visit synchronously, so create it first:
 *
 *     const checks = await RdpHardeningChecks.create();
 *     Aspects.of(stack).add(checks);   // per stack: cdktf never runs an Aspect added to the App
 */
export class RdpHardeningChecks implements IAspect {
  public static async create(options: RdpHardeningChecksOptions = {}): Promise<RdpHardeningChecks> {
    return new RdpHardeningChecks(await PowerShellParser.load(), options);
  }

  /** One for every stack this Aspect visits: a script shared by stacks is analysed once. */
  private readonly cache = new CheckRunCache();

  private constructor(
    private readonly parser: PowerShellParser,
    private readonly options: RdpHardeningChecksOptions,
  ) {}

  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    const stack = node;
    const json = resolveFresh(stack);
    const config = TerraformConfiguration.fromJson(json, `stack ${stack.node.id}`);
    const rules = this.options.rules ?? POLICY_RULES;
    const constructs = stack.node.findAll();
    let byPath: Map<string, IConstruct> | undefined; // only when a finding needs its construct
    let errors = 0;
    for (const finding of checkConfiguration(config, { parser: this.parser, rules, cache: this.cache })) {
      if (finding.status !== 'NON_COMPLIANT' && finding.status !== 'UNKNOWN') continue;
      byPath ??= new Map(constructs.map((c) => [c.node.path, c]));
      const target = (finding.constructPath && byPath.get(finding.constructPath)) || stack;
      const message = this.message(finding, rules);
      if (finding.suppression) {
        if (this.options.reportSuppressed ?? true)
          Annotations.of(target).addInfo(`${message} [suppressed: ${finding.suppression.reason}]`);
      } else if (reportedLevel(finding) === 'error') {
        Annotations.of(target).addError(message);
        errors++;
      } else if (reportedLevel(finding) === 'note') {
        Annotations.of(target).addInfo(message);
      } else {
        Annotations.of(target).addWarning(message);
      }
    }
    if (errors === 0) offerToSynthesizer(stack, this, json, constructs);
  }

  private message(finding: PolicyFinding, rules: readonly PolicyRule[]): string {
    const rule = rules.find((r) => r.id === finding.ruleId);
    const undecided = finding.status === 'UNKNOWN' ? ' (could not be decided)' : '';
    const explanation = this.options.verbose && rule ? ` ${rule.explanation}` : '';
    return `${finding.ruleId}${undecided}: ${finding.address}: ${finding.reason}.${explanation}`;
  }
}
