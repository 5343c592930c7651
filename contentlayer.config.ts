import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeCode } from './lib/code/rehype-code';

/*
 * contentlayer2 compiles the MDX bodies. Front matter is validated first, with zod and
 * messages for the content team, by `npm run content:build` (lib/content); the field list
 * here mirrors lib/content/schemas.ts so contentlayer fails too on anything it did not see.
 */
const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: '*/*/*.mdx',
  contentType: 'mdx',
  fields: {
    id: { type: 'string', required: true },
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    updated: { type: 'date' },
    reviewed: { type: 'date' },
    reviewEvery: { type: 'number' },
    owner: { type: 'string' },
    tags: { type: 'list', of: { type: 'string' } },
    keywords: { type: 'list', of: { type: 'string' } },
    related: { type: 'list', of: { type: 'string' } },
    featured: { type: 'boolean' },
    draft: { type: 'boolean' },
    redirectFrom: { type: 'list', of: { type: 'string' } },
  },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR || 'content',
  contentDirExclude: ['assets', 'site.yml', 'synonyms.yml'],
  documentTypes: [Article],
  onUnknownDocuments: 'skip-ignore',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  mdx: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, rehypeCode] },
});
