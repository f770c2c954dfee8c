import { App, Aspects, TerraformStack } from 'cdktf';

// The child of a whole-process synth measurement: loads only what the chosen stack needs, as an app would,
// then prints the CPU time the process used, every thread, from its start.
async function synthesize(stack: string | undefined, outdir: string | undefined): Promise<void> {
  const app = new App({ outdir });
  if (stack === 'empty') {
    new TerraformStack(app, 'empty');
  } else if (stack === 'example' || stack === 'exampleWithChecks') {
    // Loaded here, not imported above, so the empty case does not load this library.
    const { HardenedWindowsExampleStack } = await import('../main');
    const example = new HardenedWindowsExampleStack(app, 'hardened-windows-example');
    if (stack === 'exampleWithChecks') {
      // What main.ts itself does when `cdktf synth` runs it.
      const { RdpHardeningChecks, useBaselineWasmCompiler } = await import('../lib/policy');
      useBaselineWasmCompiler();
      Aspects.of(example).add(await RdpHardeningChecks.create());
    }
  } else {
    throw new Error(`unknown stack ${stack}: empty, example or exampleWithChecks`);
  }
  app.synth();
  const { user, system } = process.cpuUsage();
  console.log(JSON.stringify({ cpuMs: (user + system) / 1000 }));
}

synthesize(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
