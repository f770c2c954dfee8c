import * as cdktf from 'cdktf';
import { Construct } from 'constructs';
import { CoreMismatchError, HardenedWindowsInstance, RdpCredentialSecret, RdpSecurityGroup } from '../../lib';
import { TencentcloudProvider } from '../../lib/providers/tencentcloud';

/**
 * A second copy of the core, loaded apart from the one the library uses. Like cdktf and cdktn, the two
 * copies share their Symbol.for names and differ in their classes.
 */
function otherCopyOfCore(): typeof cdktf {
  let other: typeof cdktf | undefined;
  jest.isolateModules(() => {
    other = jest.requireActual<typeof cdktf>('cdktf');
  });
  if (!other || other.TerraformStack === cdktf.TerraformStack) throw new Error('jest gave the same copy of cdktf');
  return other;
}

/**
 * Another release of the core, as when npm puts cdktf 0.21 beside an app's cdktn 0.24: a copy whose
 * TerraformStack has a method this one lacks. (cdktn 0.24.0's TerraformStack.prototype has five that
 * cdktf 0.21.0's lacks, measured by comparing their own property names, _runPreparingResolve among them;
 * the name added here is in neither, so the test means the same when this suite runs on cdktn.)
 * The real two-package case runs in scripts/package-smoke-test-cdktn.sh.
 */
function otherRelease(): typeof cdktf {
  const core = otherCopyOfCore();
  Object.defineProperty(core.TerraformStack.prototype, '_addedInAnotherRelease', { value: () => undefined });
  return core;
}

function foreignStack(core = otherRelease()): { stack: Construct; provider: TencentcloudProvider; password: string } {
  const stack = new core.TerraformStack(new core.App(), 'app-stack');
  const password = new core.TerraformVariable(stack, 'administrator_password', { type: 'string', sensitive: true });
  // The provider binding is the library's, as a user's would be when they import it from the package.
  const provider = new TencentcloudProvider(new cdktf.TerraformStack(cdktf.Testing.app(), 'p'), 'tc', {});
  return { stack, provider, password: password.stringValue };
}

const FIX = `add "overrides": { "cdktf": "npm:cdktn@0.24.0" } to the app's package.json`;

test('an instance in a stack made by another release of the core fails at once, naming the override line', () => {
  const { stack, password } = foreignStack();
  const before = stack.node.children.length;
  const create = () =>
    new HardenedWindowsInstance(stack, 'jump-host', {
      availabilityZone: 'ap-guangzhou-3',
      imageId: 'img-9id7emv7',
      rdpAllowedCidrs: ['198.51.100.0/24'],
      administratorPassword: password,
    });
  expect(create).toThrow(CoreMismatchError);
  expect(create).toThrow(FIX);
  expect(create).toThrow(
    /^HardenedWindowsInstance 'jump-host': the app's stack is made with .*one app cannot mix two CDK cores/,
  );
  // Nothing half-created: the check runs before the construct joins the tree.
  expect(stack.node.children.length).toBe(before);
});

test('the two other public constructs check it too, deeper in the tree', () => {
  const { stack, provider } = foreignStack();
  const nested = new Construct(stack, 'nested');
  expect(
    () => new RdpSecurityGroup(nested, 'sg', { name: 'rdp', rdpAllowedCidrs: ['198.51.100.0/24'], provider }),
  ).toThrow(FIX);
  expect(() => new RdpCredentialSecret(nested, 'secret', { region: 'ap-guangzhou', password: 'x', provider })).toThrow(
    FIX,
  );
  expect(nested.node.children).toEqual([]);
});

test('a stack of another copy of the same release passes: the override gives a cdktn app two copies of cdktn', () => {
  const { stack, password } = foreignStack(otherCopyOfCore());
  new TencentcloudProvider(stack, 'tc', {});
  const host = new HardenedWindowsInstance(stack, 'jump-host', {
    availabilityZone: 'ap-guangzhou-3',
    imageId: 'img-9id7emv7',
    rdpAllowedCidrs: ['198.51.100.0/24'],
    administratorPassword: password,
  });
  expect(host.node.path).toBe('app-stack/jump-host');
});

test('a stack of the same core passes, and so does a subclass of its TerraformStack', () => {
  class MyStack extends cdktf.TerraformStack {}
  const stack = new MyStack(cdktf.Testing.app(), 'mine');
  new TencentcloudProvider(stack, 'tc', {});
  const password = new cdktf.TerraformVariable(stack, 'pw', { type: 'string', sensitive: true });
  const host = new HardenedWindowsInstance(new Construct(stack, 'inner'), 'jump-host', {
    availabilityZone: 'ap-guangzhou-3',
    imageId: 'img-9id7emv7',
    rdpAllowedCidrs: ['198.51.100.0/24'],
    administratorPassword: password.stringValue,
  });
  expect(host.node.path).toBe('mine/inner/jump-host');
});
