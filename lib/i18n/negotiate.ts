interface WeightedTag {
  tag: string;
  quality: number;
  order: number;
}

/** Parses an Accept-Language header into tags, best first; malformed parts are skipped. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const tags: WeightedTag[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag?.trim() ?? '';
    if (!/^([a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*|\*)$/.test(tag)) return;
    let quality = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param);
      if (match?.[1]) quality = Number(match[1]);
    }
    if (Number.isFinite(quality) && quality > 0) tags.push({ tag, quality, order });
  });
  return tags.sort((a, b) => b.quality - a.quality || a.order - b.order).map((t) => t.tag);
}

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * Maps one language tag to the site locale that serves it best, or undefined.
 * Chinese is decided by script first, then region: zh-TW, zh-HK and zh-MO read Traditional;
 * zh, zh-CN and zh-SG read Simplified.
 */
export function matchLocale(tag: string, available: readonly string[]): string | undefined {
  const lower = tag.toLowerCase();
  const exact = available.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const [language, ...subtags] = lower.split('-');
  if (language === 'zh') {
    const hasHant = subtags.includes('hant');
    const hasHans = subtags.includes('hans');
    const traditional = hasHant || (!hasHans && subtags.some((s) => TRADITIONAL_REGIONS.has(s)));
    const wanted = traditional ? 'zh-hant' : 'zh-hans';
    const scripted = available.find((locale) => locale.toLowerCase() === wanted);
    if (scripted) return scripted;
  }
  return available.find((locale) => locale.toLowerCase().split('-')[0] === language);
}

/**
 * Picks the locale for a visitor from their Accept-Language header, falling back to the default.
 * @param available the site's locales, in site.yml order
 */
export function negotiateLocale(
  header: string | null | undefined,
  available: readonly string[],
  defaultLocale: string,
): string {
  for (const tag of parseAcceptLanguage(header)) {
    if (tag === '*') return defaultLocale;
    const match = matchLocale(tag, available);
    if (match) return match;
  }
  return defaultLocale;
}
