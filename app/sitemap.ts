import type { MetadataRoute } from 'next';
import { getAlternates, getCategories, getLocaleArticles, getSite } from '@/lib/content/get-content';
import { getEnv } from '@/lib/env';

/** Every home, category and article page (not fallback copies), with hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = getEnv().SITE_URL;
  const site = getSite();
  const every = (pathFor: (locale: string) => string) => Object.fromEntries(site.locales.map((l) => [l, `${base}${pathFor(l)}`]));
  const entries: MetadataRoute.Sitemap = [];
  for (const locale of site.locales) {
    entries.push({ url: `${base}/${locale}`, alternates: { languages: every((l) => `/${l}`) } });
    for (const category of getCategories(locale)) {
      entries.push({ url: `${base}/${locale}/${category.slug}`, alternates: { languages: every((l) => `/${l}/${category.slug}`) } });
    }
    for (const article of getLocaleArticles(locale)) {
      if (article.isFallback) continue;
      const languages = Object.fromEntries(getAlternates(article.meta.id).filter((alt) => !alt.isFallback).map((alt) => [alt.locale, `${base}${alt.path}`]));
      entries.push({ url: `${base}${article.path}`, ...(article.meta.updated ? { lastModified: article.meta.updated } : {}), alternates: { languages } });
    }
  }
  return entries;
}
