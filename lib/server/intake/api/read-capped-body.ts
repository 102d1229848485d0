// Reads a request body without ever holding more than `limit` bytes: a declared
// Content-Length over the limit is refused before reading, and a body that streams past
// it (chunked, or lying about its length) is cut off as soon as it does.
export type BodyRead = { ok: true; text: string } | { ok: false; reason: "too-large" | "unreadable" };

export function declaredTooLarge(request: Request, limit: number): boolean {
  const declared = request.headers.get("content-length");
  return declared !== null && /^\d+$/.test(declared) && Number(declared) > limit;
}

export async function readCappedBody(request: Request, limit: number): Promise<BodyRead> {
  if (declaredTooLarge(request, limit)) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  return { ok: true, text: new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks)) };
}
