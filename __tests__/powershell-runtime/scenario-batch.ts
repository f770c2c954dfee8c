import { BatchCost, batchTimeLimit, runScenarios, Scenario, ScenarioReport } from './simulated-windows';

/** The Windows PowerShell versions the instance's scripts claim: 4.0 (Server 2012 R2) and 5.1 (2016 and later). */
export const INSTANCE_POWERSHELL_VERSIONS = ['4.0', '5.1'] as const;
export type WindowsPowerShellVersion = (typeof INSTANCE_POWERSHELL_VERSIONS)[number];

/** One version's share of the batch: what a case file adds its scenarios to. */
export interface VersionedScenarios {
  readonly powerShellVersion: WindowsPowerShellVersion;
  /** Call while tests are collected; the function it returns gives these scenarios' reports by their own ids. */
  add(scenarios: readonly Scenario[]): () => Promise<Record<string, ScenarioReport>>;
}

/**
 * The runtime tier's scenarios, collected from every case file and for every version under test, and run
 * together, so the pwsh processes start once and each script is parsed once per process, however many files
 * and versions define cases (a scenario and its other version's twin run the same script in the same process).
 */
export class ScenarioBatch {
  private readonly scenarios: Scenario[] = [];
  private results?: Promise<Record<string, ScenarioReport>>;

  /** The scenarios added through this view run as that Windows PowerShell version (stubs, inventory). */
  public as(powerShellVersion: WindowsPowerShellVersion): VersionedScenarios {
    const key = (id: string) => `${powerShellVersion}/${id}`;
    return {
      powerShellVersion,
      add: (scenarios) => {
        for (const s of scenarios) {
          if (this.scenarios.some((existing) => existing.id === key(s.id)))
            throw new Error(`two scenarios are called ${key(s.id)}`);
          this.scenarios.push({ ...s, id: key(s.id), powerShellVersion });
        }
        return async () => {
          const all = await this.run();
          return Object.fromEntries(scenarios.map((s) => [s.id, all[key(s.id)]]));
        };
      },
    };
  }

  /** Runs the whole batch once; later calls share the first run. */
  public run(): Promise<Record<string, ScenarioReport>> {
    return (this.results ??= runScenarios(this.scenarios));
  }

  /** How long the whole batch may take: it scales with its phases and the measured pwsh start-up. */
  public timeLimit(cost?: BatchCost): number {
    const limit = batchTimeLimit(this.scenarios, cost);
    if (process.env.SIMULATED_WINDOWS_TIMING)
      console.log(`batch of ${this.scenarios.length} scenarios: time limit ${limit} ms`);
    return limit;
  }
}
