/*
 * A tiny static server for the search benchmark: serves a folder on 127.0.0.1, gzips JSON,
 * JavaScript and HTML when the browser accepts it (level 9, as a CDN serving precompressed
 * assets would: every file is compressed before the server starts, so no request waits for it), sends year-long immutable cache headers for content-hashed files, and counts
 * the bytes each response put on the wire (status line, headers and body).
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

/** One response the server sent. */
export interface ServedResponse {
  path: string;
  status: number;
  /** Bytes written to the socket for this response, headers included. */
  wireBytes: number;
}

/** A running bench server. */
export interface BenchServer {
  origin: string;
  /** Responses since the last {@link BenchServer.takeLog} call, in the order they finished. */
  takeLog(): ServedResponse[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
const HASHED = /\.[0-9a-f]{10}(\/[tr]\d+)?\.(js|json)$/;

/** Gzips (level 9) every servable file under `root` and every inline page, keyed by URL path. */
async function precompress(root: string, pages: Record<string, string>): Promise<Map<string, Buffer>> {
  const files = (await readdir(root, { recursive: true })).filter((name) => /\.(js|json|html)$/.test(name));
  const entries: Array<[string, Buffer]> = [];
  const queue = [...files];
  const compressNext = async (): Promise<void> => {
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      entries.push([`/${name.split(path.sep).join('/')}`, await gzip(await readFile(path.join(root, name)), { level: 9 })]);
    }
  };
  await Promise.all(Array.from({ length: 8 }, compressNext));
  for (const [url, html] of Object.entries(pages)) entries.push([url, await gzip(html, { level: 9 })]);
  return new Map(entries);
}

/**
 * Serves `root` on 127.0.0.1 at a free port, plus `pages` (URL path → HTML) from memory.
 * Hashed assets are cacheable for a year; pages must be revalidated.
 */
export async function startBenchServer(root: string, pages: Record<string, string>): Promise<BenchServer> {
  const gzipped = await precompress(root, pages);
  let log: ServedResponse[] = [];
  const server: Server = createServer((request, response) => {
    const socket = request.socket;
    const before = socket.bytesWritten;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.on('finish', () => {
      log.push({ path: pathname, status: response.statusCode, wireBytes: socket.bytesWritten - before });
    });
    const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    const inline = pages[pathname];
    const compressed = accepts ? gzipped.get(pathname) : undefined;
    const body = compressed ?? (inline !== undefined ? Buffer.from(inline) : undefined);
    (body ? Promise.resolve(body) : readFile(file)).then(
      (data) => {
        if (compressed) response.setHeader('Content-Encoding', 'gzip');
        response.setHeader('Content-Type', TYPES[path.extname(pathname) || '.html'] ?? 'application/octet-stream');
        response.setHeader('Content-Length', data.length);
        response.setHeader('Vary', 'Accept-Encoding');
        response.setHeader('Cache-Control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
        response.end(data);
      },
      () => {
        response.statusCode = 404;
        response.end('Not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    takeLog() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
