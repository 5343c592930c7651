'use client';

import { useEffect, useRef, useState } from 'react';
import { format } from '@/lib/i18n/format';

export interface HelpfulCountProps {
  articleId: string;
  locale: string;
  /** "{helpful} of {total} people found this helpful" in the page's language. */
  template: string;
}

type Count = { helpful: number; total: number };

/** Counts already fetched on this page, so the line does not blink when the vote's code takes over. */
const fetched = new Map<string, Count>();

/** "N of M people found this helpful", fetched when the vote scrolls into view, once it has enough votes. */
export function HelpfulCount({ articleId, locale, template }: HelpfulCountProps) {
  const [count, setCount] = useState<Count | undefined>(() => fetched.get(articleId));
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || fetched.has(articleId)) return;
    let cancelled = false;
    const load = () => {
      fetch(`/api/helpful/${encodeURIComponent(articleId)}`)
        .then((response) => (response.ok ? response.json() : undefined))
        .then((data: { helpful: number; total: number; shown: boolean } | undefined) => {
          if (!data?.shown) return;
          fetched.set(articleId, { helpful: data.helpful, total: data.total });
          if (!cancelled) setCount({ helpful: data.helpful, total: data.total });
        })
        .catch(() => undefined);
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        load();
      }
    }, { rootMargin: '200px' });
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [articleId]);

  return (
    <p ref={ref} lang={locale} className="mt-3 min-h-5 text-sm text-slate-600 dark:text-slate-400">
      {count ? format(template, { helpful: count.helpful.toLocaleString(locale), total: count.total.toLocaleString(locale) }) : null}
    </p>
  );
}
