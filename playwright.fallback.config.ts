import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The fixture build made by scripts/e2e-fallback.mjs, served one port above the main e2e port.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-fallback',
  globalTeardown: undefined,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    cwd: path.join('.bench', 'e2e-fallback'),
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: path.resolve('.bench', 'e2e-fallback', 'data', 'e2e.db'), FEEDBACK_SECRET: 'e2e-secret-not-for-production' },
  },
});
