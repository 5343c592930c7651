// The content build (and, in `npm run dev`, the content watcher) rewrites this small file
// whenever the manifest changes. Importing it puts the content into Next's module graph, so
// `next dev` refreshes open pages after an MDX edit; pages still read the manifest and bodies
// from disk, not from the bundle.
import revision from '@/.contentlayer/resolve/revision.json';

/** Changes whenever the content build or the dev watcher rewrites the manifest. */
export const CONTENT_REVISION: string = revision.revision;
