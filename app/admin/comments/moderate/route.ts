import { guardAdminRequest } from '@/lib/admin/guard-admin-request';
import { handleModeration } from '@/lib/admin/handle-moderation';

export const dynamic = 'force-dynamic';

/** Marks comments done, dismissed or new, with an optional note. */
export async function POST(request: Request) {
  return (await guardAdminRequest(request, '/admin/comments/moderate', '')) ?? handleModeration(request);
}
