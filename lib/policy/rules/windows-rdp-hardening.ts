import { ExpandedHardeningScript } from '../../powershell/user-data';
import { Node } from 'web-tree-sitter';
import { HardeningSetting } from '../../settings/hardening-setting';
import { expectedRegistryValues } from '../../settings/hardening-policy';
import { RegistryValue, registryValuePath } from '../../settings/registry-value';
import { resolveValue } from '../engine/expressions';
import { policyMetadataOf } from '../engine/policy-metadata';
import { compliant, nonCompliant, notApplicable, RuleContext, RuleOutcome, unknown } from '../engine/rule';
import { ResourceBlock } from '../engine/terraform-configuration';
import {
  bodyStatements,
  commandsCalledIn,
  flowKeyword,
  functionDefinitions,
  HardeningEffects,
  lineOf,
  Obstacle,
  readCommand,
  readHardeningEffects,
  ScriptReachability,
  SETTING_BLOCK_COMMAND,
  SettingEffects,
  VerbatimAssignment,
  verbatimStringAssignments,
} from '../script-analysis';
import { PowerShellParser } from '../script-analysis/powershell-parser';
import { defaultExpectation, expectationFromRecord, HardeningExpectation } from './private/hardening-expectation';
import {
  CREDENTIAL_TASK_COMMANDS,
  CREDENTIAL_TASK_FUNCTIONS,
  CREDENTIAL_TASK_SCRIPT_VARIABLE,
  requiredHelpers,
  WORKING_COMMANDS,
} from './private/script-requirements';
import { recognizeLibraryRender } from './private/library-render';
import { instanceUserDataScript, readInstanceUserData } from './private/user-data';
import { windowsEvidence } from './private/windows-detection';

/**
 * The check reads the structure of the scripts this library writes. An instance it did not make may apply a
 * setting some other way: the finding then says what was looked for, and the two ways out.
 */
const LIBRARY_STRUCTURE_HINT =
  'This check recognizes only the script structure this library writes (an Invoke-HardeningSetting block per ' +
  'setting), so a setting applied another way, with plain Set-ItemProperty calls say, is not seen: use the user ' +
  'data that tencentcloud-hardened-windows-user-data (npm run render-user-data) prints, or suppress TcWin-RDP1 on ' +
  'the instance with a reason';

/** What the script around the setting blocks offers them. */
interface ScriptFacts {
  readonly effects: HardeningEffects;
  readonly reachability: ScriptReachability;
  readonly strings: ReadonlyMap<string, VerbatimAssignment>;
}

/**
 * TcWin-RDP1: a Windows instance's user data applies each enabled RDP setting. The user data is decoded
 * (and the compressed payload expanded), the script parsed, and each setting's actual writes compared with
 * what the settings model expects for the recorded options.
 */
