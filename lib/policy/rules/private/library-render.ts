import { extraCommandsOf, renderBootstrapScript } from '../../../powershell/bootstrap-script';
import { HardeningRecord } from '../../../settings/policy-metadata';
import { CheckRunCache } from '../../engine/check-run-cache';
import { expectationFromRecord, HardeningExpectation } from './hardening-expectation';

/** Which text of the render a script is: `text` (plain user data) or `compactText` (the compressed payload). */
export type RenderedText = 'text' | 'compactText';

/** A script this library rendered, recognised: the record it was rendered from and the author's commands in it. */
export interface LibraryRender {
  readonly record: HardeningRecord;
  readonly extraCommands?: string;
  readonly rendered: RenderedText;
}

const FINGERPRINT_LINE = /^\$Fingerprint = '([0-9a-f]{16})'$/m;

/**
 * Whether `script` is, character for character, what this library renders for the options the instance's record
 * states and the author's commands the script itself carries. The `$Fingerprint` line only rules out a mismatch
 * quickly: whoever edits a script can write a fingerprint to match, so a match is decided by rendering the same
 * options again and comparing the whole text. Once per script and record in a run.
 */
export function recognizeLibraryRender(
  script: string,
  expectation: HardeningExpectation,
  cache: CheckRunCache,
): LibraryRender | undefined {
  const record = expectation.record;
  if (!expectation.exact || !record || FINGERPRINT_LINE.exec(script)?.[1] !== record.scriptFingerprint) return undefined;
  return cache.once('library-render', [JSON.stringify(record), script], () => {
    const extraCommands = extraCommandsOf(script);
    const render = renderBootstrapScript(expectation.settings, {
      extraCommands: extraCommands === undefined ? undefined : [extraCommands],
    });
    const rendered: RenderedText | undefined =
      script === render.text ? 'text' : script === render.compactText ? 'compactText' : undefined;
    return rendered && { record, extraCommands, rendered };
  });
}

// Stand-ins for the names a record holds per instance: valid names that no check reads for meaning.
const STAND_IN_SECRET = { secretName: 'rdp-password', secretVersionId: 'v1', camRoleName: 'rdp-role' };

/**
 * The same render with the per-instance names of the record (the SSM secret's name and version, the CAM role)
 * replaced by fixed ones, and the expectation that goes with it. Renders that differ only in those names have
 * the same structure, and the names in a recognised render are the record's by construction: one analysis of this
 * stand-in answers for all of them. Nothing else is replaced: any other option gives another stand-in.
 */
export function standInRender(render: LibraryRender): { script: string; expectation: HardeningExpectation } {
  const source = render.record.credentialPasswordSource;
  const record: HardeningRecord = {
    ...render.record,
    ...(source?.kind === 'ssm-secret' ? { credentialPasswordSource: { ...source, ...STAND_IN_SECRET } } : {}),
    scriptFingerprint: '',
  };
  const expectation = expectationFromRecord(record);
  if ('error' in expectation) throw new Error(`the stand-in record is refused: ${expectation.error}`);
  const script = renderBootstrapScript(expectation.settings, {
    extraCommands: render.extraCommands === undefined ? undefined : [render.extraCommands],
  })[render.rendered];
  return { script, expectation };
}

/** What a stand-in's analysis is keyed by: everything of the render except the names it replaces. */
export function standInKey(render: LibraryRender): string[] {
  const source = render.record.credentialPasswordSource;
  const { scriptFingerprint: _fingerprint, ...options } = render.record;
  return [
    JSON.stringify({
      ...options,
      ...(source?.kind === 'ssm-secret' ? { credentialPasswordSource: { kind: source.kind } } : {}),
    }),
    render.rendered,
    render.extraCommands ?? '\u0000none',
  ];
}
