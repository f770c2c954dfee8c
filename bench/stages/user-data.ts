import { BenchStage } from '../stage';
import { userDataStage as measureUserData } from '../user-data-sizes';

export const userDataStage: BenchStage = {
  id: 'userData',
  title: 'user-data sizes',
  run: () => {
    const { sizes, parts, markdown, target } = measureUserData();
    return { figures: { sizes, parts }, lines: markdown, targets: [target] };
  },
};
