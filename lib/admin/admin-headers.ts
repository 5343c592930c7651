/** Headers every `/admin` answer carries: never cached, never indexed. */
export const ADMIN_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Copies {@link ADMIN_HEADERS} onto `headers`. */
export function applyAdminHeaders(headers: Headers): Headers {
  for (const [name, value] of Object.entries(ADMIN_HEADERS)) headers.set(name, value);
  return headers;
}

/** The API's JSON error shape `{ error, fields }` with the admin headers. */
export function adminJsonError(status: number, error: string, fields: Record<string, string> = {}, extra: Record<string, string> = {}): Response {
  return Response.json({ error, fields }, { status, headers: { ...ADMIN_HEADERS, ...extra } });
}
