import { HardeningEffects, PowerShellParser, readHardeningEffects } from '../../lib/policy/script-analysis';

let parser: PowerShellParser | undefined;

/** Call from `beforeAll`: loads the WebAssembly grammar once per test file. */
export async function loadParser(): Promise<PowerShellParser> {
  parser = await PowerShellParser.load();
  return parser;
}

/** Parses a script, fails the test on any syntax problem, and reads its effects. */
export function parseHardeningScript(script: string): HardeningEffects {
  if (!parser) throw new Error('call loadParser() in beforeAll first');
  const parsed = parser.parse(script);
  expect(parsed.problems).toEqual([]);
  return readHardeningEffects(parsed.root);
}
