import { describe, expect, it } from "vitest";
import { FREE_ATTEMPTS, lockedUntilAfter, MAX_LOCK_MS } from "./lockout";

const now = new Date("2026-01-01T00:00:00Z");
const lockMs = (n: number) => (lockedUntilAfter(n, now)?.getTime() ?? now.getTime()) - now.getTime();

describe("lockedUntilAfter", () => {
  it("does not lock for the first few mistakes", () => {
    for (let n = 0; n < FREE_ATTEMPTS; n++) expect(lockedUntilAfter(n, now)).toBeNull();
  });
  it("doubles the lock with each further failure, up to an hour", () => {
    expect(lockMs(FREE_ATTEMPTS)).toBe(60_000);
    expect(lockMs(FREE_ATTEMPTS + 1)).toBe(120_000);
    expect(lockMs(FREE_ATTEMPTS + 2)).toBe(240_000);
    expect(lockMs(FREE_ATTEMPTS + 30)).toBe(MAX_LOCK_MS);
  });
});
