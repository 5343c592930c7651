import { isSupportedLocale } from '@/lib/i18n/locales';
import { ADMIN_HEADERS } from './admin-headers';
import { isSecureSite } from './admin-access';
import { ADMIN_LANGUAGE_COOKIE } from './admin-locale';
import { toSafeNextPath } from './safe-next-path';

/** `POST /admin/language`: keeps the chosen dashboard language in a cookie for a year, then 303 back. */
export async function handleLanguageChange(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => undefined);
  const lang = form?.get('lang');
  const next = toSafeNextPath(form?.get('next'));
  const headers: Record<string, string> = { ...ADMIN_HEADERS, Location: next };
  if (typeof lang === 'string' && isSupportedLocale(lang)) {
    headers['Set-Cookie'] = [`${ADMIN_LANGUAGE_COOKIE}=${lang}`, 'Path=/admin', 'Max-Age=31536000', 'SameSite=Strict', 'HttpOnly', ...(isSecureSite() ? ['Secure'] : [])].join('; ');
  }
  return new Response(null, { status: 303, headers });
}
