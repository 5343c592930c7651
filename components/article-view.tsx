import { IntentLink } from './intent-link';
import type { LocalizedArticle } from '@/lib/content/get-content';
import type { ContactChannels } from '@/lib/content/schemas';
import { legacyAnchors } from '@/lib/content/heading-ids';
import type { CategoryMeta } from '@/lib/content/types';
import { format, formatDate, getDictionary } from '@/lib/i18n/dictionary';
import { LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';
import { getFeedbackAskStrings } from '@/lib/i18n/feedback-strings';
import { ArticlePager } from './article-pager';
import { setArticleScope } from './article-scope';
import { Breadcrumbs } from './breadcrumbs';
import { CodeCopyButtons } from './code-copy-buttons';
import { CopyLinkButton } from './copy-link-button';
import { FaqHashOpener } from './faq-hash-opener';
import { FeedbackWidget } from './feedback-widget';
import { LegacyAnchorScript } from './legacy-anchor-script';
import { MdxContent } from './mdx-content';
import { SectionArticles } from './section-articles';
import { MobileTableOfContents, TableOfContents } from './table-of-contents';

export interface ArticleViewProps {
  locale: Locale;
  article: LocalizedArticle;
  category: CategoryMeta;
  /** The category's articles in reading order, this one included. */
  sectionArticles: LocalizedArticle[];
  code: string;
  related: LocalizedArticle[];
  /** Only when site.yml asks for the content team's edit link. */
  editUrl?: string;
  contact: ContactChannels;
}

/** An article: breadcrumbs, title, contents, body, vote, related and neighbouring articles, with the outline beside it on desktop. */
export function ArticleView({ locale, article, category, sectionArticles, code, related, editUrl, contact }: ArticleViewProps) {
  const t = getDictionary(locale);
  const { meta } = article;
  const headingIds = legacyAnchors(meta.headings);
  setArticleScope({ articleId: meta.id, locale, headingIds });
  const contentLang = article.isFallback ? meta.locale : undefined;
  const feedback = { articleId: meta.id, locale, title: meta.title, path: article.path, strings: getFeedbackAskStrings(locale), contact };
  const position = sectionArticles.findIndex((a) => a.meta.id === meta.id);
  const previous = position > 0 ? sectionArticles[position - 1] : undefined;
  const next = position >= 0 ? sectionArticles[position + 1] : undefined;
  return (
    <div className="article-grid">
      <main id="main" className="min-w-0">
        <Breadcrumbs locale={locale} items={[{ label: category.title, href: `/${locale}/${category.slug}` }, { label: meta.title }]} />
        {article.isFallback ? (
          <p role="note" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
            {format(t.fallbackNotice, { language: LOCALE_NAMES[locale], fallback: LOCALE_NAMES[meta.locale] })}
          </p>
        ) : null}
        <article lang={contentLang}>
          <header className="mb-6">
            <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{meta.title}</h1>
            <p className="mt-3 text-lg text-slate-600 dark:text-slate-400">{meta.description}</p>
            <div lang={locale} className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
              {meta.updated ? <time dateTime={meta.updated}>{format(t.updatedOn, { date: formatDate(meta.updated, locale) })}</time> : null}
              <span className="group inline-flex items-center">
                <CopyLinkButton customerArticleId={meta.id} label={t.copyCustomerLink} copiedLabel={t.customerLinkCopied} failedLabel={t.copyFailed} />
                <span aria-hidden="true" className="text-xs">{t.copyCustomerLink}</span>
              </span>
            </div>
          </header>
          <div lang={locale}>
            <MobileTableOfContents title={t.onThisPage} headings={meta.headings} />
          </div>
          <div className="prose prose-slate max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-headings:scroll-mt-28 lg:prose-headings:scroll-mt-20">
            <MdxContent code={code} locale={locale} feedback={feedback} />
          </div>
        </article>
        {Object.keys(headingIds).length > 0 ? <LegacyAnchorScript /> : null}
        {meta.faqs.length > 0 ? <FaqHashOpener /> : null}
        {code.includes('data-code-block') || code.includes('dataCodeBlock') ? <CodeCopyButtons label={t.copyCode} copiedLabel={t.codeCopied} failedLabel={t.copyCodeFailed} /> : null}
        <FeedbackWidget {...feedback} />
        <ArticlePager locale={locale} previous={previous} next={next} />
        {related.length > 0 ? (
          <section aria-labelledby="related" className="no-print mt-10 border-t border-slate-200 pt-6 dark:border-slate-800">
            <h2 id="related" className="mb-3 text-lg font-semibold text-slate-900 dark:text-white">{t.relatedArticles}</h2>
            <ul className="space-y-2">
              {related.map((item) => (
                <li key={item.meta.id}>
                  <IntentLink href={`${item.path}?src=related`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                    {item.meta.title}
                  </IntentLink>
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
      {/* Beside the text on desktop; below it on a phone, where only the section's articles show (one copy of the list for both). */}
      <aside className="no-print">
        <div className="article-aside">
          <div className="hidden lg:block">
            <TableOfContents title={t.onThisPage} headings={meta.headings} />
          </div>
          <SectionArticles locale={locale} articles={sectionArticles} currentId={meta.id} className="max-lg:border-t max-lg:border-slate-200 max-lg:pt-6 max-lg:dark:border-slate-800" />
        </div>
      </aside>
    </div>
  );
}
