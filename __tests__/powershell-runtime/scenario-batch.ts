import { runScenarios, Scenario, ScenarioReport } from './simulated-windows';

/**
 * The runtime tier's scenarios, collected from every case file and run together, so the pwsh
 * processes start once and each script is parsed once per process, however many files define cases.
 */
export class ScenarioBatch {
  private readonly scenarios: Scenario[] = [];
  private results?: Promise<Record<string, ScenarioReport>>;

  /** Call while tests are collected; the function it returns runs the whole batch on first use. */
  public add(scenarios: readonly Scenario[]): () => Promise<Record<string, ScenarioReport>> {
    for (const s of scenarios) {
      if (this.scenarios.some((existing) => existing.id === s.id)) throw new Error(`two scenarios are called ${s.id}`);
      this.scenarios.push(s);
    }
    return () => (this.results ??= runScenarios(this.scenarios));
  }
}
