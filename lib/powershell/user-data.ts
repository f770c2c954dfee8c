import { ScriptSegment } from './bootstrap-script';

/** Tencent Cloud's limit for `user_data`: 16 KB, counted on the base64 text the API receives. */
export const USER_DATA_LIMIT_BYTES = 16 * 1024;

const OPEN_TAG = '<powershell>\n';
const CLOSE_TAG = '\n</powershell>\n';

/**
 * Wraps a script for Cloudbase-Init, which Tencent Cloud Windows images run user data with:
 * `<powershell>` tags, as Tencent documents, UTF-8 without a byte-order mark. Cloudbase-Init
 * matches the closing tag non-greedily, so the body must not contain it.
 */
export function wrapForCloudbaseInit(segments: readonly ScriptSegment[]): ScriptSegment[] {
  for (const s of segments) {
    if (typeof s === 'string' && /<\/powershell>/i.test(s)) {
      throw new Error('the script contains "</powershell>", which would end the user data early');
    }
  }
  return [OPEN_TAG, ...segments, CLOSE_TAG];
}

export function base64Utf8(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Size of the base64 form of `text`, the figure Tencent Cloud's limit applies to. */
export function base64Length(text: string): number {
  return 4 * Math.ceil(Buffer.byteLength(text, 'utf8') / 3);
}

/** Undo `wrapForCloudbaseInit` the way Cloudbase-Init does: the text between the first tag pair. */
export function extractPowerShellBody(userData: string): string {
  const match = /<powershell>([\s\S]*?)<\/powershell>/i.exec(userData);
  if (!match) throw new Error('user data has no <powershell>...</powershell> block');
  return match[1];
}
