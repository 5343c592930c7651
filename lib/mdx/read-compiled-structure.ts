import { getMdxModule } from './get-mdx-component';
import type { MdxStructure } from './mdx-structure';
import { STRUCTURE_EXPORT } from './rehype-structure';

/** Raised when a compiled body lacks the structure export: it was compiled without the plugin. */
export class MissingStructureError extends Error {
  override name = 'MissingStructureError';
}

/**
 * The structure a compiled body carries as its `structure` export (see `rehypeStructure`).
 * @throws MissingStructureError when the code was compiled without the structure pass
 */
export function readCompiledStructure(code: string): MdxStructure {
  const structure = getMdxModule(code)[STRUCTURE_EXPORT] as MdxStructure | undefined;
  if (!structure) throw new MissingStructureError('The compiled MDX has no structure export; delete .contentlayer and run "npm run content:build" again.');
  return structure;
}
