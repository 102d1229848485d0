import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { medianOfCounts } from "./median";

function naiveMedian(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

describe("medianOfCounts", () => {
  it.each([
    [[], null],
    [[{ value: 500, count: 1 }], 500],
    [[{ value: 100, count: 1 }, { value: 300, count: 1 }], 200],
    [[{ value: 300, count: 2 }, { value: 100, count: 1 }], 300],
    [[{ value: 100, count: 2 }, { value: 200, count: 2 }], 150],
    [[{ value: 100, count: 0 }], null],
  ])("%j -> %s", (counts, expected) => {
    expect(medianOfCounts(counts)).toBe(expected);
  });

  it("agrees with sorting every value", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ value: fc.integer({ min: 1, max: 50 }), count: fc.integer({ min: 0, max: 5 }) })), (counts) => {
        const values = counts.flatMap((c) => Array<number>(c.count).fill(c.value));
        expect(medianOfCounts(counts)).toBe(naiveMedian(values));
      }),
    );
  });
});
