import { extraCommandsOf, renderBootstrapScript } from '../../../powershell/bootstrap-script';
import { ExpandedHardeningScript, withInstanceValues } from '../../../powershell/user-data';
import { BootstrapScript, InstanceValue } from '../../../powershell/bootstrap-script';
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
  template?: ExpandedHardeningScript['template'],
): LibraryRender | undefined {
  const record = expectation.record;
  if (!expectation.exact || !record || FINGERPRINT_LINE.exec(script)?.[1] !== record.scriptFingerprint)
    return undefined;
  if (template) {
    const recognized = fromTemplate(template, expectation, record);
    if (recognized) return recognized;
  }
  return cache.once('library-render', [JSON.stringify(record), script], () => {
    const { extraCommands, render } = renderAgain(script, expectation);
    // As a reader gets it from user data: the per-instance names put back where the script reads them.
    const rendered = whichText(script, render, (text) => withInstanceValues(text, render.instanceValues));
    return rendered && { record, extraCommands, rendered };
  });
}

/**
 * The same decision without building the instance's script again: the block's template is the render's text and
 * it assigns the render's names, so putting the names in gives the script (`withInstanceValues` of both is one
 * text). Every instance of one configuration shares the template, usually the very string the renderer made, so
 * the comparison costs next to nothing. No answer is not a "no": the caller compares the whole script then.
 */
function fromTemplate(
  template: ExpandedHardeningScript['template'],
  expectation: HardeningExpectation,
  record: HardeningRecord,
): LibraryRender | undefined {
  const { extraCommands, render } = renderAgain(template.text, expectation);
  if (!sameValues(template.values, render.instanceValues)) return undefined;
  const rendered = whichText(template.text, render, (text) => text);
  return rendered && { record, extraCommands, rendered };
}

/** The record's settings rendered again, with the author's commands that `script` carries. */
function renderAgain(script: string, expectation: HardeningExpectation) {
  const extraCommands = extraCommandsOf(script);
  const render = renderBootstrapScript(expectation.settings, {
    extraCommands: extraCommands === undefined ? undefined : [extraCommands],
  });
  return { extraCommands, render };
}

/** Which of the render's texts `candidate` is, once `as` has made each the form the candidate has. */
function whichText(candidate: string, render: BootstrapScript, as: (text: string) => string): RenderedText | undefined {
  return candidate === as(render.text) ? 'text' : candidate === as(render.compactText) ? 'compactText' : undefined;
}

function sameValues(a: readonly InstanceValue[], b: readonly InstanceValue[]): boolean {
  return a.length === b.length && a.every((v, i) => v.variable === b[i].variable && v.value === b[i].value);
}
