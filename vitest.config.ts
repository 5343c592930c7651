import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const STORAGE_SUITES = 'tests/unit/storage-*.test.ts';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      // Files run in parallel, one worker per core.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [STORAGE_SUITES] } },
      // The storage suites share one PostgreSQL database: one file at a time, after the others.
      { extends: true, test: { name: 'storage', include: [STORAGE_SUITES], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
