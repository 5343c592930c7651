import { existsSync } from 'node:fs';
import path from 'node:path';
import { getArticleScope } from '@/components/article-scope';
import { format, getDictionary } from '@/lib/i18n/dictionary';

export interface FigureProps {
  src: string;
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
  /** The image for dark mode; by default `x.dark.svg` beside `x.svg` when that file exists. */
  darkSrc?: string;
}

/** `/assets/x.svg` → `/assets/x.dark.svg` when the content folder ships one (checked at build time). */
function findDarkVariant(src: string): string | undefined {
  if (!src.startsWith('/') || src.includes('..')) return undefined;
  const candidate = src.replace(/(\.[a-z0-9]+)$/i, '.dark$1');
  if (candidate === src) return undefined;
  return existsSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', candidate)) ? candidate : undefined;
}

function idFor(src: string): string {
  return `figure-${src.replace(/^.*\//, '').replace(/\.[a-z0-9]+$/i, '').replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/**
 * An image with a caption; lazy-loaded so long articles stay light on a phone. In dark mode it
 * shows its dark variant; a click or tap opens it larger in a native popover (no script).
 */
export function Figure({ src, alt, caption, width, height, darkSrc }: FigureProps) {
  const dark = darkSrc ?? findDarkVariant(src);
  const t = getDictionary(getArticleScope()?.locale ?? 'en');
  const id = idFor(src);
  const image = (className: string) => (
    <>
      {/* Content images are static files from the content folder; next/image would need a loader for no gain. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" className={`${className} ${dark ? 'dark:hidden' : ''}`} />
      {dark ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={dark} alt={alt} width={width} height={height} loading="lazy" decoding="async" className={`${className} hidden dark:block`} />
      ) : null}
    </>
  );
  return (
    <figure className="not-prose my-6">
      <button type="button" popoverTarget={id} aria-label={format(t.openImage, { alt })} className="block w-full cursor-zoom-in rounded-lg focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
        {image('mx-auto h-auto max-w-full rounded-lg border border-slate-200 dark:border-slate-700')}
      </button>
      {caption ? <figcaption className="mt-2 text-center text-sm text-slate-600 dark:text-slate-400">{caption}</figcaption> : null}
      <div id={id} popover="auto" className="figure-popover m-auto max-h-[92vh] w-[min(96vw,72rem)] overflow-auto rounded-xl border border-slate-200 bg-white p-3 shadow-2xl dark:border-slate-700 dark:bg-slate-900">
        <div className="mb-2 flex justify-end">
          <button type="button" popoverTarget={id} popoverTargetAction="hide" className="rounded-md px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:text-slate-200 dark:hover:bg-slate-800">
            {t.closeImage}
          </button>
        </div>
        {image('mx-auto h-auto w-full')}
      </div>
    </figure>
  );
}
