import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { JsonLd } from '@/components/json-ld';
import { SiteHeader } from '@/components/site-header';
import { getAlternates, getArticle, getArticleBody, getArticleById, getArticleParams, getCategory, getSite, isSiteLocale } from '@/lib/content/get-content';
import { buildFaqPageJsonLd } from '@/lib/content/structured-data';
import { getEnv } from '@/lib/env';
import { LOCALE_REGION_TAGS, type Locale } from '@/lib/i18n/locales';

// Unknown paths render on demand only to call notFound(), so the 404 page keeps the visitor's language.

export function generateStaticParams() {
  return getArticleParams();
}

type Props = PageProps<'/[locale]/[category]/[slug]'>;

async function load(params: Props['params']) {
  const { locale, category, slug } = await params;
  if (!isSiteLocale(locale)) return undefined;
  const article = getArticle(locale, category, slug);
  const categoryData = getCategory(locale, category);
  if (!article || !categoryData) return undefined;
  return { locale, article, category: categoryData.category, sectionArticles: categoryData.articles };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return {};
  const { locale, article } = data;
  const alternates = getAlternates(article.meta.id).filter((alt) => !alt.isFallback);
  const languages: Record<string, string> = Object.fromEntries(alternates.map((alt) => [alt.locale, alt.path]));
  const original = alternates.find((alt) => alt.locale === getSite().defaultLocale) ?? alternates[0];
  if (original) languages['x-default'] = original.path;
  return {
    title: article.meta.title,
    description: article.meta.description,
    // A fallback page is a copy: point search engines at the original.
    alternates: { canonical: article.isFallback ? article.meta.path : article.path, languages },
    openGraph: {
      type: 'article',
      title: article.meta.title,
      description: article.meta.description,
      url: article.path,
      siteName: getSite().name[locale],
      locale: LOCALE_REGION_TAGS[locale],
      ...(article.meta.updated ? { modifiedTime: article.meta.updated } : {}),
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  const { locale, article, category, sectionArticles } = data;
  const site = getSite();
  const { code, structure } = await getArticleBody(article);
  const related = article.meta.related.flatMap((id) => getArticleById(locale, id) ?? []);
  const faqJsonLd = buildFaqPageJsonLd(article.meta, structure.faqs, `${getEnv().SITE_URL}${article.path}`);
  const alternates = getAlternates(article.meta.id).map(({ locale: l, path }) => ({ locale: l as Locale, path }));
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <ArticleView
        locale={locale}
        article={article}
        category={category}
        sectionArticles={sectionArticles}
        code={code}
        related={related}
        editUrl={site.showEditLink && site.editUrlBase ? `${site.editUrlBase}/${article.meta.sourcePath}` : undefined}
        contact={site.contact[locale] ?? { form: site.contactUrl }}
      />
      {faqJsonLd ? <JsonLd data={faqJsonLd} /> : null}
    </>
  );
}
