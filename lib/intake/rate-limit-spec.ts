// "20/1h" -> 20 requests per hour. The format of the RATE_LIMIT_* variables (README).
export interface RateLimitSpec {
  limit: number;
  windowSeconds: number;
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

export function parseRateLimit(spec: string): RateLimitSpec {
  const m = /^([1-9][0-9]*)\/([1-9][0-9]*)([smhd])$/.exec(spec.trim());
  if (!m) throw new Error(`rate limit "${spec}" must look like "20/1h"`);
  return { limit: Number(m[1]), windowSeconds: Number(m[2]) * UNIT_SECONDS[m[3] as keyof typeof UNIT_SECONDS] };
}

/** The fixed window a moment falls in, and the seconds until the next one starts. */
export function windowOf(now: Date, windowSeconds: number): { start: Date; secondsLeft: number } {
  const ms = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return { start: new Date(start), secondsLeft: Math.max(1, Math.ceil((start + ms - now.getTime()) / 1000)) };
}
