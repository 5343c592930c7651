import type { ArticleStatus, ContentStatus, LocaleStatus } from './get-content-status';

const LABEL: Record<LocaleStatus['state'], string> = { current: 'ok', stale: 'STALE', untranslated: 'UNTRANSLATED', missing: 'MISSING' };

function describeLocale(entry: LocaleStatus, article: ArticleStatus, defaultLocale: string): string {
  if (entry.state === 'stale') return `${entry.locale} older than ${defaultLocale} (${entry.updated} < ${article.updated})`;
  if (entry.state === 'untranslated') return `${entry.locale} needs translation`;
  if (entry.state === 'missing') return `${entry.locale} has no translation`;
  return `${entry.locale} current`;
}

/** A GitHub Actions workflow command: shows as an annotation on the file in a pull request. */
function annotation(level: 'warning' | 'error', file: string | null, message: string): string {
  const where = file ? ` file=${file}` : '';
  return `::${level}${where}::${message.replace(/%/g, '%25').replace(/\r?\n/g, '%0A')}`;
}

/**
 * The text `content:status` prints: one block per article (locales with their state, review
 * date, owner), then totals. With `annotations`, also a GitHub Actions warning per problem.
 * @param options.contentDir the content folder relative to the repository, for file paths
 */
export function formatContentStatus(status: ContentStatus, options: { contentDir: string; annotations?: boolean }): string {
  const lines: string[] = [];
  const idWidth = Math.max(...status.articles.map((a) => `${a.category}/${a.id}`.length), 10);
  const file = (sourcePath: string | null) => (sourcePath ? `${options.contentDir}/${sourcePath}` : null);
  for (const article of status.articles) {
    const cells = article.locales.map((entry) => `${entry.locale} ${LABEL[entry.state]}`.padEnd(entry.locale.length + 13));
    const review = article.overdue ? `  review overdue since ${article.reviewDue}` : '';
    lines.push(`${`${article.category}/${article.id}`.padEnd(idWidth)}  ${cells.join(' ')}  owner: ${article.owner ?? 'none'}${review}`);
    if (!options.annotations) continue;
    for (const entry of article.locales) {
      if (entry.state === 'current') continue;
      lines.push(annotation('warning', file(entry.sourcePath ?? article.sourcePath), `"${article.title}": ${describeLocale(entry, article, status.defaultLocale)}`));
    }
    if (article.overdue) lines.push(annotation('warning', file(article.sourcePath), `"${article.title}": review overdue since ${article.reviewDue} (owner: ${article.owner ?? 'none'})`));
  }
  const { articles, missing, stale, untranslated, overdue } = status.totals;
  lines.push('', `${articles} articles in ${status.locales.join(', ')}: ${missing} missing, ${untranslated} untranslated and ${stale} stale translations, ${overdue} overdue for review (as of ${status.today})`);
  return lines.join('\n');
}