export function checkWindowsRdpHardening(resource: ResourceBlock, context: RuleContext): RuleOutcome | RuleOutcome[] {
  const userData = readInstanceUserData(resource, context.config);
  const recorded = policyMetadataOf(resource).hardening;
  let expectation: HardeningExpectation;
  if (recorded !== undefined) {
    const fromRecord = expectationFromRecord(recorded);
    if ('error' in fromRecord) return nonCompliant(`${fromRecord.error}, so what its user data must do is not known`);
    expectation = fromRecord;
  } else {
    const evidence = windowsEvidence(resource, context.config, userData);
    if (!evidence) return notApplicable('not made by HardenedWindowsInstance, and nothing marks it as Windows');
    expectation = defaultExpectation(evidence);
  }
  const settings = expectation.settings;
  if (settings.length === 0) return notApplicable('its record has every RDP setting switched off');
  const all = settingList(settings);

  if (userData.kind === 'none')
    return nonCompliant(`it has no user data, so none of ${all} is applied (${expectation.basis})`);
  if (userData.kind === 'unreadable') return unknown(`${userData.reason}; whether it applies ${all} cannot be read`);
  const extracted = instanceUserDataScript(userData);
  if (extracted.kind === 'no-script')
    return nonCompliant(`its ${userData.attribute} holds no PowerShell script, so none of ${all} is applied`);
  if (extracted.kind === 'error') return nonCompliant(`${extracted.reason}, so none of ${all} is applied`);

  const verdict = scriptVerdict(extracted.script, expectation, context, extracted.template);
  if (verdict.kind === 'parse-error') return nonCompliant(`${verdict.reason}, so none of ${all} is applied`);

  const outcomes: RuleOutcome[] = [];
  for (const setting of settings) {
    const { problems: scriptProblems, hasBlock } = verdict.settings.get(setting.id)!;
    const problems = [...scriptProblems, ...instanceRoleProblems(setting, expectation, resource, context)];
    if (problems.length > 0) {
      // Without a record, say why the instance is held to the settings: the heuristic may be wrong.
      const basis = expectation.exact ? '' : ` (${expectation.basis})`;
      const hint = expectation.exact || hasBlock ? '' : `. ${LIBRARY_STRUCTURE_HINT}`;
      outcomes.push(
        nonCompliant(`setting ${setting.step} ${setting.id}: ${problems.join('; ')}${basis}${hint}`, {
          findingId: setting.id,
        }),
      );
    }
  }
  if (outcomes.length > 0) return outcomes;
  return compliant(`its ${extracted.format} user data applies ${all} (${expectation.basis})`);
}

/** What the script alone says of each expected setting: all that depends on the text, none of the resource. */
type ScriptVerdict =
  | { readonly kind: 'parse-error'; readonly reason: string }
  | {
      readonly kind: 'analysed';
      readonly settings: ReadonlyMap<string, { readonly problems: readonly string[]; readonly hasBlock: boolean }>;
    };

/**
 * Once per distinct script and expectation in a run. A script recognised as this library's render of the record
 * (rendered again and compared whole, so an edit anywhere is never taken for it) is not parsed: every render the
 * options can produce is analysed by the test suite (__tests__/policy/library-render.test.ts) and applies its
 * settings, so the answer for it is known, and the check costs one render and one comparison.
 */
function scriptVerdict(
  script: string,
  expectation: HardeningExpectation,
  context: RuleContext,
  template?: ExpandedHardeningScript['template'],
): ScriptVerdict {
  if (recognizeLibraryRender(script, expectation, context.cache, template)) {
    return {
      kind: 'analysed',
      settings: new Map(expectation.settings.map((s) => [s.id, { problems: [], hasBlock: true }])),
    };
  }
  // The record's fingerprint is left out of the key: the analysis never reads it.
  const { scriptFingerprint: _fingerprint, ...options } = expectation.record ?? { scriptFingerprint: '' };
  const expectationKey = expectation.exact ? JSON.stringify(options) : 'no record: all four settings, shape only';
  return context.cache.once('TcWin-RDP1 script', [expectationKey, script], () =>
    analyseScript(script, expectation, context.parser),
  );
}

function analyseScript(script: string, expectation: HardeningExpectation, parser: PowerShellParser): ScriptVerdict {
  const parsed = parser.parse(script);
  try {
    if (parsed.problems.length > 0) {
      const first = parsed.problems[0];
      return {
        kind: 'parse-error',
        reason:
          `its script has ${parsed.problems.length} syntax error(s), the first at line ${first.line} column ${first.column} ` +
          `(${JSON.stringify(first.text)}); PowerShell runs nothing of a script that does not parse`,
      };
    }
    const facts: ScriptFacts = {
      effects: readHardeningEffects(parsed.root),
      reachability: new ScriptReachability(parsed.root, { blockRunners: new Set([SETTING_BLOCK_COMMAND]) }),
      strings: verbatimStringAssignments(parsed.root),
    };
    const settings = new Map<string, { problems: string[]; hasBlock: boolean }>();
    for (const setting of expectation.settings) {
      settings.set(setting.id, {
        problems: settingProblems(setting, expectedRegistryValues([setting]), facts, expectation, parser),
        hasBlock: facts.effects.settings.has(setting.id),
      });
    }
    return { kind: 'analysed', settings };
  } finally {
    // The tree lives in the parser's WebAssembly memory until deleted; only strings leave this function.
    parsed.tree.delete();
  }
}

