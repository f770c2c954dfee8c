import { readFileSync } from 'fs';
import { dirname, join } from 'path';

const PACKAGE_NAME = 'tencentcloud-hardened-windows';

/**
 * This package's version, for the SARIF report's tool version. Walks up from `from` to the package's own
 * package.json: the commands run from scripts/ in the repository and from dist/scripts/ when installed.
 */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === PACKAGE_NAME && manifest.version) return manifest.version;
    } catch {
      // no package.json here: keep walking up
    }
    if (dirname(dir) === dir) throw new Error(`${PACKAGE_NAME}'s package.json was not found above ${from}`);
  }
}
