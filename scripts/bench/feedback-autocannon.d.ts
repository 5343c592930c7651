/*
 * The part of autocannon's programmatic API that the feedback benchmark uses. autocannon ships
 * no types and @types/autocannon is not a dependency; if it ever becomes one, delete this file.
 */
declare module 'autocannon' {
  namespace autocannon {
    /** Per-connection state autocannon hands to `setupRequest` and then to `onResponse`. */
    type RequestContext = Record<string, unknown>;

    interface RequestParams {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
    }

    interface Request extends RequestParams {
      /** Called before each request is sent; return the request to send. */
      setupRequest?: (request: RequestParams, context: RequestContext) => RequestParams;
      /** Called with each complete response of this connection (pipelining 1: the request just set up). */
      onResponse?: (status: number, body: string, context: RequestContext, headers: Record<string, string | string[]>) => void;
    }

    interface Options {
      url: string;
      connections?: number;
      pipelining?: number;
      /** Seconds. */
      duration?: number;
      /** Seconds before an unanswered request counts as a timeout. */
      timeout?: number;
      requests?: Request[];
      initialContext?: RequestContext;
    }

    /** Statistics of one histogram; latency in milliseconds, requests per second. */
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p99: number;
      p99_9: number;
    }

    interface Result {
      requests: Histogram;
      latency: Histogram;
      throughput: Histogram;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      resets: number;
      '2xx': number;
      statusCodeStats: Record<string, { count: number }>;
      /** Seconds. */
      duration: number;
      start: Date;
      finish: Date;
    }

    interface Instance {
      stop(): void;
      /** Each answered request, with its latency in milliseconds. */
      on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance;
    }
  }

  function autocannon(options: autocannon.Options, callback: (error: Error | null, result: autocannon.Result) => void): autocannon.Instance;

  export = autocannon;
}
