import { App, TerraformStack } from 'cdktf';

// The floor of a whole `cdktf synth` process: Node.js, tsx and cdktf loaded, an empty stack written.
const app = new App();
new TerraformStack(app, 'empty');
app.synth();
