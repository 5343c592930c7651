import { request as httpRequest } from 'node:http';

/** One answer, with how long it took. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: <T = Record<string, unknown>>() => T;
  ms: number;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Local address to connect from, e.g. 127.0.0.7: the server sees it as the peer. */
  from?: string;
  timeoutMs?: number;
}

/**
 * A plain node:http request. Unlike fetch it can pick the local address, so one test can be
 * several clients on loopback (127.0.0.2, 127.0.0.3, …), and it sends headers as given.
 */
export function send(url: string, options: HttpRequestOptions = {}): Promise<HttpAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        ...(options.from ? { localAddress: options.from } : {}),
        agent: false,
        timeout: options.timeoutMs ?? 20_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: <T>() => JSON.parse(body) as T, ms: performance.now() - started });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${url} did not answer within ${options.timeoutMs ?? 20_000} ms`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POSTs a JSON vote body to `/api/feedback`. */
export function postVote(baseUrl: string, body: unknown, options: Omit<HttpRequestOptions, 'body' | 'method'> = {}): Promise<HttpAnswer> {
  return send(`${baseUrl}/api/feedback`, {
    ...options,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'e2e-http-client', ...options.headers },
    body: JSON.stringify(body),
  });
}
