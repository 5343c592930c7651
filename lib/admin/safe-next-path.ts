/**
 * The `next` path to go to after signing in, when it is a path of this site's dashboard;
 * anything else (another host, `//evil`, backslashes, the login page itself) gives `/admin`.
 */
export function toSafeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/admin';
  if (!/^\/admin(?:[/?#]|$)/.test(value) || /[\\\s]/.test(value) || value.startsWith('/admin/login')) return '/admin';
  return value;
}
