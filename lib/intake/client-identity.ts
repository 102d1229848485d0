// Who is asking, for rate limits, without ever keeping an IP address.
//
// The address: with TRUST_PROXY=N (N reverse proxies in front of the app, each appending
// the address it saw), the N-th X-Forwarded-For entry from the right is the one the
// outermost trusted proxy saw; entries further left were written by the client and are
// ignored. With TRUST_PROXY=0 the app is reached directly: Next.js fills the header from
// the socket when a request has none, and offers no other way to read the peer, so a
// single entry is used as is and anything longer is treated as forged (one shared
// "unknown" client). IPv6 addresses are cut to their /64, which one household holds.
//
// The hash: HMAC-SHA-256 under a server key of scope, address and window start, so rows
// in rate_limit_bucket cannot be turned back into addresses, nor linked across windows.
import { createHmac } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

export const UNKNOWN_CLIENT = "unknown";

export function clientAddress(forwardedFor: string | null | undefined, trustProxy: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const picked = trustProxy > 0 ? (entries[entries.length - trustProxy] ?? entries[0]) : entries.length === 1 ? entries[0] : undefined;
  return picked ? normalizeAddress(picked) : UNKNOWN_CLIENT;
}

/** "::ffff:1.2.3.4" -> "1.2.3.4"; "[2001:db8::1]:443" -> "2001:db8:0:0::/64"; junk -> "unknown". */
export function normalizeAddress(raw: string): string {
  let a = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.replace(/%.*$/, "");
  if (a.startsWith("::ffff:") && isIPv4(a.slice(7))) a = a.slice(7);
  if (isIPv4(a)) return a;
  if (isIPv6(a)) return `${expandIPv6(a).slice(0, 4).join(":")}::/64`;
  return UNKNOWN_CLIENT;
}

function expandIPv6(a: string): string[] {
  const [head, tail] = a.split("::") as [string, string | undefined];
  const h = head ? head.split(":") : [];
  const t = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array(8 - h.length - t.length).fill("0");
  return [...h, ...fill, ...t].map((g) => (g.includes(".") ? g : String(parseInt(g, 16).toString(16))));
}

/** The rate-limit bucket key: scope, then a keyed hash; never the address itself. */
export function clientBucketKey(key: Buffer, scope: string, client: string, windowStart: Date): string {
  const mac = createHmac("sha256", key).update(`${scope}\n${client}\n${windowStart.toISOString()}`).digest("base64url");
  return `${scope}:${mac.slice(0, 32)}`;
}
