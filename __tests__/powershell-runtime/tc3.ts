import { createHash, createHmac } from 'crypto';

/**
 * TC3-HMAC-SHA256 as Tencent Cloud's "Signature v3" page describes it, written with Node's crypto
 * for checking the PowerShell signer; it shares no code with the project.
 */
export interface Tc3Request {
  readonly secretKey: string;
  readonly service: string;
  readonly host: string;
  readonly action: string;
  readonly contentType: string;
  readonly payload: Buffer | string;
  readonly timestamp: number;
}

const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

export const TC3_SIGNED_HEADERS = 'content-type;host;x-tc-action';

export function tc3Signature(r: Tc3Request): { date: string; signature: string } {
  const date = new Date(r.timestamp * 1000).toISOString().slice(0, 10);
  const canonicalHeaders = `content-type:${r.contentType.toLowerCase()}\nhost:${r.host.toLowerCase()}\nx-tc-action:${r.action.toLowerCase()}\n`;
  const canonicalRequest = ['POST', '/', '', canonicalHeaders, TC3_SIGNED_HEADERS, sha256Hex(r.payload)].join('\n');
  const scope = `${date}/${r.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(r.timestamp), scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${r.secretKey}`, date), r.service), 'tc3_request');
  return { date, signature: createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex') };
}

export function tc3Authorization(secretId: string, r: Tc3Request): string {
  const { date, signature } = tc3Signature(r);
  return `TC3-HMAC-SHA256 Credential=${secretId}/${date}/${r.service}/tc3_request, SignedHeaders=${TC3_SIGNED_HEADERS}, Signature=${signature}`;
}

/** A GetSecretValue request as the simulated Invoke-WebRequest records it. */
export interface RecordedSsmRequest {
  readonly Headers: Record<string, string>;
  readonly ContentType: string;
  readonly Body: { readonly bytesBase64: string };
}

/** The Authorization header a recorded GetSecretValue request must carry, signed here with `keys`. */
export function expectedSsmAuthorization(
  keys: { readonly TmpSecretId: string; readonly TmpSecretKey: string },
  request: RecordedSsmRequest,
): string {
  return tc3Authorization(keys.TmpSecretId, {
    secretKey: keys.TmpSecretKey,
    service: 'ssm',
    host: 'ssm.tencentcloudapi.com',
    action: 'GetSecretValue',
    contentType: request.ContentType,
    payload: Buffer.from(request.Body.bytesBase64, 'base64'),
    timestamp: Number(request.Headers['X-TC-Timestamp']),
  });
}
