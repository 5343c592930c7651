import type { IncomingMessage, ServerResponse } from 'node:http';
import { PEER_ADDRESS_HEADER, UNKNOWN_ADDRESS } from '@/lib/feedback/client-address';
import { getDictionary } from '@/lib/i18n/dictionary';
import { isSupportedLocale } from '@/lib/i18n/locales';

const INSTALLED = Symbol.for('resolve.requestGuard');

/** True when the path part of `url` has a `%` that does not start valid UTF-8 percent-encoding. */
export function hasMalformedPath(url: string): boolean {
  const end = url.search(/[?#]/);
  const pathname = end === -1 ? url : url.slice(0, end);
  if (!pathname.includes('%')) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The 400 text in the language of the path's first segment (`/zh-Hant/%` → Traditional), else English. */
export function badAddressMessage(url: string): string {
  const first = url.split(/[/?#]/)[1] ?? '';
  return getDictionary(isSupportedLocale(first) ? first : 'en').badAddress;
}

function answerBadRequest(response: ServerResponse, url: string): void {
  const body = `${badAddressMessage(url)}\n`;
  response.writeHead(400, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  });
  response.end(body);
}

/**
 * Hooks every HTTP server of this process (idempotent), before any listener runs:
 * - stamps {@link PEER_ADDRESS_HEADER} with the socket's remote address, overwriting any
 *   value a client sent: `next start` shows route handlers the socket address only as
 *   X-Forwarded-For, and only when the client sent none;
 * - answers 400 to a path with malformed percent-encoding (`/en/%`), which Next's router
 *   would turn into a bare 500 because the App Router has no 400 page.
 * Called from `instrumentation.ts`, which runs in the `next start` process. Requests that
 * arrive while the server is still starting, before the hook, carry no peer address.
 */
export async function installRequestGuard(): Promise<void> {
  const http = await import('node:http');
  const proto = http.Server.prototype as typeof http.Server.prototype & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit as (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function emitGuarded(this: unknown, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? UNKNOWN_ADDRESS;
      if (hasMalformedPath(request.url ?? '/')) {
        answerBadRequest(args[1] as ServerResponse, request.url ?? '/');
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}
