import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { resolveShortLink } from '@/lib/content/short-links';

export const dynamic = 'force-dynamic';

/** Short link for support agents: `/a/<id>` opens the article in the customer's language; it survives renames. */
export default async function ShortLink({ params, searchParams }: PageProps<'/a/[id]'>) {
  const { id } = await params;
  const { lang } = await searchParams;
  const target = resolveShortLink(id, (await headers()).get('accept-language'), typeof lang === 'string' ? lang : undefined);
  if (!target) notFound();
  redirect(target);
}
