import { extraCommandsOf, renderBootstrapScript } from '../../../powershell/bootstrap-script';
import { withInstanceValues } from '../../../powershell/user-data';
import { HardeningRecord } from '../../../settings/policy-metadata';
import { CheckRunCache } from '../../engine/check-run-cache';
import { HardeningExpectation } from './hardening-expectation';

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
  if (!expectation.exact || !record || FINGERPRINT_LINE.exec(script)?.[1] !== record.scriptFingerprint)
    return undefined;
  return cache.once('library-render', [JSON.stringify(record), script], () => {
    const extraCommands = extraCommandsOf(script);
    const render = renderBootstrapScript(expectation.settings, {
      extraCommands: extraCommands === undefined ? undefined : [extraCommands],
    });
    // As a reader gets it from user data: the per-instance names put back where the script reads them.
    const as = (text: string) => withInstanceValues(text, render.instanceValues);
    const rendered: RenderedText | undefined =
      script === as(render.text) ? 'text' : script === as(render.compactText) ? 'compactText' : undefined;
    return rendered && { record, extraCommands, rendered };
  });
}
