/*
 * Starts the production build (`next start`) as a child process whose pid is the server itself,
 * so that a benchmark can stop it and a test can SIGKILL it. Used by `scripts/bench-feedback.ts`
 * and `tests/e2e/durability.spec.ts`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const OUTPUT_LIMIT = 64 * 1024;

/** A running `next start` process. */
export interface NextServer {
  /** Pid of the node process that serves HTTP. */
  pid: number;
  /** Base URL, e.g. `http://127.0.0.1:3200`. */
  url: string;
  /** The last 64 KB the server wrote to stdout and stderr, for error reports. */
  output(): string;
  /** Resolves with "exit code N" or "signal NAME" once the process has ended. */
  exited: Promise<string>;
  /** Sends `signal` (default SIGTERM; SIGKILL after 10 s) and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<string>;
}

export interface StartNextServerOptions {
  /** Port to try first; the next free one is used when another process takes it. */
  port: number;
  /** Extra environment, e.g. DATABASE_URL and FEEDBACK_SECRET. */
  env: Record<string, string>;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** How long to wait for the first HTTP answer. Default 60 s. */
  readyTimeoutMs?: number;
}

/** Raised when the server cannot be started; the message carries its output. */
export class ServerStartError extends Error {
  override name = 'ServerStartError';
}

/** Another process holds the port; {@link startNextServer} then tries the next one. */
class PortInUseError extends ServerStartError {}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The first free TCP port on 127.0.0.1 from `preferred` on (up to 100 tried). */
export async function findFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100; port += 1) {
    if (await isPortFree(port)) return port;
  }
  throw new ServerStartError(`No free port between ${preferred} and ${preferred + 99}.`);
}

function collectOutput(child: ChildProcess): () => string {
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => output;
}

function spawnNextServer(port: number, options: StartNextServerOptions): NextServer {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new ServerStartError(`Could not spawn ${process.execPath} ${NEXT_BIN}.`);
  const output = collectOutput(child);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`)),
  );
  // A benchmark or test that dies must not leave a server holding the port.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));
  return {
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      try {
        return await exited;
      } finally {
        clearTimeout(forceKill);
      }
    },
  };
}

async function waitUntilAnswering(server: NextServer, timeoutMs: number): Promise<void> {
  let ended: string | undefined;
  void server.exited.then((how) => (ended = how));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ended) {
      const message = `next start ended (${ended}) before answering:\n${server.output()}`;
      throw server.output().includes('EADDRINUSE') ? new PortInUseError(message) : new ServerStartError(message);
    }
    // "Ready" proves that this child listens on the port, not some other server.
    if (/\bReady in\b/.test(server.output())) {
      try {
        await fetch(`${server.url}/en`, { signal: AbortSignal.timeout(5_000) });
        return;
      } catch {
        // Listening, but not answering yet.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ServerStartError(`next start did not answer at ${server.url} within ${timeoutMs} ms:\n${server.output()}`);
}

/**
 * Starts `next start -p <port> -H 127.0.0.1` on the existing production build (run directly with
 * node, not through npx, so the child pid is the server) and resolves once it answers HTTP.
 * When another process takes the port first, the next free port is tried (up to 10 times).
 * @throws ServerStartError when there is no build, or the server exits or stays silent.
 */
export async function startNextServer(options: StartNextServerOptions): Promise<NextServer> {
  if (!existsSync(path.join('.next', 'BUILD_ID'))) {
    throw new ServerStartError('No production build in .next: run `npm run build` first.');
  }
  let port = options.port;
  for (let attempt = 1; ; attempt += 1) {
    const server = spawnNextServer(port, options);
    try {
      await waitUntilAnswering(server, options.readyTimeoutMs ?? 60_000);
      return server;
    } catch (error) {
      await server.stop('SIGKILL');
      if (!(error instanceof PortInUseError) || attempt >= 10) throw error;
      port = await findFreePort(port + 1);
    }
  }
}
