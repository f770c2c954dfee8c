import { App, TerraformStack, Annotations } from 'cdktf';
import { HardenedWindowsInstance } from './lib';
const app = new App();
const s = new TerraformStack(app, 'st');
if (process.env.MODE === 'annot') {
  Annotations.of(s).addError('rdpAllowedCidrs must be a list, got 5');
} else {
new HardenedWindowsInstance(s, 'w', { availabilityZone: 'ap-guangzhou-3', imageId: 'img-9id7emv7', rdpAllowedCidrs: ['0.0.0.0/0'], administratorPassword: 'Abcdef123456!x' });
}
app.synth();
