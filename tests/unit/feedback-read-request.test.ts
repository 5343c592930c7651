import { describe, expect, it } from 'vitest';
import { HttpError } from '@/lib/feedback/http-errors';
import { PEER_ADDRESS_HEADER, toAddressKey, UNKNOWN_ADDRESS } from '@/lib/feedback/client-address';
import { assertSameOrigin, getClientAddress, readJsonBody } from '@/lib/feedback/read-request';

const SITE = 'https://help.example.com';

function headers(values: Record<string, string>): Headers {
  return new Headers(values);
}

function statusOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
  return undefined;
}

describe('refusing cross-site requests', () => {
  it('accepts same-origin browsers and tools that send no Origin', () => {
    expect(statusOf(() => assertSameOrigin(headers({ origin: SITE, 'sec-fetch-site': 'same-origin' }), `${SITE}/api/feedback`, SITE))).toBeUndefined();
    expect(statusOf(() => assertSameOrigin(headers({}), `${SITE}/api/feedback`, SITE))).toBeUndefined();
  });

  it('refuses another site by Sec-Fetch-Site or by Origin', () => {
    expect(statusOf(() => assertSameOrigin(headers({ 'sec-fetch-site': 'cross-site' }), `${SITE}/api/feedback`, SITE))).toBe(403);
    expect(statusOf(() => assertSameOrigin(headers({ 'sec-fetch-site': 'same-site', origin: 'https://blog.example.com' }), `${SITE}/api/feedback`, SITE))).toBe(403);
    expect(statusOf(() => assertSameOrigin(headers({ origin: 'https://evil.example' }), `${SITE}/api/feedback`, SITE))).toBe(403);
  });

  it('refuses an Origin that matches only the Host or X-Forwarded-Host the client chose', () => {
    const evil = 'http://evil.example';
    expect(statusOf(() => assertSameOrigin(headers({ origin: evil, host: 'evil.example' }), `${evil}/api/feedback`, SITE))).toBe(403);
    expect(statusOf(() => assertSameOrigin(headers({ origin: evil, 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' }), `${SITE}/api/feedback`, SITE))).toBe(403);
    expect(statusOf(() => assertSameOrigin(headers({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }), 'http://127.0.0.1:3000/api/feedback', SITE))).toBe(403);
  });
});

describe('reading a JSON body', () => {
  const request = (body: BodyInit, type = 'application/json; charset=utf-8') => new Request(`${SITE}/api/feedback`, { method: 'POST', headers: { 'content-type': type }, body });

  it('parses JSON with a charset', async () => {
    await expect(readJsonBody(request('{"a":1}'))).resolves.toEqual({ a: 1 });
  });

  it('answers 415, 413 and 400 for the wrong type, a large body and malformed JSON', async () => {
    await expect(readJsonBody(request('{}', 'text/plain'))).rejects.toMatchObject({ status: 415 });
    await expect(readJsonBody(request(JSON.stringify({ c: 'x'.repeat(40_000) })))).rejects.toMatchObject({ status: 413 });
    await expect(readJsonBody(request('{"a":'))).rejects.toMatchObject({ status: 400 });
  });

  it('stops reading a streamed body at the limit even without Content-Length', async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 1000) controller.close();
        else controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const streamed = new Request(`${SITE}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    await expect(readJsonBody(streamed, 8 * 1024)).rejects.toMatchObject({ status: 413 });
    expect(sent).toBeLessThan(20);
  });
});

describe('the client address', () => {
  const peer = (address: string, forwardedFor?: string) =>
    headers({ [PEER_ADDRESS_HEADER]: address, ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }) });

  it('is the TCP peer when no proxy is trusted, whatever X-Forwarded-For or X-Real-IP claim', () => {
    expect(getClientAddress(peer('198.51.100.7', '203.0.113.9'), 0)).toBe('198.51.100.7');
    expect(getClientAddress(headers({ [PEER_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-for': '', 'x-real-ip': '203.0.113.9' }), 0)).toBe('198.51.100.7');
    expect(getClientAddress(peer('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1');
  });

  it('is the entry the trusted proxies appended, never one the client wrote left of it', () => {
    expect(getClientAddress(peer('10.0.0.1', '203.0.113.9, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(getClientAddress(peer('10.0.0.1', '203.0.113.9, 198.51.100.7, 10.0.0.2'), 2)).toBe('198.51.100.7');
    expect(getClientAddress(peer('10.0.0.1', '[2001:db8::5]:443'), 1)).toBe('2001:db8::5');
  });

  it('falls back towards the peer when the chain is short or the entry is not an address', () => {
    expect(getClientAddress(peer('10.0.0.1'), 1)).toBe('10.0.0.1');
    expect(getClientAddress(peer('10.0.0.1', 'garbage, 198.51.100.7'), 2)).toBe('198.51.100.7');
    expect(getClientAddress(peer('10.0.0.1', 'garbage'), 1)).toBe('10.0.0.1');
  });

  it('is unknown without a peer address, so a request cannot name itself', () => {
    expect(getClientAddress(headers({ 'x-forwarded-for': '198.51.100.7' }), 0)).toBe(UNKNOWN_ADDRESS);
    expect(getClientAddress(headers({ 'x-forwarded-for': '198.51.100.7' }), 1)).toBe(UNKNOWN_ADDRESS);
  });

  it('counts IPv6 clients by their /64 and IPv4 clients by their address', () => {
    expect(toAddressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(toAddressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(toAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(toAddressKey('198.51.100.7')).toBe('198.51.100.7');
  });
});
