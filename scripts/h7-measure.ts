import { randomBytes } from 'node:crypto';
import { percentiles, signIn, timePage } from './bench/dashboard-requests';
import { startNextServer } from './bench/feedback-server';
const url = process.argv[2] as string;
const PASSWORD = 'x-' + randomBytes(6).toString('hex');
const port = 3300;
const server = await startNextServer({ port, env: { DATABASE_URL: url, FEEDBACK_SECRET: 'a'.repeat(48), ADMIN_PASSWORD: PASSWORD, SITE_URL: `http://127.0.0.1:${port}` } });
try {
  const cookie = await signIn(server.url, PASSWORD);
  for (const page of (process.argv[3] ?? '/admin,/admin/searches').split(',')) {
    const t = performance.now();
    const r = await fetch(`${server.url}${page}`, { headers: { Cookie: cookie } }); await r.arrayBuffer();
    console.log('first', page, r.status, (performance.now() - t).toFixed(0));
    const { p50, p95 } = percentiles(await timePage(server.url, cookie, page, 3));
    console.log(page, p50.toFixed(0), p95.toFixed(0));
  }
} finally { await server.stop(); }
