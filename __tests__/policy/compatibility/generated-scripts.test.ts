import { PowerShellParser } from '../../../lib/policy/script-analysis';
import { checkCompatibility, formatFinding, GENERATED_SCRIPTS } from '../../../lib/policy/compatibility';

/*
 * Every script this library generates, in every variant its options produce, against Windows PowerShell 4.0 (the
 * README's lowest version) and .NET Framework 4.5. Notes count too: a command the inventories do not know is one
 * this check cannot vouch for, and every command the library writes must be one it can.
 */

let parser: PowerShellParser;
beforeAll(async () => (parser = await PowerShellParser.load()));

describe.each(GENERATED_SCRIPTS.map((s) => [s.name, s] as const))('%s', (_name, script) => {
  test('has no finding on Windows PowerShell 4.0 in any variant', () => {
    const variants = script.variants();
    expect(variants.length).toBeGreaterThan(0);
    const findings = variants.flatMap((v) =>
      checkCompatibility(parser, v.text).map((f) => `${v.label}: ${formatFinding(f)}`),
    );
    expect(findings).toEqual([]);
  });
});

test('the list holds the bootstrap in every user-data format, the logon task script, the client script and the TAT commands', () => {
  expect(GENERATED_SCRIPTS.map((s) => s.name)).toEqual([
    'plain user data',
    'compressed user data',
    'gzip user data',
    'logon task script (setting 3)',
    'client script',
    'deploy verification (TAT command)',
    'hardening for existing instances (TAT command)',
    're-assertion on a schedule (TAT command)',
  ]);
  const compressed = GENERATED_SCRIPTS[1].variants();
  // The loader and the script it expands, for each combination.
  expect(compressed.filter((v) => v.label.startsWith('expanded payload')).length).toBe(compressed.length / 2);
  // The gzip form as Cloudbase-Init reads it once expanded; never with the plaintext password, which it refuses.
  const gzip = GENERATED_SCRIPTS[2].variants();
  expect(gzip.length).toBeGreaterThan(0);
  expect(gzip.every((v) => v.label.startsWith('gzip user data') && !v.label.includes('user-data-plaintext'))).toBe(
    true,
  );
});
