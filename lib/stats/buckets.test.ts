import { describe, expect, it } from "vitest";
import { bucketOf, bucketStarts, fillBuckets } from "./buckets";
import { addMonths, isCalendarDate, londonDate, londonMidnight, weekStart } from "./london-days";

const range = (from: string, toInclusive: string) => ({
  from: londonMidnight(from),
  to: londonMidnight(new Date(Date.parse(`${toInclusive}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)),
});

describe("london days", () => {
  it.each([
    ["2026-03-29", "2026-03-29T00:00:00.000Z"], // clocks go forward at 01:00 GMT
    ["2026-03-30", "2026-03-29T23:00:00.000Z"],
    ["2026-10-25", "2026-10-24T23:00:00.000Z"], // clocks go back at 02:00 BST
    ["2026-10-26", "2026-10-26T00:00:00.000Z"],
  ])("midnight of %s is %s", (date, instant) => {
    expect(londonMidnight(date).toISOString()).toBe(instant);
    expect(londonDate(londonMidnight(date))).toBe(date);
  });

  it("rejects impossible dates", () => {
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(() => londonMidnight("2026-13-01")).toThrow(RangeError);
  });

  it("clamps month arithmetic to the month's end", () => {
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2024-02-29", -12)).toBe("2023-02-28");
  });

  it("weeks start on Monday", () => {
    expect(weekStart("2026-07-15")).toBe("2026-07-13"); // Wednesday
    expect(weekStart("2026-07-19")).toBe("2026-07-13"); // Sunday
    expect(weekStart("2026-07-13")).toBe("2026-07-13");
  });
});

describe("buckets", () => {
  it("names a bucket by its first day", () => {
    expect(bucketOf("2026-07-15", "day")).toBe("2026-07-15");
    expect(bucketOf("2026-07-15", "week")).toBe("2026-07-13");
    expect(bucketOf("2026-07-15", "month")).toBe("2026-07-01");
  });

  it("lists every bucket the range touches, partial ones included", () => {
    expect(bucketStarts(range("2026-07-01", "2026-07-03"), "day")).toEqual(["2026-07-01", "2026-07-02", "2026-07-03"]);
    expect(bucketStarts(range("2026-07-01", "2026-07-20"), "week")).toEqual(["2026-06-29", "2026-07-06", "2026-07-13", "2026-07-20"]);
    expect(bucketStarts(range("2026-01-31", "2026-03-01"), "month")).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
    expect(bucketStarts({ from: new Date(5), to: new Date(5) }, "day")).toEqual([]);
  });

  it("fills missing buckets and keys with zero", () => {
    const rows = [
      { bucket: "2026-07-02", key: "sms" as const, value: 3 },
      { bucket: "2026-07-02", key: "sms" as const, value: 1 },
      { bucket: "2026-08-01", key: "email" as const, value: 9 }, // outside: ignored
    ];
    expect(fillBuckets(["2026-07-01", "2026-07-02"], ["sms", "email"] as const, rows)).toEqual([
      { bucket: "2026-07-01", values: { sms: 0, email: 0 } },
      { bucket: "2026-07-02", values: { sms: 4, email: 0 } },
    ]);
  });
});
