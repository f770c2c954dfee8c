// One synthesis in a process of its own, for the identical-JSON floor stage's peak memory:
//   tsx bench/synth-process.ts ours <instances>     n hardened instances, as bench/synth-cases.ts builds them
//   tsx bench/synth-process.ts floor <saved.json>   the same cdk.tf.json replayed from plain cdktf elements
//   tsx bench/synth-process.ts read <saved.json>    reading and parsing the saved JSON alone: the floor's own overhead
//   tsx bench/synth-process.ts none                 nothing: the process with cdktf loaded, against which to take it
// Each loads only what its side needs. CDKTF_OUTDIR says where to write, as `cdktf synth` does.
import { readFileSync } from 'fs';
import { App } from 'cdktf';

// As main.ts and bench.ts: cdktf's stack trace for every token is not source-mapped; BENCH_SOURCE_MAPS=on leaves
// tsx's mapping on, for the bench to show what turning it off saves.
if (process.env.BENCH_SOURCE_MAPS !== 'on') process.setSourceMapsEnabled(false);

const [kind, argument] = process.argv.slice(2);
const app = new App();
if (kind === 'ours') {
  // Loaded here, so the floor's process never loads the constructs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { hardenedInstances } = require('./synth-cases') as typeof import('./synth-cases');
  hardenedInstances(Number(argument))(app);
} else if (kind === 'floor') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { floorOf } = require('./identical-json-floor') as typeof import('./identical-json-floor');
  floorOf(JSON.parse(readFileSync(argument, 'utf8')))(app);
} else if (kind === 'read') {
  JSON.parse(readFileSync(argument, 'utf8'));
} else if (kind === 'none') {
  // The baseline: nothing to synthesize.
} else {
  throw new Error(
    `bench/synth-process.ts: ours <instances>, floor <saved.json>, read <saved.json> or none, not ${kind}`,
  );
}
if (kind === 'ours' || kind === 'floor') app.synth();
