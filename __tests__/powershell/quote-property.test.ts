import fc from 'fast-check';
import { Node } from 'web-tree-sitter';
import { PowerShellParser, readHardeningEffects } from '../../lib/policy/script-analysis';
import {
  BootstrapScript,
  expandHardeningScript,
  extractPowerShellBlock,
  extraCommandsOf,
  quotePowerShell,
  renderUserData,
  userDataText,
  renderBootstrapScript,
  renderExtraCommands,
  renderSetting,
  UnquotableStringError,
  unquotePowerShellVerbatim,
} from '../../lib/powershell';
import { INSTANCE_VARIABLES } from '../../lib/powershell/fragments/instance-values';
import { HardeningPolicy, HardeningSetting, SettingId } from '../../lib/settings';
import { findUnrepresentableCharacter } from '../../lib/validation';

/*
 * Property: whatever text a value holds, it reaches the script as exactly one string literal whose
 * content, read back with PowerShell's rules, is the value; it never adds a command, a variable, an
 * expansion or a parse error.
 *
 * Speed: rendering and parsing a whole bootstrap script (about 20 KB with all settings) 10,000 times
 * would take minutes. Each run instead renders one setting block through `renderSetting` and the
 * extra-commands block through `renderExtraCommands`, the functions `renderBootstrapScript` builds
 * its body from (the first test below proves that), with a value in every string field they quote:
 * 14 values per run, 10,000 runs. Each run parses about 0.5 KB.
 *
 * Typographic quotes: PowerShell's tokenizer treats ‘ ’ ‚ ‛ as single quotes; tree-sitter's grammar
 * knows only ASCII '. The two still find the same literal boundaries, because quotePowerShell doubles
 * every quote of either kind: for tree-sitter the typographic ones are plain characters inside the
 * literal, and for PowerShell each doubled pair is an escaped quote, so the first quote neither
 * tokenizer pairs is the closing ASCII '. The content is therefore read back with PowerShell's rule
 * (unquotePowerShellVerbatim: any two quotes in a row stand for the second), not tree-sitter's.
 */

let parser: PowerShellParser;
beforeAll(async () => {
  parser = await PowerShellParser.load();
});

/** Characters and sequences that break naive quoting, weighted heavily. */
const TRICKY = [
  "'",
  "''",
  '"',
  '""',
  '‘',
  '’',
  '‚',
  '‛',
  '’’',
  "'’",
  '“',
  '”',
  '„',
  '`',
  '``',
  '`n',
  '$',
  '$(',
  '$x',
  '${x}',
  '@(',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ';',
  '|',
  '&',
  '&&',
  '#',
  '<#',
  '#>',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  "@'",
  "'@",
  '@"',
  '"@',
  "\n'@\n",
  '--%',
  '\\',
  ',',
  '-',
  '<',
  '>',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u200b',
  '%',
  '*',
  '?',
  '~',
];
const representable = (s: string) => findUnrepresentableCharacter(s) === undefined;
const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 3 },
  // Any code point, as the 'binary' string unit gives, but without that unit's one-off table of all 1.1 million code
  // points, which fast-check builds for its string slices (about a second of every run of this file).
  {
    arbitrary: fc
      .integer({ min: 0, max: 0x10ffff })
      .map((cp) => String.fromCodePoint(cp))
      .filter(representable),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)), weight: 1 },
);
const value = fc.string({ unit, maxLength: 24 });

const FIELDS = 14;

/** A setting whose every quoted field holds one of the generated values. */
function settingWith(v: readonly string[]): HardeningSetting {
  return {
    id: v[0] as SettingId,
    step: 1,
    title: v[1],
    replacesManualStep: '',
    verifyByHand: '',
    registryValues: [{ key: v[2], name: v[3], kind: 'String', data: v[4] }],
    registryLists: [{ key: v[5], entries: [v[6], v[7]] }],
    localGroupPolicy: false,
    enableGuestAccount: false,
    logonCredentialTask: {
      userName: v[8],
      extraTargets: [v[9]],
      passwordSource: { kind: 'ssm-secret', secretName: v[10], secretVersionId: v[11], camRoleName: v[12] },
    },
  };
}

const NO_FINGERPRINT = '0'.repeat(16);

/**
 * `expect(actual).toEqual(expected)` for the properties' tens of thousands of checks: compared as JSON first (same
 * keys in the same order), jest's matcher only when they differ, for its diff. The matcher builds an error and a
 * stack for every call, a tenth of these tests' time.
 */
function expectSame(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual).toEqual(expected);
}

/**
 * The blocks as an instance runs them: through compressed user data, whose plain lines carry setting 3's
 * per-instance names (secret, version, role) outside the payload, and back, with the names in place.
 */
function asRun(source: string, v: readonly string[]): string {
  const script: BootstrapScript = {
    text: source,
    compactText: `$Fingerprint = '${NO_FINGERPRINT}'\n${source}`,
    fingerprint: NO_FINGERPRINT,
    settingsOnlyFingerprint: NO_FINGERPRINT,
    settingIds: [],
    instanceValues: [
      { variable: INSTANCE_VARIABLES.secretName, value: v[10] },
      { variable: INSTANCE_VARIABLES.secretVersionId, value: v[11] },
      { variable: INSTANCE_VARIABLES.camRoleName, value: v[12] },
    ],
  };
  const userData = userDataText(renderUserData(script, { format: 'compressed' }), '');
  const expanded = expandHardeningScript(extractPowerShellBlock(userData)).script;
  const first = `$Fingerprint = '${NO_FINGERPRINT}'\n`;
  expectSame(expanded.slice(0, first.length), first);
  return expanded.slice(expanded.indexOf('\n') + 1);
}

