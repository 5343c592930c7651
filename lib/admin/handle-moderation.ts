import { getFeedbackDatabase } from '@/lib/feedback/feedback-context';
import { ADMIN_HEADERS, adminJsonError } from './admin-headers';
import { moderateComments, moderationRequestSchema } from './moderation';
import { toSafeNextPath } from './safe-next-path';

/**
 * `POST /admin/comments/moderate` with form fields `ids` (one or many), `state`, optional
 * `note` and `next`: stores the decision and goes back (303) to `next` with `updated=<n>`.
 * Invalid fields answer 422 in the API's error shape, naming each field.
 */
export async function handleModeration(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => undefined);
  if (!form) return adminJsonError(400, 'Send the moderation as a form.', { body: 'expected application/x-www-form-urlencoded' });
  const parsed = moderationRequestSchema.safeParse({
    ids: form.getAll('ids'),
    state: form.get('state'),
    note: form.get('note') ?? undefined,
  });
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? 'body'), issue.message]));
    return adminJsonError(422, 'Some fields are not valid.', fields);
  }
  const updated = await moderateComments(await getFeedbackDatabase(), parsed.data);
  const next = new URL(toSafeNextPath(form.get('next') ?? '/admin/comments'), 'http://dashboard.invalid');
  next.searchParams.set('updated', String(updated));
  return new Response(null, { status: 303, headers: { ...ADMIN_HEADERS, Location: `${next.pathname}${next.search}` } });
}
