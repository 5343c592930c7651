import { handleSearchEventRequest } from '@/lib/feedback/handle-feedback';
import { toErrorResponse } from '@/lib/feedback/to-error-response';

export const dynamic = 'force-dynamic';

/** Records a settled search and, later, which result it opened. */
export async function POST(request: Request) {
  try {
    const result = await handleSearchEventRequest(request);
    return Response.json(result, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
