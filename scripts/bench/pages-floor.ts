import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Writes a one-page app of this Next version with no client component of ours (a static
 * page with a heading, a paragraph and a link) into a temporary folder, outside the project so
 * that none of its files (proxy.ts, instrumentation.ts) join in, and builds it with the project's
 * node_modules. Its first load is the framework's floor: what any App Router page ships.
 */
export function buildFloorApp(bundler: 'turbopack' | 'webpack'): string {
  const dir = path.join(tmpdir(), `resolve-bench-floor-${bundler}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'app', 'layout.tsx'), `export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n`);
  writeFileSync(path.join(dir, 'app', 'page.tsx'), `import Link from 'next/link';\nexport default function Page() {\n  return <main><h1>Floor</h1><p>A static page with no client component.</p><Link href="/">Home</Link></main>;\n}\n`);
  writeFileSync(path.join(dir, 'next.config.mjs'), `export default { turbopack: { root: '/' } };\n`);
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'preserve', strict: true, moduleResolution: 'bundler', module: 'esnext', target: 'es2022', lib: ['dom', 'esnext'], skipLibCheck: true, noEmit: true, esModuleInterop: true, isolatedModules: true, resolveJsonModule: true, incremental: false, allowJs: false, plugins: [{ name: 'next' }] }, include: ['**/*.ts', '**/*.tsx'] }));
  execFileSync('npx', ['next', 'build', dir, ...(bundler === 'webpack' ? ['--webpack'] : [])], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return dir;
}
