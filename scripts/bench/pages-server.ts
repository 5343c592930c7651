import { spawn, type ChildProcess } from 'node:child_process';

/** `next start` of the build in `dir` on `port`; resolves once it answers. */
export async function startNext(dir: string, port: number, probe: string): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn('npx', ['next', 'start', dir, '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, detached: true });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(url + probe);
      if (response.status < 500) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`next start in ${dir} did not answer on port ${port} within a minute; run the build first.`);
}
