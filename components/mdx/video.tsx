export interface VideoProps {
  src: string;
  title: string;
  poster?: string;
  caption?: string;
  /** WebVTT captions file. */
  captions?: string;
  captionsLang?: string;
}

/** A self-hosted video with native controls; nothing loads until the visitor plays it. */
export function Video({ src, title, poster, caption, captions, captionsLang }: VideoProps) {
  return (
    <figure className="my-6">
      <video controls preload="none" poster={poster} aria-label={title} className="w-full rounded-lg border border-slate-200 dark:border-slate-700">
        <source src={src} />
        {captions ? <track kind="captions" src={captions} srcLang={captionsLang} default /> : null}
      </video>
      {caption ? <figcaption className="mt-2 text-center text-sm text-slate-600 dark:text-slate-400">{caption}</figcaption> : null}
    </figure>
  );
}
