import { errorResponse, HttpError } from './http-errors';

/** Maps any error of a feedback route to the API's JSON shape; unexpected ones become a 503 without details. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof HttpError) return errorResponse(error);
  console.error('feedback route failed:', error);
  return errorResponse(new HttpError(503, 'Feedback could not be saved right now; please try again.', {}, { 'Retry-After': '5' }));
}
