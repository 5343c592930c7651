import { getSite } from '@/lib/content/get-content';
import { negotiateLocale } from '@/lib/i18n/negotiate';

export const dynamic = 'force-dynamic';

/** `/` sends the visitor to their language: Accept-Language first, then the default locale. */
export function GET(request: Request) {
  const site = getSite();
  const locale = negotiateLocale(request.headers.get('accept-language'), site.locales, site.defaultLocale);
  return new Response(null, { status: 307, headers: { Location: `/${locale}`, Vary: 'Accept-Language', 'Cache-Control': 'private, no-store' } });
}
