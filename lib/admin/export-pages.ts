import { filterSearches, filterVotes, type ReportOptions } from '@/lib/feedback/report-helpers';
import type { FeedbackDatabase } from '@/lib/storage/database';
import type { CsvValue } from './csv';

/** The exports of the dashboard: `/admin/export/<name>.csv`. */
export const EXPORT_NAMES = ['votes', 'comments', 'searches'] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];

const PAGE_SIZE = 2000;

export interface CsvExport {
  header: string[];
  /** The next page of rows (keyset pagination by id), empty at the end. */
  nextPage: () => Promise<CsvValue[][]>;
}

const yesNo = (resolved: number) => (Number(resolved) === 1 ? 'yes' : 'no');

/**
 * The rows of one export for a period and language, oldest first, read page by page with a
 * (time, id) keyset, which walks the time index the period filter uses: a million rows never
 * sit in memory together and no connection is held between pages.
 */
export function createCsvExport(db: FeedbackDatabase, name: ExportName, options: ReportOptions, pageSize = PAGE_SIZE): CsvExport {
  let lastId = 0;
  let lastAt = '';
  const advance = <T extends { id: number }>(rows: T[], timeOf: (row: T) => string, toValues: (row: T) => CsvValue[]): CsvValue[][] => {
    const last = rows.at(-1);
    if (last) {
      lastId = Number(last.id);
      lastAt = timeOf(last);
    }
    const values = rows.map(toValues);
    // pg keeps a promise-style query's result reachable until the connection's next query
    // ends, so each page outlived a young-generation GC and was promoted: the old generation
    // then grew by ~300 MB of dead rows per 1M before a full GC (PostgreSQL only; SQLite's
    // synchronous reads never promote them). Emptying the driver's array frees the rows now.
    rows.length = 0;
    return values;
  };
  if (name === 'searches') {
    return {
      header: ['id', 'created_at', 'locale', 'query', 'result_count', 'opened_article_id', 'opened_anchor'],
      nextPage: async () =>
        advance(
          await db
            .selectFrom('search_events')
            .select(['id', 'created_at', 'locale', 'query', 'result_count', 'opened_article_id', 'opened_anchor'])
            .$call((query) => filterSearches(query, options))
            // The plain bound lets both databases start the index scan at the last row seen.
            .where('created_at', '>=', lastAt)
            .where((eb) => eb.or([eb('created_at', '>', lastAt), eb.and([eb('created_at', '=', lastAt), eb('id', '>', lastId)])]))
            .orderBy('created_at')
            .orderBy('id')
            .limit(pageSize)
            .execute(),
          (row) => row.created_at,
          (row) => [Number(row.id), row.created_at, row.locale, row.query, Number(row.result_count), row.opened_article_id, row.opened_anchor],
        ),
    };
  }
  if (name === 'comments') {
    return {
      header: ['id', 'updated_at', 'article_id', 'locale', 'anchor', 'reason', 'comment', 'query', 'source', 'state', 'note', 'moderated_at'],
      nextPage: async () =>
        advance(
          await db
            .selectFrom('votes')
            .$call((query) => filterVotes(query, options))
            .leftJoin('comment_moderation as m', 'm.vote_id', 'votes.id')
            .select(['votes.id', 'votes.updated_at', 'votes.article_id', 'votes.locale', 'votes.anchor', 'votes.reason', 'votes.comment', 'votes.query', 'votes.source', 'votes.revision', 'm.state', 'm.note', 'm.vote_revision', 'm.updated_at as moderated_at'])
            .where('votes.comment', 'is not', null)
            .where('votes.resolved', '=', 0)
            .where('votes.updated_at', '>=', lastAt)
            .where((eb) => eb.or([eb('votes.updated_at', '>', lastAt), eb.and([eb('votes.updated_at', '=', lastAt), eb('votes.id', '>', lastId)])]))
            .orderBy('votes.updated_at')
            .orderBy('votes.id')
            .limit(pageSize)
            .execute(),
          (row) => row.updated_at,
          (row) => {
            const current = row.state !== null && Number(row.vote_revision) >= Number(row.revision);
            return [Number(row.id), row.updated_at, row.article_id, row.locale, row.anchor, row.reason, row.comment, row.query, row.source, current ? row.state : 'new', current ? row.note : null, current ? row.moderated_at : null];
          },
        ),
    };
  }
  return {
    header: ['id', 'created_at', 'updated_at', 'article_id', 'locale', 'anchor', 'resolved', 'reason', 'comment', 'query', 'source'],
    nextPage: async () =>
      advance(
        await db
          .selectFrom('votes')
          .select(['id', 'created_at', 'updated_at', 'article_id', 'locale', 'anchor', 'resolved', 'reason', 'comment', 'query', 'source'])
          .$call((query) => filterVotes(query, options))
          .where('updated_at', '>=', lastAt)
          .where((eb) => eb.or([eb('updated_at', '>', lastAt), eb.and([eb('updated_at', '=', lastAt), eb('id', '>', lastId)])]))
          .orderBy('updated_at')
          .orderBy('id')
          .limit(pageSize)
          .execute(),
        (row) => row.updated_at,
        (row) => [Number(row.id), row.created_at, row.updated_at, row.article_id, row.locale, row.anchor, yesNo(row.resolved), row.reason, row.comment, row.query, row.source],
      ),
  };
}