/** The literal contents the two blocks must hold, in source order. */
function expectedLiterals(v: readonly string[]): string[] {
  return [
    v[0],
    `step 1: ${v[1]}`, // Invoke-HardeningSetting
    v[2],
    v[3],
    'String',
    v[4], // Set-HardeningRegistryValue
    v[5],
    v[6],
    v[7], // Set-HardeningRegistryList
    v[8],
    v[9],
    'ssm-secret',
    v[10],
    v[11],
    v[12], // Register-CredentialTask
    'extra-commands',
    'commands appended by the stack author',
    v[13], // the extra-commands block
  ];
}

/** The commands the two blocks hold; the last is the dot-sourced script block made from the commands. */
function expectedCommands(commands: string): string[] {
  return [
    'Invoke-HardeningSetting',
    'Set-HardeningRegistryValue',
    'Set-HardeningRegistryList',
    'Register-CredentialTask',
    'Invoke-HardeningSetting',
    `([scriptblock]::Create(${quotePowerShell(commands)}))`,
  ];
}

const EXPANSION_TYPES = [
  'variable',
  'expandable_string_literal',
  'expandable_here_string_literal',
  'verbatim_here_string_characters',
  'sub_expression',
];
const STRUCTURE_TYPES = ['verbatim_string_characters', 'command', ...EXPANSION_TYPES];

function nodes(root: Node, types: string[]): Node[] {
  return root.descendantsOfType(types).filter((n): n is Node => n !== null);
}

describe('quotePowerShell in the rendered script', () => {
  test('renderSetting and renderExtraCommands are the code path of renderBootstrapScript', () => {
    const policy = HardeningPolicy.fromOptions({
      credentialPasswordSource: { kind: 'ssm-secret', secretName: 's', secretVersionId: 'v1', camRoleName: 'r' },
      credentialUserName: "o'brien",
      extraCredentialTargets: ['rdp.example.com'],
    });
    const commands = ["Write-Output 'x'", 'Get-Date'];
    const script = renderBootstrapScript(policy.settings, { extraCommands: commands }).text;
    for (const setting of policy.settings) expect(script).toContain(`\n${renderSetting(setting)}\n`);
    expect(script).toContain(`\n${renderExtraCommands(commands)}\n`);
  });

  test(`any value is one literal equal to itself, in every quoted field (10,000 runs × ${FIELDS} values)`, () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: FIELDS, maxLength: FIELDS }), (v) => {
        const source = asRun(`${renderSetting(settingWith(v))}\n${renderExtraCommands([v[13]])}\n`, v);
        const { tree, root, problems } = parser.parse(source);
        try {
          // One pass over the tree (each call crosses into WebAssembly, so it is the expensive part).
          const found = nodes(root, [...STRUCTURE_TYPES]);
          const ofType = (type: string) => found.filter((n) => n.type === type);
          const actual = {
            problems,
            literals: ofType('verbatim_string_characters').map((n) => unquotePowerShellVerbatim(n.text)),
            commands: ofType('command').map((c) => c.childForFieldName('command_name')?.text),
            // Nothing but those literals: no variable, no expansion, no here-string.
            expansions: found.filter((n) => EXPANSION_TYPES.includes(n.type)).map((n) => n.text),
            // What the credential scan reads as the author's commands.
            commandsReadBack: extraCommandsOf(source),
          };
          const expected = {
            problems: [],
            literals: expectedLiterals(v),
            commands: expectedCommands(v[13]),
            expansions: [],
            commandsReadBack: v[13],
          };
          expectSame(actual, expected);
        } finally {
          tree.delete();
        }
      }),
      { numRuns: 10_000 },
    );
  });

  test('the policy reader reads back exactly the data that was quoted (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: FIELDS, maxLength: FIELDS }), (v) => {
        const { tree, root } = parser.parse(asRun(renderSetting(settingWith(v)), v));
        try {
          const effects = readHardeningEffects(root).settings.get(v[0]);
          const actual = { registryValues: effects?.registryValues, credentialTask: effects?.credentialTask };
          const expected = {
            registryValues: [
              { key: v[2], name: v[3], kind: 'String', data: v[4] },
              { key: v[5], name: '1', kind: 'String', data: v[6] },
              { key: v[5], name: '2', kind: 'String', data: v[7] },
            ],
            credentialTask: {
              userName: v[8],
              extraTargets: [v[9]],
              passwordSource: 'ssm-secret',
              secretName: v[10],
              secretVersionId: v[11],
              camRoleName: v[12],
            },
          };
          expectSame(actual, expected);
        } finally {
          tree.delete();
        }
      }),
      { numRuns: 1_000 },
    );
  });

  test('characters PowerShell source cannot carry are refused, never written', () => {
    const bad = fc.oneof(
      fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
    );
    fc.assert(
      fc.property(value, bad, value, (before, code, after) => {
        const text = before + String.fromCharCode(code) + after;
        expect(() => quotePowerShell(text)).toThrow(UnquotableStringError);
      }),
      { numRuns: 2_000 },
    );
  });

  test('the quoting itself: each of the five single-quote characters doubled, everything else verbatim', () => {
    expect(quotePowerShell("a'b‘c’d‚e‛f")).toBe("'a''b‘‘c’’d‚‚e‛‛f'");
    expect(quotePowerShell('“$(calc)” `n $env:x')).toBe("'“$(calc)” `n $env:x'");
    expect(quotePowerShell('')).toBe("''");
    expect(unquotePowerShellVerbatim("'a''b’’'")).toBe("a'b’");
  });
});
