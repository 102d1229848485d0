// Fixed-window rate limits kept in rate_limit_bucket, so every app instance counts
// against the same numbers. One statement per check: insert the window's row or add one
// to it, and read the new count back. Fixed windows let a client make up to twice the
// limit across a window boundary; that is accepted for its simplicity.
import type { PrismaClient } from "../../generated/prisma/client";
import { clientBucketKey } from "../../intake/client-identity";
import { windowOf, type RateLimitSpec } from "../../intake/rate-limit-spec";

export type RateLimitScope = "form" | "form-no-pow" | "api";

export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export interface RateLimitHit {
  scope: RateLimitScope;
  /** The client's address (hashed here, never stored) or an API client's id. */
  client: string;
  spec: RateLimitSpec;
  now: Date;
  key: Buffer;
}

export async function hitRateLimit(prisma: PrismaClient, hit: RateLimitHit): Promise<RateLimitResult> {
  const { start, secondsLeft } = windowOf(hit.now, hit.spec.windowSeconds);
  const bucket = clientBucketKey(hit.key, hit.scope, hit.client, start);
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_bucket (key, window_start, count) VALUES (${bucket}, ${start}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1
    RETURNING count`;
  const count = Number(rows[0]?.count ?? 1);
  // Old windows are useless; clearing them now and then keeps the table small.
  if (Math.random() < 0.02) await pruneRateLimits(prisma, hit.now);
  if (count > hit.spec.limit) return { ok: false, retryAfterSeconds: secondsLeft };
  return { ok: true, remaining: hit.spec.limit - count };
}

/** Deletes windows that ended more than a day ago (no limit is longer than a day). */
export async function pruneRateLimits(prisma: PrismaClient, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 2 * 86_400_000);
  return prisma.rateLimitBucket.deleteMany({ where: { windowStart: { lt: cutoff } } }).then((r) => r.count);
}
