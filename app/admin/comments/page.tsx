import type { Metadata } from 'next';
import { AdminShell } from '@/components/admin/admin-shell';
import { CommentFilters } from '@/components/admin/comment-filters';
import { CommentQueue } from '@/components/admin/comment-queue';
import { getAdminPageContext } from '@/lib/admin/admin-page-context';
import { getCommentsPage } from '@/lib/admin/get-comments-page';
import { format } from '@/lib/i18n/dictionary';

export const metadata: Metadata = { title: 'Comments' };

/** The moderation queue: every comment left with a No. */
export default async function CommentsPage({ searchParams }: PageProps<'/admin/comments'>) {
  const params = await searchParams;
  const context = await getAdminPageContext(params);
  const { t, locale } = context;
  const data = await getCommentsPage(context, params);
  const query = new URLSearchParams(Object.entries(data.filters).filter((entry): entry is [string, string] => Boolean(entry[1])).map(([k, v]) => [k === 'articleId' ? 'article' : k, v]));
  const here = `/admin/comments${query.size ? `?${query}` : ''}`;
  return (
    <AdminShell locale={locale} current="comments" newComments={context.newComments} here={here}>
      <h1 className="mb-4 text-2xl font-bold text-slate-900 dark:text-white">{t.comments.title}</h1>
      {data.updated !== undefined ? (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 px-3 py-2 text-green-900 dark:bg-green-950 dark:text-green-100">
          {format(t.comments.updated, { count: data.updated })}
        </p>
      ) : null}
      <CommentFilters locale={locale} locales={context.content.manifest.site.locales} catalog={data.catalog} filters={data.filters} />
      <CommentQueue locale={locale} comments={data.comments} catalog={data.catalog} here={here} />
      {data.hasMore ? (
        <p className="mt-4">
          <a href={`/admin/comments?${new URLSearchParams([...query, ['page', String(data.page + 1)]])}`} className="text-brand-700 underline dark:text-brand-300">
            {data.page + 1} →
          </a>
        </p>
      ) : null}
    </AdminShell>
  );
}
