import { BenchStage } from '../stage';
import { compareFleetSynth, fleetSynthLines } from '../fleet-synth';

/** One HardenedWindowsFleet of 1,000 hosts against 1,000 HardenedWindowsInstance: what a fleet saves at synth (shown). */
export const fleetSynthStage: BenchStage = {
  id: 'fleetSynth',
  title: 'a fleet of 1,000 against 1,000 instances',
  run: ({ runs, largeRuns }) => {
    const comparison = compareFleetSynth(runs, largeRuns);
    return { figures: comparison, lines: fleetSynthLines(comparison), targets: [] };
  },
};
