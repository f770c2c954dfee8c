import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { packageVersion } from '../../scripts/package-version';

// The SARIF report's tool version. From the installed package the commands run as dist/scripts/*.js, one
// folder deeper than in the repository, so the version must be found by walking up, not at a fixed `..`.

const ROOT = join(__dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

test('is the package version from scripts/, as in the repository', () => {
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
  expect(packageVersion(join(ROOT, 'scripts'))).toBe(version);
});

test('is the package version from dist/scripts/, as in the installed package', () => {
  expect(packageVersion(join(ROOT, 'dist', 'scripts'))).toBe(version);
});

test('refuses a folder outside the package rather than reporting 0.0.0', () => {
  const outside = mkdtempSync(join(tmpdir(), 'package-version-'));
  try {
    expect(() => packageVersion(outside)).toThrow(/tencentcloud-hardened-windows's package.json/);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});
