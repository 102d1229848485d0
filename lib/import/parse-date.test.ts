import { describe, expect, it } from "vitest";
import { parseDate, ukClockToUtc } from "./parse-date";

const now = new Date("2026-06-15T12:00:00Z");
const read = (s: string) => {
  const r = parseDate(s, now);
  return r.ok ? r.value.toISOString() : `error: ${r.reason}`;
};

describe("parseDate", () => {
  it.each([
    // ISO 8601 with a zone: exactly that instant.
    ["2025-03-04T09:15:00Z", "2025-03-04T09:15:00.000Z"],
    ["2025-03-04T09:15:00.123Z", "2025-03-04T09:15:00.123Z"],
    ["2025-07-04T09:15:00+01:00", "2025-07-04T08:15:00.000Z"],
    ["2025-07-04 09:15-0500", "2025-07-04T14:15:00.000Z"],
    // ISO without a zone: UK clock time (GMT in winter, BST in summer).
    ["2025-01-10", "2025-01-10T00:00:00.000Z"],
    ["2025-07-10", "2025-07-09T23:00:00.000Z"],
    ["2025-07-10T14:30", "2025-07-10T13:30:00.000Z"],
    // UK day-first.
    ["04/03/2025", "2025-03-04T00:00:00.000Z"],
    ["4/3/2025", "2025-03-04T00:00:00.000Z"],
    ["04-03-2025", "2025-03-04T00:00:00.000Z"],
    ["04.08.2025 09:15", "2025-08-04T08:15:00.000Z"],
    ["31/12/2025 23:59:59", "2025-12-31T23:59:59.000Z"],
    ["  01/02/2026  ", "2026-02-01T00:00:00.000Z"],
  ])("%j -> %s", (input, expected) => expect(read(input)).toBe(expected));

  it.each([
    ["31/02/2025", "is not a real date"],
    ["2025-13-01", "is not a real date"],
    ["29/02/2025", "is not a real date"],
    ["04/03/25", "needs a four-digit year"],
    ["2025-03-04T25:00", "is not a real time of day"],
    ["March 4th", "is not a date: use yyyy-mm-dd (ISO 8601) or dd/mm/yyyy"],
    ["03/04/2025 9am", "is not a date"],
    ["01/01/1900", "is before 1990"],
    ["2026-07-01", "is in the future"],
  ])("%j is refused: %s", (input, reason) => expect(read(input)).toContain(reason));

  it("accepts a leap day and today", () => {
    expect(read("29/02/2024")).toBe("2024-02-29T00:00:00.000Z");
    expect(read("15/06/2026")).toBe("2026-06-14T23:00:00.000Z");
  });
});

describe("ukClockToUtc around the clock changes", () => {
  it.each([
    // 30 March 2025: clocks go forward at 01:00 GMT.
    [[2025, 3, 30, 0, 30], "2025-03-30T00:30:00.000Z"],
    [[2025, 3, 30, 2, 30], "2025-03-30T01:30:00.000Z"],
    // 26 October 2025: clocks go back at 02:00 BST; 01:30 happens twice, the later is taken.
    [[2025, 10, 26, 0, 30], "2025-10-25T23:30:00.000Z"],
    [[2025, 10, 26, 1, 30], "2025-10-26T01:30:00.000Z"],
    [[2025, 10, 26, 2, 30], "2025-10-26T02:30:00.000Z"],
  ] as const)("%j -> %s", ([y, mo, d, h, mi], expected) => {
    expect(ukClockToUtc(y, mo, d, h, mi).toISOString()).toBe(expected);
  });
});
