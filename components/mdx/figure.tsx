export interface FigureProps {
  src: string;
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
}

/** An image with a caption; lazy-loaded so long articles stay light on a phone. */
export function Figure({ src, alt, caption, width, height }: FigureProps) {
  return (
    <figure className="my-6">
      {/* Content images are static files from the content folder; next/image would need a loader for no gain. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" className="mx-auto h-auto max-w-full rounded-lg border border-slate-200 dark:border-slate-700" />
      {caption ? <figcaption className="mt-2 text-center text-sm text-slate-600 dark:text-slate-400">{caption}</figcaption> : null}
    </figure>
  );
}
