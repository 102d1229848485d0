import { describe, expect, it } from "vitest";
import { parseRateLimit, windowOf } from "./rate-limit-spec";

describe("parseRateLimit", () => {
  it.each([
    ["20/1h", 20, 3600],
    ["300/1m", 300, 60],
    ["5/30s", 5, 30],
    ["100/1d", 100, 86400],
  ])("%s", (spec, limit, windowSeconds) => {
    expect(parseRateLimit(spec)).toEqual({ limit, windowSeconds });
  });

  it.each(["", "20", "0/1h", "20/h", "20/1w", "-1/1h"])("refuses %j", (spec) => {
    expect(() => parseRateLimit(spec)).toThrow(/20\/1h/);
  });
});

describe("windowOf", () => {
  it("starts windows on multiples of their length and counts the seconds left", () => {
    const w = windowOf(new Date("2026-11-20T10:42:30Z"), 3600);
    expect(w.start.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect(w.secondsLeft).toBe(17 * 60 + 30);
  });
});
