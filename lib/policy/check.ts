import { evaluateRules, PolicyFinding } from './engine/evaluate';
import { PolicyRule } from './engine/rule';
import { TerraformConfiguration } from './engine/terraform-configuration';
import { POLICY_RULES } from './registry';
import { PowerShellParser } from './script-analysis/powershell-parser';

export interface CheckOptions {
  /** A loaded parser: `await PowerShellParser.load()`. */
  readonly parser: PowerShellParser;
  /** @default POLICY_RULES */
  readonly rules?: readonly PolicyRule[];
}

/** Every rule of the pack over one configuration. Synchronous: the parser is loaded beforehand. */
export function checkConfiguration(config: TerraformConfiguration, options: CheckOptions): PolicyFinding[] {
  return evaluateRules(config, options.rules ?? POLICY_RULES, options.parser);
}

/** The checked inputs and every finding: what the text, JSON and SARIF reports are made from. */
export interface PolicyReport {
  readonly rules: readonly PolicyRule[];
  readonly inputs: ReadonlyArray<{ readonly source: string; readonly text?: string; readonly resources: number }>;
  readonly findings: readonly PolicyFinding[];
}

export function checkConfigurations(configs: readonly TerraformConfiguration[], options: CheckOptions): PolicyReport {
  const rules = options.rules ?? POLICY_RULES;
  return {
    rules,
    inputs: configs.map((c) => ({ source: c.source, text: c.text, resources: c.resources.length })),
    findings: configs.flatMap((config) => checkConfiguration(config, { ...options, rules })),
  };
}
