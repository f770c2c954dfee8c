import { Node } from 'web-tree-sitter';
import { findCommands, PowerShellParser, ScriptReachability } from '../../../lib/policy/script-analysis';

/*
 * The straight-line reader on small scripts: what stops a line and what does not. `Target` is the command
 * whose reach each case asks about; the rule's tests cover the real script.
 */

let parser: PowerShellParser;
beforeAll(async () => (parser = await PowerShellParser.load()));

function read(script: string): { reachability: ScriptReachability; target: Node } {
  const parsed = parser.parse(script);
  if (parsed.problems.length > 0) throw new Error(`does not parse: ${JSON.stringify(parsed.problems)}`);
  const targets = findCommands(parsed.root).filter((c) => c.name === 'Target');
  if (targets.length !== 1) throw new Error(`${targets.length} Target commands`);
  const reachability = new ScriptReachability(parsed.root, { blockRunners: new Set(['invoke-block']) });
  return { reachability, target: targets[0].node };
}

function obstacles(script: string): string[] {
  const { reachability, target } = read(script);
  return reachability.reach(target).obstacles.map((o) => `${o.certainty}: ${o.reason}`);
}

describe('a straight line', () => {
  test('through a try block, a function call and a block argument', () => {
    const script = [
      'function Invoke-Block([scriptblock]$Body) { & $Body }',
      'function Run {',
      '  Invoke-Block { Target }',
      '}',
      'try {',
      '  Write-Output start',
      '  Run',
      '} catch { exit 2 }',
    ].join('\n');
    expect(obstacles(script)).toEqual([]);
    const { reachability, target } = read(script);
    expect(reachability.reach(target).root?.text).toMatch(/^try \{/);
  });

  test.each([
    ['a break inside a loop of its own', 'foreach ($x in 1, 2) { if ($x) { break } }'],
    ['a continue inside a switch', 'switch ($x) { 1 { continue } }'],
    ['a return inside a script block it runs', '& { return }'],
    ['a throw inside an if (how a script reports a failure)', "if ($LASTEXITCODE) { throw 'failed' }"],
    ['a function definition with an exit in it', 'function Stop-All { exit 1 }'],
    ['a trap handler', 'trap { exit 1 }'],
    ['a comment and an empty statement', '# just a note\n;'],
  ])('is not stopped by %s', (_what, before) => {
    expect(obstacles(`${before}\nTarget`)).toEqual([]);
  });

  test('the assigned value of an assignment runs', () => {
    expect(obstacles('$null = Target')).toEqual([]);
  });

  test('a body in named blocks is followed', () => {
    expect(obstacles('function Run { begin { Write-Output a } end { Target } }\nRun')).toEqual([]);
  });
});

describe('what stops it', () => {
  test.each(['exit', 'return', 'throw', 'break', 'continue'])(
    '`%s` before it, as a statement of its own',
    (keyword) => {
      expect(obstacles(`Write-Output a\n${keyword}\nTarget`)).toEqual([
        `never: \`${keyword}\` at line 2 (at the top level of the script) comes before it`,
      ]);
    },
  );

  test('a flow-control statement nested in a statement before it, when it leaves that statement', () => {
    expect(obstacles('if ($x) { return }\nTarget')).toEqual([
      'maybe: an if statement at line 1 (at the top level of the script) can `return` (line 1) before it',
    ]);
    expect(obstacles('foreach ($x in 1) { & { exit } }\nTarget')).toEqual([
      'maybe: a foreach loop at line 1 (at the top level of the script) can `exit` (line 1) before it',
    ]);
  });

  test('a call of a script function that can stop the script, however deep', () => {
    expect(obstacles('function Inner { exit 3 }\nfunction Outer { Inner }\nOuter\nTarget')).toEqual([
      'maybe: Outer, called at line 3 (at the top level of the script) before it, can stop the script (`exit` at line 1 in Inner)',
    ]);
    // Only a throw of the body itself: a nested one is error reporting.
    expect(obstacles("function Fail { if ($x) { throw 'a' }; throw 'b' }\nFail\nTarget")).toEqual([
      'maybe: Fail, called at line 2 (at the top level of the script) before it, can stop the script (`throw` at line 1 in Fail)',
    ]);
  });

  test('code built at run time; running a script-block parameter is not', () => {
    expect(obstacles('& $code\nTarget')).toEqual([
      'maybe: line 1 (at the top level of the script) runs code built at run time before it ("& $code"), which this check cannot read',
    ]);
    expect(obstacles('function Run-It([scriptblock]$Body) { & $Body }\nRun-It { Write-Output a }\nTarget')).toEqual([]);
    expect(obstacles('function Run-It { & $other }\nRun-It\nTarget')).toEqual([
      'maybe: Run-It, called at line 2 (at the top level of the script) before it, can stop the script (code built at run time at line 1 in Run-It)',
    ]);
  });
});

/** The obstacle of a statement at line 1 that runs code built at run time, `code` being its text as quoted. */
function runTimeCode(code: string): string {
  return `maybe: line 1 (at the top level of the script) runs code built at run time before it (${JSON.stringify(
    code,
  )}), which this check cannot read`;
}

describe('a function called by a quoted name', () => {
  test.each(["& 'Skip'", '. "Skip"', "& 'skip'", '& "SKIP" -Force'])('`%s` runs the function, and its stop', (call) => {
    expect(obstacles(`function Skip { exit 0 }\n${call}\nTarget`)).toEqual([
      'maybe: Skip, called at line 2 (at the top level of the script) before it, can stop the script (`exit` at line 1 in Skip)',
    ]);
  });

  test.each(["& 'Go'", '. "Go"'])('`%s` is a call of the function the target sits in', (call) => {
    expect(obstacles(`function Go { Target }\n${call}`)).toEqual([]);
  });

  test.each([
    ['& "Sk$x"', '& "Sk$x"'],
    ['. "Sk`ip"', '. "Sk`ip"'],
    ['& (Get-Command Skip)', '& (Get-Command Skip)'],
    ["& ('Skip')", "& ('Skip')"],
  ])('`%s` is code built at run time', (call, code) => {
    expect(obstacles(`function Skip { exit 0 }\n${call}\nTarget`)).toEqual([
      runTimeCode(code).replace('line 1 ', 'line 2 '),
    ]);
  });

  test('a quoted path names a program, which runs in its own process', () => {
    expect(obstacles("& 'C:\\Tools\\setup.exe' /quiet\nTarget")).toEqual([]);
  });
});

describe('code built from a string', () => {
  test.each([
    ["Invoke-Command -ScriptBlock ([scriptblock]::Create('exit 3'))", "[scriptblock]::Create('exit 3')"],
    [
      "1 | ForEach-Object -Process ([System.Management.Automation.ScriptBlock]::create('exit 3'))",
      "[System.Management.Automation.ScriptBlock]::create('exit 3')",
    ],
    ["$sb = [ScriptBlock]::CREATE('exit 3')", "[ScriptBlock]::CREATE('exit 3')"],
    [
      "$sb = [Management.Automation.ScriptBlock]::'Create'('exit 3')",
      "[Management.Automation.ScriptBlock]::'Create'('exit 3')",
    ],
    [
      "Invoke-Command ($ExecutionContext.InvokeCommand.NewScriptBlock('exit 3'))",
      "$ExecutionContext.InvokeCommand.NewScriptBlock('exit 3')",
    ],
    ["$sb.'Invoke'()", "$sb.'Invoke'()"],
    ['$sb.$method()', '$sb.$method()'],
  ])('%s', (statement, code) => {
    expect(obstacles(`${statement}\nTarget`)).toEqual([runTimeCode(code)]);
  });

  test('in a function called before it', () => {
    expect(
      obstacles("function Run { $sb = [scriptblock]::Create('exit 3'); Invoke-Command $sb }\nRun\nTarget"),
    ).toEqual([
      'maybe: Run, called at line 2 (at the top level of the script) before it, can stop the script (code built at run time at line 1 in Run)',
    ]);
  });

  test("another type's Create is not", () => {
    expect(obstacles("[IO.File]::Create('C:\\x.txt').Dispose()\nTarget")).toEqual([]);
  });
});

describe('[Environment]::Exit ends the process', () => {
  test.each(['[Environment]::Exit(0)', '[System.Environment]::exit(0)', "[environment]::'EXIT'(1)"])(
    '`%s` as a statement of its own',
    (statement) => {
      expect(obstacles(`Write-Output a\n${statement}\nTarget`)).toEqual([
        `never: \`${statement.replace(/\(\d\)$/, '')}\` at line 2 (at the top level of the script) comes before it`,
      ]);
    },
  );

  test('nested in a statement before it', () => {
    expect(obstacles('if ($x) { [System.Environment]::Exit(0) }\nTarget')).toEqual([
      'maybe: an if statement at line 1 (at the top level of the script) can `[System.Environment]::Exit` (line 1) before it',
    ]);
    expect(obstacles('$null = [Environment]::Exit(0)\nTarget')).toEqual([
      'maybe: the statement at line 1 (at the top level of the script) can `[Environment]::Exit` (line 1) before it',
    ]);
  });

  test('in a function called before it, and not in one never called', () => {
    expect(obstacles('function Quit { if ($x) { [Environment]::Exit(1) } }\nQuit\nTarget')).toEqual([
      'maybe: Quit, called at line 2 (at the top level of the script) before it, can stop the script (`[Environment]::Exit` at line 1 in Quit)',
    ]);
    expect(obstacles('function Quit { [Environment]::Exit(1) }\nTarget')).toEqual([]);
  });

  test('setting the exit code is not', () => {
    expect(obstacles('[Environment]::ExitCode = 3\nTarget')).toEqual([]);
  });
});

describe('where it sits', () => {
  test.each([
    [
      'if ($x) { Target }',
      'an if statement at line 1 (at the top level of the script), whose condition this check does not evaluate',
    ],
    [
      'if ($x) { } else { Target }',
      'an else branch at line 1 (at the top level of the script), whose condition this check does not evaluate',
    ],
    ['while ($x) { Target }', 'a while loop at line 1 (at the top level of the script), which may run it no times'],
    [
      'try { } catch { Target }',
      'a catch block at line 1 (at the top level of the script), which runs only on an error',
    ],
    [
      '$block = { Target }',
      'a script block at line 1 (at the top level of the script), which this check does not follow',
    ],
    [
      'Write-Output a && Target',
      'an && or || chain at line 1 (at the top level of the script), which runs it only on the outcome of what comes before it',
    ],
  ])('%s', (script, where) => {
    expect(obstacles(script)).toEqual([`maybe: it sits inside ${where}`]);
  });

  test('the script block of a command that is not a block runner', () => {
    expect(obstacles('Invoke-Command { Target }')).toEqual([
      'maybe: it sits inside a script block at line 1 (at the top level of the script), which this check does not follow',
    ]);
  });

  test('a function never called, called only by itself, or defined after its call', () => {
    expect(obstacles('function Run { Target }')).toEqual(['never: Run, the function it sits in, is never called']);
    expect(obstacles('function Ping { Pong; Target }\nfunction Pong { Ping }')).toEqual([
      'maybe: Ping is reached only by calling itself',
    ]);
    expect(obstacles('Run\nfunction Run { Target }')).toEqual([
      'never: Run is defined at line 2, after the statement at line 1 that calls it',
    ]);
  });

  test('every obstacle on the way is named, from the statement up', () => {
    expect(obstacles('function Run {\n  return\n  if ($x) { Target }\n}\nexit\nRun')).toEqual([
      'maybe: it sits inside an if statement at line 3 (in function Run), whose condition this check does not evaluate',
      'never: `return` at line 2 (in function Run) comes before it',
      'never: `exit` at line 5 (at the top level of the script) comes before it',
    ]);
  });
});
