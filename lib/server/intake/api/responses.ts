// The partner API's JSON answers. Every error has a stable `error` code for programs and
// a `message` for people; nothing echoes the request body back.
const NO_STORE = { "Cache-Control": "no-store" };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export const apiError = (status: number, error: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  json(status, { error, message, ...extra }, headers);

export const unauthorized = () =>
  apiError(401, "unauthorized", "Send a valid, unrevoked API key as: Authorization: Bearer <key>.", {}, {
    "WWW-Authenticate": 'Bearer realm="scampulse"',
  });

export const tooLarge = (limit: number) =>
  apiError(413, "payload_too_large", `The request body must be at most ${limit} bytes.`);

export const tooManyRequests = (retryAfterSeconds: number) =>
  apiError(429, "rate_limited", `Too many requests for this API key. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds }, {
    "Retry-After": String(retryAfterSeconds),
  });
