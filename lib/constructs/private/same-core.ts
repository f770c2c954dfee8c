import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** What a consumer on CDK Terrain adds to its package.json so that this library uses the app's core. */
export const CDKTN_OVERRIDE_LINE = (version: string) => `"overrides": { "cdktf": "npm:cdktn@${version}" }`;
const DEFAULT_CDKTN_VERSION = '0.24.0';

/**
 * The app's stack (or app) comes from another copy of the CDK core than the one this library was loaded
 * with: typically a CDK Terrain (cdktn) app whose npm install put cdktf 0.21 beside cdktn to satisfy this
 * library's peer dependency. The two cores share their Symbol.for names, so without this check the app's
 * core takes the library's resources for its own and fails at synth with
 * `TypeError: e._resetResolveDiscoveredProviderFeatureUsage is not a function`.
 */
export class CoreMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreMismatchError';
  }
}

/**
 * Returns `scope` if the stack it is in was made with this library's CDK core, or with another copy of
 * the same release; throws CoreMismatchError otherwise. Called in `super(...)`, before the construct joins
 * the tree, so a mismatch leaves nothing behind.
 *
 * Two copies of one release work together (they share Symbol.for names and methods): that is what a cdktn
 * app has with the override, cdktn for the app and cdktn under the name cdktf for this library. Two
 * releases do not: cdktn 0.24's stack calls methods (`_resetResolveDiscoveredProviderFeatureUsage`) that
 * cdktf 0.21's resources lack. So the test is whether the stack classes have the same methods.
 */
export function sameCoreScope(scope: Construct, constructName: string, id: string): Construct {
  const scopes = scope.node.scopes;
  if (scopes.some((s) => s instanceof TerraformStack)) return scope;
  // Both cores mark stacks and apps with the same Symbol.for names, so these find a stack or app of either.
  const root = scopes[0];
  const foreign =
    [...scopes].reverse().find((s) => TerraformStack.isStack(s)) ??
    (App.isApp(root) && !(root instanceof App) ? root : undefined);
  if (foreign === undefined) return scope; // no stack at all: the core reports that itself, as it always has
  const ours = TerraformStack.isStack(foreign) ? TerraformStack : App;
  if (coreMethodsOf(Object.getPrototypeOf(foreign) as object) === coreMethodsOf(ours.prototype)) return scope;
  const app = corePackageOf(foreign);
  const library = packageAt(require.resolve('cdktf'));
  const appCore = app ? `${app.name} ${app.version}` : 'another release of the CDK core';
  const libraryCore = library ? `${library.name} ${library.version}` : 'cdktf';
  const version = app?.name === 'cdktn' ? app.version : DEFAULT_CDKTN_VERSION;
  throw new CoreMismatchError(
    `${constructName} '${id}': the app's stack is made with ${appCore}${app ? ` (${app.dir})` : ''}, ` +
      `but tencentcloud-hardened-windows was loaded with ${libraryCore}${library ? ` (${library.dir})` : ''}; ` +
      `one app cannot mix two CDK cores. For CDK Terrain, add ${CDKTN_OVERRIDE_LINE(version)} to the app's ` +
      `package.json, delete node_modules and package-lock.json, and run npm install.`,
  );
}

/**
 * The method names of the core's own TerraformStack or App class that `proto` descends from (a user's
 * stack subclass is skipped: the core's class is the first base with its own static isStack or isApp).
 * Equal for two copies of one release.
 */
function coreMethodsOf(proto: object | null): string | undefined {
  const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
  for (; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    const cls = (proto as { constructor: object }).constructor;
    if (own(cls, 'isStack') || own(cls, 'isApp')) return Object.getOwnPropertyNames(proto).sort().join(',');
  }
  return undefined;
}

interface CorePackage {
  name: string;
  version: string;
  dir: string;
}

/** The package whose TerraformStack (or App) class made `construct`, found among the loaded CommonJS modules. */
function corePackageOf(construct: Construct): CorePackage | undefined {
  // require.cache is Node's (absent under ESM loaders and jest): without it the message names no package.
  for (const loaded of Object.values(require.cache ?? {})) {
    const exports = loaded?.exports as { TerraformStack?: unknown; App?: unknown } | undefined;
    if (!exports || typeof exports !== 'object') continue;
    const classes = [exports.TerraformStack, exports.App].filter((c): c is new () => object => typeof c === 'function');
    if (classes.some((c) => construct instanceof c)) {
      const found = packageAt(loaded!.filename);
      if (found) return found;
    }
  }
  return undefined;
}

/** The nearest package.json with a name, above a module file. */
function packageAt(file: string): CorePackage | undefined {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (name) return { name, version: version ?? 'unknown', dir };
  }
  return undefined;
}
