import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * FlexSearch's compact build (Index, Document, export/import; no workers, no
 * persistent storage, no resolver): the package's exports map only offers the
 * full bundle, so the worker bundle points `flexsearch` at the file next to it.
 */
const FLEXSEARCH_COMPACT = path.join(path.dirname(createRequire(import.meta.url).resolve('flexsearch')), 'flexsearch.compact.module.min.js');

/**
 * Bundles the search worker (`search-worker.ts`, the query code it imports and FlexSearch's compact build) into
 * `<outDir>/worker.<hash>.js`, minified, replacing older bundles. Build time only.
 * @returns the worker's URL and sizes
 */
export async function bundleSearchWorker(outDir = path.join('public', 'search'), publicPath = '/search'): Promise<{ url: string; bytes: number; gzipBytes: number }> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'search-worker.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
    alias: { flexsearch: FLEXSEARCH_COMPACT },
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no search worker bundle');
  const name = `worker.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) if (/^worker\.[0-9a-f]+\.js$/.test(old) && old !== name) rmSync(path.join(outDir, old));
  writeFileSync(path.join(outDir, name), code);
  return { url: `${publicPath}/${name}`, bytes: code.byteLength, gzipBytes: gzipSync(code).byteLength };
}
