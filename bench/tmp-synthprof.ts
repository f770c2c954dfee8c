import { App } from 'cdktf';
import { mkdtempSync } from 'fs';
import { hardenedInstances } from './synth-cases';
process.setSourceMapsEnabled(false);
for (let i = 0; i < 4; i++) {
  const app = new App({ outdir: mkdtempSync('/tmp/sp-') });
  hardenedInstances(300)(app);
  app.synth();
}
