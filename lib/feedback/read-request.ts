import { getEnv } from '@/lib/env';
import { PEER_ADDRESS_HEADER, pickClientAddress } from './client-address';
import { HttpError } from './http-errors';

/** Decodes whole bodies (never streaming), so one instance serves every request. */
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/** Largest accepted body: a 1,000-character comment of emoji fits with room to spare. */
export const MAX_BODY_BYTES = 32 * 1024;

/**
 * Refuses requests from other sites. Browsers send Sec-Fetch-Site and Origin on a POST from a
 * page; tools that send neither (curl, load generators) are not browsers carrying a visitor's
 * session, and there is no cookie to ride on anyway. Origin is compared with `siteUrl`'s
 * origin only: Host and X-Forwarded-Host are chosen by the client and prove nothing.
 * @param requestUrl kept for callers; the URL a request reached is as client-chosen as Host
 * @throws HttpError 403
 */
export function assertSameOrigin(headers: Headers, requestUrl: string, siteUrl: string): void {
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new HttpError(403, 'Cross-site requests are not accepted.', { origin: `Sec-Fetch-Site was "${site}"; send the request from this help center.` });
  }
  const origin = headers.get('origin');
  if (!origin) return;
  const expected = new URL(siteUrl).origin;
  if (origin !== expected) {
    throw new HttpError(403, 'Cross-site requests are not accepted.', {
      origin: `Origin ${origin} is not this help center (${expected}); set SITE_URL to the address visitors use.`,
    });
  }
}

/**
 * Reads a JSON body with a size limit, checking the content type first.
 * @throws HttpError 415 for another content type, 413 past `limit` bytes, 400 for malformed JSON
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'Send the body as JSON.', { 'content-type': `expected application/json, got ${type ? `"${type}"` : 'none'}` });
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw new HttpError(413, `The body is larger than ${limit} bytes.`);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new HttpError(413, `The body is larger than ${limit} bytes.`);
    }
    chunks.push(value);
  }
  const text = UTF8.decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The body is not valid JSON.', { body: 'expected a JSON object' });
  }
}

/**
 * The client address used for rate limiting and the visitor hash: the TCP peer when
 * TRUST_PROXY_HOPS is 0 (forwarded headers ignored), else the address that many trusted
 * proxies to the left of the peer in X-Forwarded-For (see `pickClientAddress`).
 * `UNKNOWN_ADDRESS` when the request carries no peer address.
 * @param trustedHops default: TRUST_PROXY_HOPS from the environment
 */
export function getClientAddress(headers: Headers, trustedHops: number = getEnv().TRUST_PROXY_HOPS): string {
  return pickClientAddress(headers.get(PEER_ADDRESS_HEADER), headers.get('x-forwarded-for'), trustedHops);
}
