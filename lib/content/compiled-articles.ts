import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MdxStructure } from '@/lib/mdx/mdx-structure';
import type { StructureOf } from './build-manifest';
import { compiledFileName, GENERATED_DIR } from './paths';

/** One article as contentlayer2 compiled it: the body's code and the structure emitted beside it. */
export interface CompiledArticle {
  code: string;
  structure: MdxStructure;
}

/** Raised when an article has no compiled output, or output without structure. */
export class CompiledArticleError extends Error {
  override name = 'CompiledArticleError';
}

const fileOf = (sourcePath: string) =>
  path.join(/*turbopackIgnore: true*/ process.cwd(), GENERATED_DIR, 'Article', `${compiledFileName(sourcePath)}.json`);

function parseCompiled(json: string, sourcePath: string): CompiledArticle {
  const doc = JSON.parse(json) as { body?: { code?: string }; structure?: MdxStructure };
  if (typeof doc.body?.code !== 'string' || !doc.structure) {
    throw new CompiledArticleError(`${sourcePath}: the compiled output has no body or structure; delete .contentlayer and run "npm run content:build"`);
  }
  return { code: doc.body.code, structure: doc.structure };
}

/** The compiled output of one article (a page reads only its own). */
export async function readCompiledArticle(sourcePath: string): Promise<CompiledArticle> {
  return parseCompiled(await readFile(fileOf(sourcePath), 'utf8'), sourcePath);
}

/** Structures as contentlayer2's compilation emitted them: what the build's manifest and search index read. */
export function compiledStructures(): StructureOf {
  return (sourcePath) => {
    let json: string;
    try {
      json = readFileSync(fileOf(sourcePath), 'utf8');
    } catch (error) {
      throw new CompiledArticleError(`${sourcePath} did not compile (${(error as Error).message}); see contentlayer's messages above`);
    }
    return parseCompiled(json, sourcePath).structure;
  };
}
