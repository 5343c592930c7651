export interface VideoProps {
  src: string;
  title: string;
  poster?: string;
  caption?: string;
  /** WebVTT captions file. */
  captions?: string;
  captionsLang?: string;
}

const TYPES: Record<string, string> = { webm: 'video/webm', mp4: 'video/mp4', ogv: 'video/ogg' };

/** A self-hosted, captioned video with native controls; only its poster loads until the visitor plays it. */
export function Video({ src, title, poster, caption, captions, captionsLang }: VideoProps) {
  const type = TYPES[src.split('.').pop()?.toLowerCase() ?? ''];
  return (
    <figure className="not-prose my-6">
      <video controls preload="none" playsInline poster={poster} aria-label={title} className="aspect-video w-full rounded-lg border border-slate-200 bg-slate-100 dark:border-slate-700 dark:bg-slate-900">
        <source src={src} type={type} />
        {captions ? <track kind="captions" src={captions} srcLang={captionsLang} label={title} default /> : null}
      </video>
      {caption ? <figcaption className="mt-2 text-center text-sm text-slate-600 dark:text-slate-400">{caption}</figcaption> : null}
    </figure>
  );
}
