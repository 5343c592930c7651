import { DatabaseUnavailableError } from '@/lib/storage/run-write';
import { errorResponse, HttpError } from './http-errors';

/** While the database is failing, one log line per interval instead of one per request. */
const LOG_EVERY_MS = 10_000;
let lastLogAt = 0;
let silenced = 0;

function logFailure(error: unknown): void {
  const at = Date.now();
  if (at - lastLogAt < LOG_EVERY_MS) {
    silenced += 1;
    return;
  }
  const more = silenced > 0 ? ` (${silenced} more failures since the last message)` : '';
  lastLogAt = at;
  silenced = 0;
  console.error(`feedback route failed${more}:`, error instanceof DatabaseUnavailableError ? error.message : error);
}

/** Maps any error of a feedback route to the API's JSON shape; unexpected ones become a 503 without details. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof HttpError) return errorResponse(error);
  logFailure(error);
  const retryAfter = error instanceof DatabaseUnavailableError ? error.retryAfterSeconds : 5;
  return errorResponse(new HttpError(503, 'Feedback could not be saved right now; please try again.', {}, { 'Retry-After': String(retryAfter) }));
}
