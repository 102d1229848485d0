// Fingerprint of a request body for idempotency: the same key with the same body replays
// the first answer, with another body it is refused. Keys are sorted so field order does
// not matter; array order does. Keyed (HMAC) so a stored fingerprint cannot be used to
// confirm a guess of what someone wrote; callers pass the narrative already redacted.
import { createHmac } from "node:crypto";

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortValue(value));
}

function sortValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortValue(v)));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortValue(v);
    }
    return out;
  }
  return value;
}

export function requestHash(key: Buffer, value: unknown): string {
  return createHmac("sha256", key).update(canonicalJson(value)).digest("hex");
}
