import { CheckRunCache } from './engine/check-run-cache';
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
  /**
   * Work on content kept for the run, so equal scripts are analysed once. Pass one to share it between calls (the
   * Aspect keeps one for all the stacks it visits). @default a new cache for this call
   */
  readonly cache?: CheckRunCache;
}

/** Every rule of the pack over one configuration. Synchronous: the parser is loaded beforehand. */
export function checkConfiguration(config: TerraformConfiguration, options: CheckOptions): PolicyFinding[] {
  return evaluateRules(config, options.rules ?? POLICY_RULES, options.parser, options.cache);
}

/** The checked inputs and every finding: what the text, JSON and SARIF reports are made from. */
export interface PolicyReport {
  readonly rules: readonly PolicyRule[];
  readonly inputs: ReadonlyArray<{ readonly source: string; readonly text?: string; readonly resources: number }>;
  readonly findings: readonly PolicyFinding[];
}

export function checkConfigurations(configs: readonly TerraformConfiguration[], options: CheckOptions): PolicyReport {
  const rules = options.rules ?? POLICY_RULES;
  const cache = options.cache ?? new CheckRunCache();
  return {
    rules,
    inputs: configs.map((c) => ({ source: c.source, text: c.text, resources: c.resources.length })),
    findings: configs.flatMap((config) => checkConfiguration(config, { ...options, rules, cache })),
  };
}
