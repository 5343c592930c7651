import { valueToEstree } from 'estree-util-value-to-estree';
import type { Program } from 'estree';
import { analyzeHast, type MdxStructure, type WalkNode } from './mdx-structure';
import { PROVIDED_COMPONENTS } from './provided-components';

/** Name of the export the compiled body carries its structure in. */
export const STRUCTURE_EXPORT = 'structure';

export interface RehypeStructureOptions {
  /** Add `export const structure = {…}` to the compiled module (contentlayer2 does; the checker does not). */
  exportStructure?: boolean;
}

function exportNode(structure: MdxStructure): WalkNode & { data: { estree: Program } } {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExportNamedDeclaration',
        specifiers: [],
        attributes: [],
        source: null,
        declaration: {
          type: 'VariableDeclaration',
          kind: 'const',
          declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name: STRUCTURE_EXPORT }, init: valueToEstree(structure) }],
        },
      },
    ],
  };
  return { type: 'mdxjsEsm', value: '', data: { estree } };
}

/**
 * Rehype plugin, run after rehype-slug: one walk of the article's tree yields its outline, FAQ
 * entries and search sections ({@link analyzeHast}), kept on `file.data.structure` and, with
 * `exportStructure`, emitted beside the compiled body as the module's `structure` export.
 */
export function rehypeStructure(options: RehypeStructureOptions = {}) {
  return (tree: WalkNode, file: { data: object }) => {
    const analysis = analyzeHast(tree, PROVIDED_COMPONENTS);
    Object.assign(file.data, { structure: analysis });
    if (options.exportStructure) {
      const { headings, faqs, sections } = analysis;
      tree.children = [exportNode({ headings, faqs, sections }), ...(tree.children ?? [])];
    }
  };
}
