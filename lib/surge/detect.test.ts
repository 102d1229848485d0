import { describe, expect, it } from "vitest";
import { fromDay, toDay, type DailyCount } from "./dates";
import { detectSurges, type SurgeSeries } from "./detect";
import { evaluateSeries } from "./evaluate";
import { poissonSeries, seededRandom } from "./testing/seeded-random";

const START = "2025-01-01";
const day = (offset: number) => fromDay(toDay(START) + offset);
const series = (counts: readonly number[]): DailyCount[] => counts.map((count, i) => ({ date: day(i), count }));

// 100 days; a surge from 1 to 6 a day starts on day 86 (14 days).
const surging = series(Array.from({ length: 100 }, (_, i) => (i >= 86 ? 6 : 1)));
// 2 a day, then 32 in the last week: amber.
const mild = series(Array.from({ length: 100 }, (_, i) => (i >= 93 ? (i < 97 ? 5 : 4) : 2)));
const flat = series(Array(100).fill(3));
const asOf = day(99);

const input: SurgeSeries[] = [
  { key: { regionId: "gwent", script: "bank-impersonation" }, daily: flat },
  { key: { regionId: "north-wales", script: "courier" }, daily: mild },
  { key: { regionId: "dyfed-powys", script: "amazon-prime-renewal" }, daily: surging },
];

describe("detectSurges", () => {
  it("returns only surging series, red first", () => {
    const alerts = detectSurges(input, { asOf });
    expect(alerts.map((a) => [a.regionId, a.level])).toEqual([
      ["dyfed-powys", "red"],
      ["north-wales", "amber"],
    ]);
  });

  it("reports the same figures as evaluateSeries", () => {
    const [alert] = detectSurges(input, { asOf });
    const evaluation = evaluateSeries(surging, asOf);
    expect(alert).toMatchObject({
      regionId: "dyfed-powys",
      script: "amazon-prime-renewal",
      date: asOf,
      windowDays: evaluation.windowDays,
      observed: evaluation.observed,
      expected: evaluation.expected,
      pValue: evaluation.pValue,
      statistic: evaluation.statistic,
      baselineMean: evaluation.baselineMean,
      baselineSd: evaluation.baselineSd,
    });
  });

  it("says since when the surge has been alerting", () => {
    const [alert] = detectSurges(input, { asOf });
    const since = toDay(alert?.since ?? asOf) - toDay(START);
    expect(since).toBeGreaterThanOrEqual(86);
    expect(since).toBeLessThanOrEqual(88);
  });

  it("returns the last 42 days for a sparkline, oldest first, gaps filled", () => {
    const gappy = surging.filter((d) => toDay(d.date) % 3 !== 0);
    const [alert] = detectSurges([{ key: { regionId: "x", script: "y" }, daily: gappy }], { asOf });
    expect(alert?.recent).toHaveLength(42);
    expect(alert?.recent[0]?.date).toBe(day(58));
    expect(alert?.recent[41]).toEqual({ date: asOf, count: toDay(asOf) % 3 === 0 ? 0 : 6 });
    expect(alert?.recent.some((d) => d.count === 0)).toBe(true);
  });

  it("answers for a past date: active then, not before it began", () => {
    const duringSurge = detectSurges(input, { asOf: day(95) });
    expect(duringSurge.find((a) => a.regionId === "dyfed-powys")?.level).toBe("red");
    expect(detectSurges(input, { asOf: day(80) })).toEqual([]);
  });

  it("passes config overrides through", () => {
    const strict = detectSurges(input, { asOf, config: { amberP: 0.01 } });
    expect(strict.map((a) => a.regionId)).toEqual(["dyfed-powys"]);
  });

  it("is deterministic and handles no series", () => {
    const random = Array.from({ length: 50 }, (_, i) => ({
      key: { regionId: `force-${i % 5}`, script: `script-${i}` },
      daily: poissonSeries(seededRandom(i), START, Array.from({ length: 100 }, (_, d) => (d > 90 && i % 7 === 0 ? 5 : 1))),
    }));
    expect(detectSurges(random, { asOf })).toEqual(detectSurges([...random].reverse(), { asOf }));
    expect(detectSurges([], { asOf })).toEqual([]);
  });
});
