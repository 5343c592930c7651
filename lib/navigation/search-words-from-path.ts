/**
 * Words for the 404 page's search box, taken from the path that was not found:
 * `/en/billing/refund-policy.html` gives "billing refund policy". The locale segment,
 * file extensions and separators are dropped; at most `limit` words are kept.
 */
export function searchWordsFromPath(pathname: string, locales: readonly string[], limit = 8): string {
  const words: string[] = [];
  for (const segment of pathname.split('/')) {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // A malformed escape: keep the raw segment rather than fail the 404 page.
    }
    if (!decoded || locales.includes(decoded)) continue;
    const bare = decoded.replace(/\.[a-z0-9]{1,5}$/i, '');
    for (const word of bare.split(/[\s\-_.+,;:|]+/)) {
      const clean = word.replace(/[^\p{L}\p{N}]/gu, '');
      if (clean && !words.includes(clean.toLowerCase())) words.push(clean.toLowerCase());
    }
  }
  return words.slice(0, limit).join(' ');
}
