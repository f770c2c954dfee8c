import { BenchStage } from '../stage';
import { compareFleetSynth, fleetSynthLines, fleetSynthTargets } from '../fleet-synth';

/** One HardenedWindowsFleet of 1,000 hosts against 1,000 HardenedWindowsInstance: a fleet's synthesis does not grow with its size. */
export const fleetSynthStage: BenchStage = {
  id: 'fleetSynth',
  title: 'a fleet of 1,000 against 1,000 instances',
  run: ({ runs, largeRuns }) => {
    const comparison = compareFleetSynth(runs, largeRuns);
    return { figures: comparison, lines: fleetSynthLines(comparison), targets: fleetSynthTargets(comparison) };
  },
};
