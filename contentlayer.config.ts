import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeCode } from './lib/code/rehype-code';
import { contentlayerFields } from './lib/content/contentlayer-fields';
import { readCompiledStructure } from './lib/mdx/read-compiled-structure';
import { rehypeStructure } from './lib/mdx/rehype-structure';

/*
 * contentlayer2 compiles the MDX bodies. Front matter is validated first, with zod and
 * messages for the content team, by `npm run content:check` / `content:build` (lib/content);
 * the field list here is derived from that one schema. The structure pass (lib/mdx) runs inside
 * this compilation and emits each body's outline, FAQ entries and search sections.
 */
const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: '*/*/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(),
  computedFields: {
    structure: { type: 'json', resolve: (doc) => readCompiledStructure(doc.body.code) },
  },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR || 'content',
  contentDirExclude: ['assets', 'site.yml', 'synonyms.yml'],
  documentTypes: [Article],
  onUnknownDocuments: 'skip-ignore',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  mdx: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, [rehypeStructure, { exportStructure: true }], rehypeCode] },
});