function settingList(settings: readonly HardeningSetting[]): string {
  return settings.map((s) => `${s.step} ${s.id}`).join(', ');
}

function settingProblems(
  setting: HardeningSetting,
  expectedValues: readonly RegistryValue[],
  facts: ScriptFacts,
  expectation: HardeningExpectation,
  parser: PowerShellParser,
): string[] {
  const block = facts.effects.settings.get(setting.id);
  const call = facts.effects.settingCalls.get(setting.id);
  if (!block || !call) return [`the script has no Invoke-HardeningSetting '${setting.id}' block`];
  const problems: string[] = [];
  // What is counted below must run: the block on a straight line from the script's top level, each write in it.
  const path = facts.reachability.reach(call);
  problems.push(...obstacleProblems('its block', path.obstacles));
  for (const command of facts.effects.effectCommands.get(setting.id) ?? []) {
    const subject = `its ${readCommand(command).name} at line ${lineOf(command)}`;
    problems.push(...obstacleProblems(subject, facts.reachability.reach(command, call).obstacles));
  }
  if (block.unreadable.length > 0) {
    problems.push(
      `its block also runs commands this check cannot verify: ${block.unreadable
        .map((c) => JSON.stringify(c.slice(0, 80)))
        .join(', ')}`,
    );
  }
  problems.push(...registryProblems(setting, expectedValues, block, expectation.exact));
  if (setting.localGroupPolicy) {
    if (!block.syncsLocalGroupPolicy)
      problems.push('it does not record the policy in local Group Policy (Sync-LocalGroupPolicy)');
    if (!facts.effects.runsGpupdate) problems.push('the script never runs gpupdate /force');
  }
  if (setting.enableGuestAccount && !block.enablesGuestNetworkAccess)
    problems.push('it does not enable Guest network access, which the record asks for');
  if (
    !setting.enableGuestAccount &&
    block.enablesGuestNetworkAccess &&
    setting.id === 'password-protected-sharing-off'
  ) {
    problems.push('it enables Guest network access, which the record does not ask for');
  }
  if (setting.logonCredentialTask)
    problems.push(...credentialTaskProblems(setting, block, facts, expectation, parser, path.root));
  problems.push(...helperProblems(setting, facts, path.root));
  return problems;
}

/** One problem per subject: "never runs" when one obstacle is certain, else "may not run", with every reason. */
function obstacleProblems(subject: string, obstacles: readonly Obstacle[]): string[] {
  if (obstacles.length === 0) return [];
  const verdict = obstacles.some((o) => o.certainty === 'never') ? 'never runs' : 'may not run';
  return [`${subject} ${verdict}: ${obstacles.map((o) => o.reason).join(', and ')}`];
}

function sameValueName(a: Pick<RegistryValue, 'key' | 'name'>, b: Pick<RegistryValue, 'key' | 'name'>): boolean {
  // The registry compares key paths and value names without regard to case.
  return a.key.toLowerCase() === b.key.toLowerCase() && a.name.toLowerCase() === b.name.toLowerCase();
}

function describeValue(value: RegistryValue): string {
  return `${JSON.stringify(value.data)} (${value.kind})`;
}

