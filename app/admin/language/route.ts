import { guardAdminRequest } from '@/lib/admin/guard-admin-request';
import { handleLanguageChange } from '@/lib/admin/handle-language-change';

export const dynamic = 'force-dynamic';

/** Switches the dashboard language (form field `lang`) and goes back to `next`. */
export async function POST(request: Request) {
  return (await guardAdminRequest(request, '/admin/language', '')) ?? handleLanguageChange(request);
}
