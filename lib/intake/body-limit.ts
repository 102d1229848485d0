// How big a post to the report form may be, checked by proxy.ts before Next.js reads the
// body. Next.js's own server action limit (next.config.js, the same 128 KiB) answers an
// oversized body with a 500, so the proxy refuses it first with a 413 and plain words.
// The largest honest post is about 45 KB: 10,000 characters of narrative in UTF-8 plus
// the other answers.
export const FORM_MAX_BODY_BYTES = 128 * 1024;

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413 };

export function formBodyVerdict(method: string, contentLength: string | null, limit = FORM_MAX_BODY_BYTES): BodyVerdict {
  if (method !== "POST") return { ok: true };
  // A length we cannot check up front (a chunked upload) is refused: browsers always send one.
  if (contentLength === null || !/^\d+$/.test(contentLength)) return { ok: false, status: 411 };
  return Number(contentLength) > limit ? { ok: false, status: 413 } : { ok: true };
}
