/*
 * Security headers for every answer, added by next.config.ts.
 *
 * script-src keeps 'unsafe-inline' on purpose. Pages are prerendered once at build time and
 * served as files, so there is no per-request nonce to put in the header; and besides the
 * fixed theme script, every page carries Next's own inline scripts (`self.__next_f.push(…)`,
 * the page's React Server Components payload), whose content differs per page and per
 * build, so a static header cannot list their hashes. Hashes for the theme script alone
 * would make browsers ignore 'unsafe-inline' and break hydration. What the policy does
 * remove: scripts from any other origin, eval (outside `next dev`), plugins, <base>
 * hijacking, form posts elsewhere, and framing. The pages render no visitor-supplied text
 * (comments and queries are shown only in the dashboard), so the inline allowance covers
 * the content team's MDX from git and Next's own output.
 */

/** Input of {@link buildSecurityHeaders}. */
export interface SecurityHeaderOptions {
  /** SITE_URL: an https URL also turns on Strict-Transport-Security and upgrade-insecure-requests. */
  siteUrl: string;
  /** `next dev` needs eval for React Refresh. */
  development?: boolean;
}

/** The Content-Security-Policy value for the site. */
export function buildContentSecurityPolicy(options: SecurityHeaderOptions): string {
  const https = new URL(options.siteUrl).protocol === 'https:';
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(options.development ? ["'unsafe-eval'"] : [])],
    // React renders style attributes; Tailwind's CSS comes from files.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'media-src': ["'self'"],
    'connect-src': ["'self'", ...(options.development ? ['ws:'] : [])],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  if (https) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

/** Name and value of every security header, for `headers()` in next.config.ts. */
export function buildSecurityHeaders(options: SecurityHeaderOptions): Array<{ key: string; value: string }> {
  const headers = [
    { key: 'Content-Security-Policy', value: buildContentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  if (new URL(options.siteUrl).protocol === 'https:') {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  }
  return headers;
}
