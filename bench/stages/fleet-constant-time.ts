import { BenchStage } from '../stage';
import { fleetConstantTime, fleetConstantTimeLines, fleetConstantTimeTargets } from '../fleet-synth';

/** A fleet's synthesis does not grow with its size: a fleet of 1,000 against a fleet of 1, judged. */
export const fleetConstantTimeStage: BenchStage = {
  id: 'fleetConstantTime',
  title: 'a fleet of 1,000 against a fleet of 1',
  run: ({ runs }) => {
    const result = fleetConstantTime(runs);
    return { figures: result, lines: fleetConstantTimeLines(result), targets: fleetConstantTimeTargets(result) };
  },
};
