import { App, Aspects, TerraformStack } from 'cdktf';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  CheckRunCache,
  checkConfiguration,
  PowerShellParser,
  RdpHardeningChecks,
  TerraformConfiguration,
} from '../../lib/policy';
import { BenchStage } from '../stage';
import { collectGarbage, formatMs, formatSample, Reading, startClock, timing } from '../stats';
import { hardenedInstances } from '../synth-cases';
import { atMost } from '../targets';

const INSTANCES = 100;
/**
 * At least this many pairs, whatever --runs says: the figure is the difference of two syntheses of about a second
 * each, and with 7 pairs its median moved by 0.6 ms between runs of the same code on a shared machine.
 */
const MIN_PAIRS = 16;

/**
 * The policy Aspect's cost per instance, in this process: the same stack synthesized with and without it, in
 * turns, the difference taken pair by pair. A new Aspect each run, as each `cdktf synth` makes one. Of its cost,
 * `stack.toTerraform()` (cdktf resolving the stack once more, the JSON the rules read) is timed on its own.
 */
export const policyAspectStage: BenchStage = {
  id: 'policyAspect',
  title: `the policy Aspect at ${INSTANCES} instances`,
  run: async ({ runs }) => {
    const perInstance: Reading[] = [];
    const resolvePerInstance: Reading[] = [];
    const checksPerInstance: Reading[] = [];
    const parser = await PowerShellParser.load();
    // An even number, so that as many pairs run with the Aspect first as without it.
    const wanted = Math.max(runs, MIN_PAIRS);
    const pairs = wanted + (wanted % 2);
    for (let i = 0; i < pairs + 1; i++) {
      // In turns, and each pair in the other order from the last, so that neither side is always the second.
      const checks = await RdpHardeningChecks.create();
      const withFirst = i % 2 === 1;
      const first = synthOnce(withFirst, checks);
      const second = synthOnce(!withFirst, checks);
      const [withAspect, without] = withFirst ? [first, second] : [second, first];
      const { resolve, checks: checked } = resolveAndCheckOnce(parser);
      if (i === 0) continue;
      perInstance.push({
        cpu: (withAspect.cpu - without.cpu) / INSTANCES,
        wall: (withAspect.wall - without.wall) / INSTANCES,
      });
      resolvePerInstance.push({ cpu: resolve.cpu / INSTANCES, wall: resolve.wall / INSTANCES });
      checksPerInstance.push({ cpu: checked.cpu / INSTANCES, wall: checked.wall / INSTANCES });
    }
    const aspect = timing(perInstance);
    const resolve = timing(resolvePerInstance);
    const checksOnly = timing(checksPerInstance);
    return {
      figures: {
        instances: INSTANCES,
        aspectPerInstance: aspect,
        stackToTerraformPerInstance: resolve,
        checksPerInstance: checksOnly,
      },
      lines: [
        `**The policy Aspect** at ${INSTANCES} instances, in this process, ${pairs} pairs (synth with it minus ` +
          'synth without it, pair by pair, each pair in the other order from the last), per instance:',
        '',
        '| | CPU | wall |',
        '| --- | --- | --- |',
        `| the Aspect | ${formatSample(aspect.cpu)} | ${formatSample(aspect.wall)} |`,
        `| cdktf resolving the stack (stack.toTerraform()), alone: done once, for the Aspect, whose JSON the synthesizer reuses when it is the stack's only Aspect | ${formatSample(resolve.cpu)} | ${formatSample(resolve.wall)} |`,
        `| the checks on that JSON, alone (a new run cache) | ${formatSample(checksOnly.cpu)} | ${formatSample(checksOnly.wall)} |`,
      ],
      targets: [
        atMost(`the policy Aspect ≤ 2 ms per instance at ${INSTANCES} instances (CPU)`, aspect.cpu.median, 2, formatMs),
      ],
    };
  },
};

function synthOnce(withAspect: boolean, checks?: RdpHardeningChecks): Reading {
  const outdir = mkdtempSync(join(tmpdir(), 'hardened-windows-bench-'));
  try {
    const app = new App({ outdir });
    hardenedInstances(INSTANCES)(app);
    if (withAspect && checks) for (const stack of stacksOf(app)) Aspects.of(stack).add(checks);
    collectGarbage();
    const read = startClock();
    app.synth();
    return read();
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function resolveAndCheckOnce(parser: PowerShellParser): { resolve: Reading; checks: Reading } {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'hardened-windows-bench-')) });
  hardenedInstances(INSTANCES)(app);
  const [stack] = stacksOf(app);
  collectGarbage();
  const readResolve = startClock();
  const json = stack.toTerraform();
  const resolve = readResolve();
  const readChecks = startClock();
  checkConfiguration(TerraformConfiguration.fromJson(json, 'bench'), { parser, cache: new CheckRunCache() });
  const checks = readChecks();
  rmSync(app.outdir, { recursive: true, force: true });
  return { resolve, checks };
}

function stacksOf(app: App): TerraformStack[] {
  return app.node.children.filter((c): c is TerraformStack => TerraformStack.isStack(c));
}
