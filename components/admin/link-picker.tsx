'use client';

import { useId, useMemo, useState } from 'react';
import type { PickerArticle } from '@/lib/admin/get-links-page';

export interface LinkPickerProps {
  articles: PickerArticle[];
  siteUrl: string;
  /** Language names by code, for the language choice. */
  languages: Record<string, string>;
  strings: { findArticle: string; article: string; linkLanguage: string; customerLanguage: string; anchor: string; wholeArticle: string; copy: string; copied: string; copyFailed: string; link: string };
}

const fieldClass = 'w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500';

/** Builds a short link: an article, a language (or the customer's), optionally an FAQ entry or heading; then copies it. */
export function LinkPicker({ articles, siteUrl, languages, strings }: LinkPickerProps) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [articleId, setArticleId] = useState(articles[0]?.id ?? '');
  const [language, setLanguage] = useState('');
  const [anchor, setAnchor] = useState('');
  const [message, setMessage] = useState('');
  const matches = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle ? articles.filter((a) => a.title.toLowerCase().includes(needle) || a.id.includes(needle)) : articles;
  }, [articles, filter]);
  const article = matches.find((a) => a.id === articleId) ?? matches[0];
  const link = article ? `${siteUrl}/a/${encodeURIComponent(article.id)}${language ? `?lang=${language}` : ''}${anchor ? `#${anchor}` : ''}` : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setMessage(strings.copied);
    } catch {
      setMessage(strings.copyFailed);
    }
  };

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className="flex flex-col gap-1 text-sm">
        {strings.findArticle}
        <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {strings.article}
        <select
          value={article?.id ?? ''}
          onChange={(event) => {
            setArticleId(event.target.value);
            setAnchor('');
          }}
          className={fieldClass}
        >
          {matches.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {strings.linkLanguage}
        <select value={language} onChange={(event) => setLanguage(event.target.value)} className={fieldClass}>
          <option value="">{strings.customerLanguage}</option>
          {(article?.locales ?? []).map((code) => (
            <option key={code} value={code} lang={code}>
              {languages[code] ?? code}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {strings.anchor}
        <select value={anchor} onChange={(event) => setAnchor(event.target.value)} className={fieldClass}>
          <option value="">{strings.wholeArticle}</option>
          {(article?.anchors ?? []).map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </select>
      </label>
      <div className="flex flex-col gap-1 text-sm sm:col-span-2">
        <label htmlFor={`${id}-link`}>{strings.link}</label>
        <div className="flex gap-2">
          <input id={`${id}-link`} readOnly value={link} className={`${fieldClass} font-mono`} onFocus={(event) => event.target.select()} />
          <button type="button" onClick={copy} className="whitespace-nowrap rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:bg-brand-600">
            {strings.copy}
          </button>
        </div>
        <p role="status" className="min-h-5">{message}</p>
      </div>
    </div>
  );
}
