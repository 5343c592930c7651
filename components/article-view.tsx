import Link from 'next/link';
import type { LocalizedArticle } from '@/lib/content/get-content';
import type { CategoryMeta } from '@/lib/content/types';
import { format, formatDate, getDictionary } from '@/lib/i18n/dictionary';
import { LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';
import { getFeedbackStrings } from '@/lib/i18n/feedback-strings';
import { Breadcrumbs } from './breadcrumbs';
import { FaqHashOpener } from './faq-hash-opener';
import { FeedbackWidget } from './feedback-widget';
import { MdxContent } from './mdx-content';
import { TableOfContents } from './table-of-contents';

export interface ArticleViewProps {
  locale: Locale;
  article: LocalizedArticle;
  category: CategoryMeta;
  code: string;
  related: LocalizedArticle[];
  editUrl?: string;
  contactUrl: string;
}

/** An article: breadcrumbs, title, body, related articles and the edit link, with the outline beside it. */
export function ArticleView({ locale, article, category, code, related, editUrl, contactUrl }: ArticleViewProps) {
  const t = getDictionary(locale);
  const { meta } = article;
  const contentLang = article.isFallback ? meta.locale : undefined;
  const feedback = { articleId: meta.id, locale, title: meta.title, path: article.path, strings: getFeedbackStrings(locale), contactUrl };
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-10 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_15rem]">
      <main id="main" className="min-w-0">
        <Breadcrumbs locale={locale} items={[{ label: category.title, href: `/${locale}/${category.slug}` }, { label: meta.title }]} />
        {article.isFallback ? (
          <p role="note" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
            {format(t.fallbackNotice, { language: LOCALE_NAMES[locale], fallback: LOCALE_NAMES[meta.locale] })}
          </p>
        ) : null}
        <article lang={contentLang}>
          <header className="mb-8">
            <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{meta.title}</h1>
            <p className="mt-3 text-lg text-slate-600 dark:text-slate-400">{meta.description}</p>
            {meta.updated ? (
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                <time dateTime={meta.updated}>{format(t.updatedOn, { date: formatDate(meta.updated, locale) })}</time>
              </p>
            ) : null}
          </header>
          <div className="prose prose-slate max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-headings:scroll-mt-20">
            <MdxContent code={code} locale={locale} feedback={feedback} />
          </div>
        </article>
        {meta.faqs.length > 0 ? <FaqHashOpener /> : null}
        <FeedbackWidget {...feedback} />
        {related.length > 0 ? (
          <section aria-labelledby="related" className="no-print mt-12 border-t border-slate-200 pt-6 dark:border-slate-800">
            <h2 id="related" className="mb-3 text-lg font-semibold text-slate-900 dark:text-white">{t.relatedArticles}</h2>
            <ul className="space-y-2">
              {related.map((item) => (
                <li key={item.meta.id}>
                  <Link href={`${item.path}?src=related`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                    {item.meta.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {editUrl ? (
          <p className="no-print mt-8 text-sm">
            <a href={editUrl} className="text-slate-600 underline underline-offset-2 hover:text-brand-700 dark:text-slate-400 dark:hover:text-brand-300">
              {t.editThisPage}
            </a>
          </p>
        ) : null}
      </main>
      <aside className="no-print hidden lg:block">
        <TableOfContents title={t.onThisPage} headings={meta.headings} />
      </aside>
    </div>
  );
}
