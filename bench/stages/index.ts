import { BenchStage } from '../stage';
import { fleetConstantTimeStage } from './fleet-constant-time';
import { fleetSynthStage } from './fleet-synth';
import { identicalJsonFloorProcessStage } from './identical-json-floor-process';
import { policyAspectStage } from './policy-aspect';
import { synthInProcessStage } from './synth-in-process';
import { synthNewProcessStage } from './synth-new-process';
import { testSuiteStage } from './test-suite';
import { userDataStage } from './user-data';

/**
 * Every stage of `npm run bench`, in the order they run. The cheap, sure ones first: a later stage's failure
 * keeps their figures. Add a stage here (one file under bench/stages) and nowhere else.
 */
export const BENCH_STAGES: readonly BenchStage[] = [
  userDataStage,
  // Before any large stack: its readings are tens of milliseconds, where the collector's pauses on the heap that
  // cdktf's token map keeps after 1,000-instance stacks would decide the ratio.
  fleetConstantTimeStage,
  // Also before them: run after the 1,000-instance stacks, its stack.toTerraform() at 100 instances took 11 ms per
  // instance against 4 ms on its own, and the Aspect's figure (a difference of two syntheses) moved with it.
  policyAspectStage,
  synthInProcessStage,
  fleetSynthStage,
  synthNewProcessStage,
  identicalJsonFloorProcessStage,
  testSuiteStage,
];
