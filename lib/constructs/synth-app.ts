import { Annotations, App, AppConfig, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ConstructInputError } from './private/errors';

/** cdktf-cli sets this for the app it runs; it then prints error annotations itself, one line each. */
const RUN_BY_CDKTF_CLI = 'CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS';

export interface SynthAppOptions extends AppConfig {
  /** Where a bad prop is reported when the app runs outside cdktf-cli. @default process.stderr */
  readonly stderr?: (text: string) => void;
}

/**
 * Builds the stacks with `build` and synthesizes them, as `new App()` ... `app.synth()` does, except that
 * a bad prop (a `ConstructInputError`, thrown before the failed construct created anything) reaches the
 * user as one line, in the form cdktf prints its own errors: `ERROR [<construct path>]: <prop> must be
 * <accepted form>, got <value>`, with no stack trace. Returns the exit code for the process: 1 after a bad
 * prop when run directly, else 0 (under cdktf-cli, which fails on the annotation itself).
 *
 * Under `cdktf synth`/`deploy` the line is an error annotation, which cdktf-cli prints and then stops on;
 * the half-built stacks are dropped, and the placeholder stack that carries the annotation requires a
 * Terraform version that does not exist, so no Terraform run can take it for the real configuration.
 * Run directly (`npx tsx main.ts`), the line goes to stderr. Any other error is thrown as usual.
 */
export function synthApp(build: (app: App) => void, options: SynthAppOptions = {}): number {
  const { stderr = (text: string) => process.stderr.write(text), ...config } = options;
  const app = new App(config);
  try {
    build(app);
  } catch (e) {
    if (!(e instanceof ConstructInputError)) throw e;
    if (process.env[RUN_BY_CDKTF_CLI] === undefined) {
      stderr(`ERROR [${e.constructPath}]: ${e.reason}\n`);
      return 1;
    }
    const stackIds = app.node.children.filter((c) => TerraformStack.isStack(c)).map((c) => c.node.id);
    reportAsAnnotation(e, stackIds, config);
    // cdktf-cli reads the annotation from the manifest, prints it and fails; a failed process would
    // instead make it print its own block around the app's output.
    return 0;
  }
  app.synth();
  return 0;
}

/**
 * One placeholder per stack the app had begun (cdktf-cli deletes the output folders of stacks a synth
 * no longer produces), each refusing every Terraform version; the failed construct's path carries the error.
 */
function reportAsAnnotation(error: ConstructInputError, stackIds: readonly string[], config: AppConfig): void {
  const app = new App({ ...config, stackTraces: false });
  const [failedStackId, ...path] = error.constructPath.split('/');
  for (const id of new Set([...stackIds, failedStackId])) {
    const stack = new TerraformStack(app, id);
    stack.addOverride('terraform.required_version', SYNTH_FAILED_VERSION);
    if (id !== failedStackId) continue;
    // The same path as the construct that failed, so the line names it the way cdktf names constructs.
    const at = path.reduce<Construct>((scope, child) => new Construct(scope, child), stack);
    Annotations.of(at).addError(error.reason);
  }
  app.synth();
}

/** A version constraint no Terraform meets: `terraform plan` on a placeholder stops at once. */
export const SYNTH_FAILED_VERSION = '= 0.0.0-synth-failed';
