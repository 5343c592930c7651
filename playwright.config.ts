import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A fresh SQLite file per run; workers inherit the variable and read votes back from it.
process.env.E2E_DATABASE_URL ??= path.join('data', `e2e-${Date.now()}.db`);

/*
 * End-to-end tests run against the production build (`npm run build` first) in Debian's
 * Chromium: nothing is downloaded. CHROMIUM_PATH overrides where the browser lives.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'off',
  },
  globalTeardown: './tests/e2e/global-teardown.ts',
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    // TRUST_PROXY_HOPS=1: API tests act as the proxy and name their client in X-Forwarded-For;
    // SITE_URL: the same-origin check compares the browser's Origin with it.
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      FEEDBACK_SECRET: 'e2e-secret-not-for-production',
      TRUST_PROXY_HOPS: '1',
      SITE_URL: `http://127.0.0.1:${PORT}`,
      ADMIN_PASSWORD: 'e2e-admin-password',
    },
  },
});
