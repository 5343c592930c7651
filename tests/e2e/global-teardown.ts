import { rmSync } from 'node:fs';

/** Removes this run's SQLite file (and its WAL files). */
export default function globalTeardown() {
  const file = process.env.E2E_DATABASE_URL;
  if (!file) return;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}
