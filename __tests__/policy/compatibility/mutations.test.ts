import { PowerShellParser } from '../../../lib/policy/script-analysis';
import { checkCompatibility, formatFinding, GENERATED_SCRIPTS } from '../../../lib/policy/compatibility';

/*
 * Proof that the check catches what it claims: each line below, inserted into generated scripts, must be reported
 * at the exact line and column of the offending text (`at`), with the finding kind, and nothing else may change.
 */
const MUTATIONS: readonly { line: string; at: string; kind: string; message: RegExp }[] = [
  {
    line: "Invoke-RestMethod -Uri 'http://metadata.tencentyun.com/latest/meta-data/' -UseBasicParsing",
    at: '-UseBasicParsing',
    kind: 'parameter',
    message: /Invoke-RestMethod has no parameter -UseBasicParsing in Windows PowerShell 4\.0/,
  },
  {
    line: "$Settings = Get-Content -LiteralPath 'C:\\settings.json' -Raw | ConvertFrom-Json -AsHashtable",
    at: '-AsHashtable',
    kind: 'parameter',
    message: /ConvertFrom-Json has no parameter -AsHashtable/,
  },
  {
    line: '$Hex = [Convert]::ToHexString([byte[]](1, 2))',
    at: 'ToHexString',
    kind: 'static-member',
    message: /System\.Convert has no static member ToHexString in \.NET Framework 4\.5/,
  },
  {
    line: "$Path = [IO.Path]::Join('C:\\Windows', 'Temp')",
    at: 'Join',
    kind: 'static-member',
    message: /System\.IO\.Path has no static member Join/,
  },
  {
    line: '$Encoding = [Text.Encoding]::Latin1',
    at: 'Latin1',
    kind: 'static-member',
    message: /System\.Text\.Encoding has no static member Latin1/,
  },
  { line: '$c = $a ?? $b', at: '??', kind: 'syntax', message: /null-coalescing operator \?\? needs PowerShell 7/ },
  // Not in the list; the same kinds of proof for the other newer constructs.
  { line: '$c ??= 1', at: '??=', kind: 'syntax', message: /null-coalescing assignment/ },
  { line: '$n = $a?.Name', at: '?.', kind: 'syntax', message: /null-conditional operator \?\./ },
  { line: '$n = $x ? 1 : 2', at: '? 1', kind: 'syntax', message: /ternary operator/ },
  {
    line: 'Test-Path C:\\ && Write-Host ok',
    at: '&&',
    kind: 'syntax',
    message: /pipeline chain operator && needs PowerShell 7/,
  },
  { line: 'class Marker { }', at: 'class', kind: 'syntax', message: /a class needs Windows PowerShell 5\.0/ },
  { line: 'enum Colour { Red }', at: 'enum', kind: 'syntax', message: /an enum needs Windows PowerShell 5\.0/ },
  {
    line: 'using namespace System.IO',
    at: 'using',
    kind: 'syntax',
    message: /the using statement needs Windows PowerShell 5\.0/,
  },
  {
    line: '$s = [IO.MemoryStream]::new()',
    at: 'new',
    kind: 'syntax',
    message: /::new\(\) needs Windows PowerShell 5\.0/,
  },
  {
    line: '1..3 | ForEach-Object -Parallel { $_ }',
    at: '-Parallel',
    kind: 'parameter',
    message: /ForEach-Object has no parameter -Parallel/,
  },
  {
    line: 'Get-ItemPropertyValue -Path HKLM:\\SOFTWARE -Name x',
    at: 'Get-ItemPropertyValue',
    kind: 'command',
    message: /not in Windows PowerShell 4\.0; Microsoft documents it from 5\.1/,
  },
  {
    line: '$z = New-Object -TypeName System.Net.Http.HttpClientFactory',
    at: 'System.Net.Http.HttpClientFactory',
    kind: 'type',
    message: /not a type of \.NET Framework 4\.5/,
  },
  {
    line: '$e = New-Object System.Text.Encoding',
    at: 'System.Text.Encoding',
    kind: 'constructor',
    message: /no public constructor/,
  },
  {
    line: 'Remove-Item C:\\x -F',
    at: '-F',
    kind: 'parameter',
    message: /-F is ambiguous for Remove-Item in Windows PowerShell 4\.0: Filter, Force/,
  },
];

/** Scripts the lines go into: the first variant of each generated script. */
const TARGETS = GENERATED_SCRIPTS.map((s) => ({ name: s.name, text: s.variants()[0].text }));

let parser: PowerShellParser;
beforeAll(async () => (parser = await PowerShellParser.load()));

describe.each(TARGETS.map((t) => [t.name, t] as const))('inserted into the %s', (_name, target) => {
  const baseline = () => checkCompatibility(parser, target.text).map(formatFinding);

  test.each(MUTATIONS.map((m) => [m.line, m] as const))('%s is caught at its location', (_line, mutation) => {
    const lines = target.text.split('\n');
    // After the first statement that is an assignment: past the header comments and any param block.
    const after = lines.findIndex((l) => l.startsWith('$'));
    const at = after + 2;
    const mutated = [...lines.slice(0, after + 1), mutation.line, ...lines.slice(after + 1)].join('\n');
    const findings = checkCompatibility(parser, mutated);
    const onLine = findings.filter((f) => f.line === at);
    expect(onLine.map((f) => [f.line, f.column, f.kind])).toContainEqual([
      at,
      mutation.line.indexOf(mutation.at) + 1,
      mutation.kind,
    ]);
    expect(onLine.find((f) => f.kind === mutation.kind)?.message).toMatch(mutation.message);
    // Every other finding is one the script had before, a line further down.
    const others = findings
      .filter((f) => f.line !== at)
      .map((f) => formatFinding({ ...f, line: f.line > at ? f.line - 1 : f.line }));
    expect(others).toEqual(baseline());
  });
});

test('the same lines pass where the version has them: 5.1 has -UseBasicParsing; .NET 4.5 has ToBase64String', () => {
  expect(checkCompatibility(parser, MUTATIONS[0].line, { version: '5.1' })).toEqual([]);
  expect(checkCompatibility(parser, '$b = [Convert]::ToBase64String([byte[]](1, 2))')).toEqual([]);
  expect(checkCompatibility(parser, "$p = [IO.Path]::Combine('C:\\Windows', 'Temp')")).toEqual([]);
  expect(checkCompatibility(parser, 'Remove-Item C:\\x -For -LiteralP C:\\y -ea Stop')).toEqual([]);
});

test('Get-FileHash is documented for Windows PowerShell 4.0, so the check accepts it there', () => {
  // The issue lists "Get-FileHash (4.0)" as a mutation to catch, but Microsoft documents it as new in 4.0:
  // reference/4.0/Microsoft.PowerShell.Utility/Get-FileHash.md, and "What's New in Windows PowerShell 5.0",
  // section "New features in Windows PowerShell 4.0": "A new cmdlet, Get-FileHash ... has been added".
  expect(checkCompatibility(parser, "Get-FileHash -LiteralPath 'C:\\a.iso' -Algorithm SHA256")).toEqual([]);
  // What the check does hold it to: the parameters of 4.0's page.
  expect(checkCompatibility(parser, "Get-FileHash -LiteralPath 'C:\\a.iso' -Encoding UTF8").map(formatFinding)).toEqual(
    ['1:38 violation parameter: Get-FileHash has no parameter -Encoding in Windows PowerShell 4.0'],
  );
});
