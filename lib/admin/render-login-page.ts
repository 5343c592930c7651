import { format } from '@/lib/i18n/dictionary';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import type { Locale } from '@/lib/i18n/locales';
import { escapeHtml } from './escape-html';

export interface LoginPageOptions {
  locale: Locale;
  next: string;
  error?: 'wrong' | { retryAfterSeconds: number };
}

// The sign-in page is plain HTML from a route handler: it must answer 401 and 429 with the
// form, which a React page cannot. No script: it works without JavaScript.
const STYLE = `
:root{color-scheme:light dark;font-family:ui-sans-serif,system-ui,-apple-system,'Segoe UI','PingFang TC','PingFang SC','Microsoft JhengHei','Microsoft YaHei','Noto Sans CJK TC',sans-serif}
body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f8fafc;color:#1e293b}
main{width:min(24rem,calc(100vw - 2rem));background:#fff;border:1px solid #cbd5e1;border-radius:.75rem;padding:1.5rem}
h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:0 0 1rem;line-height:1.5}
label{display:block;font-weight:600;margin-bottom:.25rem}
input{box-sizing:border-box;width:100%;font:inherit;padding:.5rem .75rem;border:1px solid #64748b;border-radius:.375rem;background:inherit;color:inherit}
button{margin-top:1rem;font:inherit;font-weight:600;padding:.5rem 1rem;border:0;border-radius:.375rem;background:#1d4ed8;color:#fff;cursor:pointer}
:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.error{border-left:4px solid #b91c1c;padding:.5rem .75rem;background:#fef2f2;color:#7f1d1d}
@media (prefers-color-scheme:dark){body{background:#020617;color:#e2e8f0}main{background:#0f172a;border-color:#334155}input{border-color:#94a3b8}.error{background:#450a0a;color:#fecaca;border-color:#f87171}button{background:#2563eb}}
`;

/** The sign-in form as a whole HTML document, in the dashboard's language. */
export function renderLoginPage(options: LoginPageOptions): string {
  const t = getAdminStrings(options.locale);
  let message = '';
  if (options.error === 'wrong') message = t.login.wrong;
  else if (options.error) message = format(t.login.tooMany, { minutes: Math.max(1, Math.ceil(options.error.retryAfterSeconds / 60)) });
  const alert = message ? `<p class="error" role="alert" id="login-error">${escapeHtml(message)}</p>` : '';
  const described = message ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  return `<!doctype html>
<html lang="${escapeHtml(options.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(`${t.login.title} · ${t.title}`)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(t.login.title)}</h1><p>${escapeHtml(t.login.intro)}</p>${alert}
<form method="post" action="/admin/login"><input type="hidden" name="next" value="${escapeHtml(options.next)}">
<label for="password">${escapeHtml(t.login.password)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required autofocus${described}>
<button type="submit">${escapeHtml(t.login.submit)}</button></form></main></body></html>`;
}