function registryProblems(
  setting: HardeningSetting,
  expectedValues: readonly RegistryValue[],
  block: SettingEffects,
  exact: boolean,
): string[] {
  const problems: string[] = [];
  const listKeys = new Set(setting.registryLists.map((l) => l.key.toLowerCase()));
  for (const expected of expectedValues) {
    // Without a record the list's entries are free; only its shape is checked below.
    if (!exact && listKeys.has(expected.key.toLowerCase())) continue;
    // The last write wins at run time.
    const actual = [...block.registryValues].reverse().find((v) => sameValueName(v, expected));
    if (!actual) problems.push(`it does not write ${registryValuePath(expected)}`);
    else if (actual.kind !== expected.kind || actual.data !== expected.data) {
      problems.push(
        `it writes ${registryValuePath(expected)} = ${describeValue(actual)}, expected ${describeValue(expected)}`,
      );
    }
  }
  for (const list of setting.registryLists) {
    const actual = [...block.registryLists].reverse().find((l) => l.key.toLowerCase() === list.key.toLowerCase());
    if (!actual) {
      problems.push(`it does not set the list HKLM\\${list.key}`);
    } else if (exact && JSON.stringify(actual.entries) !== JSON.stringify(list.entries)) {
      problems.push(
        `it sets HKLM\\${list.key} to ${JSON.stringify(actual.entries)}, expected ${JSON.stringify(list.entries)}`,
      );
    } else if (!exact && (actual.entries.length === 0 || actual.entries.some((e) => !/^TERMSRV\//i.test(e)))) {
      problems.push(`it sets HKLM\\${list.key} to ${JSON.stringify(actual.entries)}, expected TERMSRV/ entries`);
    }
  }
  return problems;
}

function credentialTaskProblems(
  setting: HardeningSetting,
  block: SettingEffects,
  facts: ScriptFacts,
  expectation: HardeningExpectation,
  parser: PowerShellParser,
  blocksRoot: Node | undefined,
): string[] {
  const expected = setting.logonCredentialTask!;
  const actual = block.credentialTask;
  if (!actual) return ['it registers no logon task (Register-CredentialTask), so no credential is stored'];
  const problems: string[] = [];
  if (expectation.exact) {
    const source = expected.passwordSource;
    const wanted: Record<string, unknown> = {
      userName: expected.userName,
      extraTargets: expected.extraTargets,
      passwordSource: source.kind,
      ...(source.kind === 'ssm-secret'
        ? { secretName: source.secretName, secretVersionId: source.secretVersionId, camRoleName: source.camRoleName }
        : {}),
    };
    for (const [field, value] of Object.entries(wanted)) {
      const got = (actual as unknown as Record<string, unknown>)[field];
      const same =
        field === 'userName'
          ? String(got).toLowerCase() === String(value).toLowerCase()
          : JSON.stringify(got) === JSON.stringify(value);
      if (!same) problems.push(`its logon task has ${field} ${JSON.stringify(got)}, expected ${JSON.stringify(value)}`);
    }
  }
  const taskScript = facts.strings.get(CREDENTIAL_TASK_SCRIPT_VARIABLE);
  if (taskScript === undefined) {
    problems.push(`the script does not assign the logon task's script ($CredentialTaskScript) as a verbatim string`);
  } else {
    const statement = taskScript.node.parent;
    if (blocksRoot && statement && !isDefinedBefore(statement, blocksRoot, facts)) {
      problems.push(
        `the script assigns the logon task's script ($CredentialTaskScript) at line ${lineOf(statement)}, not at its ` +
          `top level before the statement at line ${lineOf(blocksRoot)} that runs the blocks`,
      );
    }
    const parsed = parser.parse(taskScript.text);
    if (parsed.problems.length > 0) {
      problems.push(
        `the logon task's script does not parse (line ${parsed.problems[0].line}), so it would store nothing`,
      );
    } else {
      const defined = functionDefinitions(parsed.root);
      const called = commandsCalledIn(parsed.root);
      for (const fn of CREDENTIAL_TASK_FUNCTIONS)
        if (!defined.has(fn)) problems.push(`the logon task's script does not define ${fn}`);
      for (const alternatives of CREDENTIAL_TASK_COMMANDS) {
        if (!alternatives.some((c) => called.has(c)))
          problems.push(`the logon task's script never runs ${alternatives[0]}`);
      }
    }
    parsed.tree.delete();
  }
  return problems;
}

/** What the resource, not its script, must hold for setting 3: the CAM role the logon task reads the secret as. */
function instanceRoleProblems(
  setting: HardeningSetting,
  expectation: HardeningExpectation,
  resource: ResourceBlock,
  context: RuleContext,
): string[] {
  const source = setting.logonCredentialTask?.passwordSource;
  if (!expectation.exact || source?.kind !== 'ssm-secret') return [];
  if (resource.attributes.cam_role_name === undefined)
    return ['the instance has no cam_role_name, so the logon task cannot read the secret'];
  const role = resolveValue(resource.attributes.cam_role_name, context.config);
  if (role.known && role.value !== source.camRoleName) {
    return [
      `the instance's cam_role_name is ${JSON.stringify(
        role.value,
      )}, but the logon task reads the secret as ${JSON.stringify(source.camRoleName)}`,
    ];
  }
  return [];
}

/**
 * The helpers a block relies on: defined once, at the top level before the statement that runs the blocks
 * (a script defines a function by running its definition), unable to stop the script, and reaching their
 * working command before any flow-control statement of their body.
 */
function helperProblems(setting: HardeningSetting, facts: ScriptFacts, blocksRoot: Node | undefined): string[] {
  const problems: string[] = [];
  for (const helper of requiredHelpers(setting)) {
    const definitions = facts.reachability.definitionsOf(helper);
    if (definitions.length === 0) {
      problems.push(`it relies on ${helper}, which the script does not define`);
      continue;
    }
    if (definitions.length > 1) {
      problems.push(
        `the script defines ${helper} ${definitions.length} times (lines ${definitions.map(lineOf).join(', ')}), ` +
          'and this check does not follow which one the block calls',
      );
      continue;
    }
    const [definition] = definitions;
    if (blocksRoot && !isDefinedBefore(definition, blocksRoot, facts)) {
      problems.push(
        `the script defines ${helper} at line ${lineOf(definition)}, not at its top level before the statement at ` +
          `line ${lineOf(blocksRoot)} that runs the blocks`,
      );
    }
    const stop = facts.reachability.callerStop(definition);
    if (stop) problems.push(`the script's ${helper} can stop the script (${stop.what})`);
    const working = WORKING_COMMANDS[helper.toLowerCase()];
    const idle = working && idleHelperProblem(helper, definition, working);
    if (idle) problems.push(idle);
  }
  return problems;
}

/** Whether a definition or assignment is a top-level statement that runs before `root`, a top-level statement. */
function isDefinedBefore(statement: Node, root: Node, facts: ScriptFacts): boolean {
  return facts.reachability.isTopLevel(statement) && statement.startIndex < root.startIndex;
}

/** Why a helper never reaches the command that does its work, if it does not. */
function idleHelperProblem(helper: string, definition: Node, working: readonly string[]): string | undefined {
  const statements = bodyStatements(definition);
  const runsWork = (nodes: readonly Node[]) =>
    nodes.some((statement) => working.some((command) => commandsCalledIn(statement).has(command)));
  // A flow-control statement of the body itself ends it; `return (Do-Work)` still does the work.
  const end = statements.findIndex((statement) => flowKeyword(statement) !== undefined);
  if (runsWork(end < 0 ? statements : statements.slice(0, end + 1))) return undefined;
  if (end >= 0 && runsWork(statements)) {
    return (
      `the script's ${helper} has \`${flowKeyword(statements[end])}\` at line ${lineOf(statements[end])} before it ` +
      `runs ${working[0]}, so it changes nothing`
    );
  }
  return `the script's ${helper} never runs ${working[0]}, so it changes nothing`;
}
