/** An error a feedback route answers with its own status and the API's JSON error shape. */
export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The JSON error body every feedback route uses: `{ error, fields }`. */
export function errorResponse(error: HttpError): Response {
  return Response.json({ error: error.message, fields: error.fields }, { status: error.status, headers: { 'Cache-Control': 'no-store', ...error.headers } });
}
