import { describe, expect, it } from "vitest";
import { denseCounts, fromDay, toDay } from "./dates";

describe("day numbers", () => {
  it("round-trips dates, across month, year and leap-day boundaries", () => {
    for (const date of ["1970-01-01", "2024-02-29", "2024-03-01", "2024-12-31", "2025-01-01", "2026-10-25"]) {
      expect(fromDay(toDay(date))).toBe(date);
    }
    expect(toDay("2024-03-01") - toDay("2024-02-28")).toBe(2);
    expect(toDay("2025-03-01") - toDay("2025-02-28")).toBe(1);
  });

  it.each(["2024-02-30", "2025-13-01", "2025-1-01", "01/02/2025", "2025-01-01T00:00:00Z", ""])(
    "rejects %j",
    (date) => {
      expect(() => toDay(date)).toThrow(RangeError);
    },
  );
});

describe("denseCounts", () => {
  const first = toDay("2025-01-01");

  it("fills missing days with zero, adds duplicate days, ignores days outside the range", () => {
    const counts = denseCounts(
      [
        { date: "2025-01-03", count: 2 },
        { date: "2025-01-01", count: 1 },
        { date: "2025-01-03", count: 5 },
        { date: "2024-12-31", count: 9 },
        { date: "2025-01-06", count: 9 },
      ],
      first,
      first + 4,
    );
    expect(counts).toEqual([1, 0, 7, 0, 0]);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects a count of %f", (count) => {
    expect(() => denseCounts([{ date: "2025-01-01", count }], first, first)).toThrow(RangeError);
  });
});
