import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';

export default function robots(): MetadataRoute.Robots {
  const base = getEnv().SITE_URL;
  return { rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/admin', '/a/'] }, sitemap: `${base}/sitemap.xml` };
}
