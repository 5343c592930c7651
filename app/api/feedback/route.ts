import { handleVoteRequest } from '@/lib/feedback/handle-feedback';
import { toErrorResponse } from '@/lib/feedback/to-error-response';

export const dynamic = 'force-dynamic';

/** Records a "did this solve your problem?" vote (the contract is in the README: "Feedback"). */
export async function POST(request: Request) {
  try {
    const result = await handleVoteRequest(request);
    return Response.json(result, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
