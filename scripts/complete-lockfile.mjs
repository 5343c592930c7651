// Keeps package-lock.json acceptable to `npm ci` on machines whose registry mirror serves only
// Linux builds of platform packages (this project's CI machines do). There, `npm install`
// leaves the other platforms' optional binaries (@next/swc-darwin-arm64, …) out of the lock,
// and `npm ci` then refuses the lock as out of sync. This adds a stub entry (name, exact
// version, optional) for each missing one; `npm ci` skips them as it would on any platform
// they do not fit. Runs as the root postinstall script; idempotent.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};
let added = 0;
for (const [key, meta] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = key === '' ? `node_modules/${name}` : `${key}/node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    if (!/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(spec)) continue;
    packages[`node_modules/${name}`] = { version: spec, ...(meta.dev ? { dev: true } : {}), optional: true };
    added += 1;
  }
}
if (added > 0) {
  const [root, ...rest] = Object.entries(packages);
  lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b))]);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`complete-lockfile: added ${added} optional platform package(s) the registry does not serve here`);
}
