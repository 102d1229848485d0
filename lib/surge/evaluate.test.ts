import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SURGE_CONFIG, resolveConfig } from "./config";
import { fromDay, toDay, type DailyCount } from "./dates";
import { evaluateRange, evaluateSeries } from "./evaluate";
import { poissonSeries, seededRandom } from "./testing/seeded-random";

const START = "2025-01-01";
const day = (offset: number) => fromDay(toDay(START) + offset);

/** Daily counts from START, one per element. */
function series(counts: readonly number[]): DailyCount[] {
  return counts.map((count, i) => ({ date: day(i), count }));
}

/** `days` days at `base` per day, the last `len` of them at `surge` (deterministic). */
function flatWithSurge(base: number, surge: number, len: number, days = 90): DailyCount[] {
  return series(Array.from({ length: days }, (_, i) => (i >= days - len ? surge : base)));
}

/** Poisson counts: `days` days at mean `base`, the last `len` at mean `surge`. */
function randomSeries(seed: number, base: number, surge = base, len = 0, days = 100): DailyCount[] {
  const means = Array.from({ length: days }, (_, i) => (i >= days - len ? surge : base));
  return poissonSeries(seededRandom(seed), START, means);
}

const lastDate = (s: DailyCount[]) => s[s.length - 1]?.date ?? START;

describe("clear surges are red", () => {
  it("baseline Poisson(1)/day, last 14 days Poisson(5)/day", () => {
    const s = randomSeries(42, 1, 5, 14);
    const result = evaluateSeries(s, lastDate(s));
    expect(result.level).toBe("red");
    expect(result.observed).toBeGreaterThan(result.expected * 2);
  });

  it("stays red through the second week, on at least 99% of 300 seeds", () => {
    // At day 14 the surge's first days sit in the 7-day window's baseline; the
    // 14-day window keeps the alert red. Measured: 300 of 300.
    let red = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const s = randomSeries(seed, 1, 5, 14);
      if (evaluateSeries(s, lastDate(s)).level === "red") red++;
    }
    expect(red).toBeGreaterThanOrEqual(297);
  });

  it("a 14-day surge of 3/day against a baseline of 0.5/day, on at least 98% of 300 seeds (measured 299)", () => {
    let red = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const s = randomSeries(seed, 0.5, 3, 14);
      if (evaluateSeries(s, lastDate(s)).level === "red") red++;
    }
    expect(red).toBeGreaterThanOrEqual(294);
  });
});

describe("mild surges are amber", () => {
  it.each([
    [2, 32], // 2 a day, then 32 in the last week (14 expected)
    [1, 19], // 1 a day, then 19 in the last week (7 expected)
  ])("baseline %i/day, %i reports in the last 7 days", (base, weekTotal) => {
    const counts = Array.from({ length: 60 }, () => base);
    for (let k = 0; k < 7; k++) counts[53 + k] = Math.floor(weekTotal / 7) + (k < weekTotal % 7 ? 1 : 0);
    const result = evaluateSeries(series(counts), day(59));
    expect(result.level).toBe("amber");
    expect(result.pValue).toBeGreaterThanOrEqual(0.01);
    expect(result.pValue).toBeLessThan(0.05);
  });
});

describe("no alerts without a surge", () => {
  it("flat data at any level raises nothing on any day", () => {
    for (let level = 0; level <= 40; level++) {
      const results = evaluateRange(series(Array(120).fill(level)), day(50), day(119));
      expect(results.every((r) => r.level === "none")).toBe(true);
    }
  });

  it("constant-mean Poisson data: no red alert at 2+ a day, red < 0.25% and amber < 1% overall", () => {
    // 500 seeds for each mean. Measured with these seeds: 3 red (0.1%) and 12
    // amber (0.4%) in 3,000 evaluations, all at means <= 1. The nominal rates
    // of p < 0.01 and p < 0.05 would be 1% and 4%. README has larger runs.
    const means = [0.2, 0.5, 1, 2, 5, 10];
    let red = 0;
    let amber = 0;
    for (const mean of means) {
      for (let seed = 1; seed <= 500; seed++) {
        const s = randomSeries(seed * 7_919 + Math.round(mean * 1_000), mean);
        const { level } = evaluateSeries(s, lastDate(s));
        if (level === "red") {
          red++;
          expect(mean).toBeLessThan(2);
        }
        if (level === "amber") amber++;
      }
    }
    const n = means.length * 500;
    expect(red / n).toBeLessThan(0.0025);
    expect(amber / n).toBeLessThan(0.01);
  });

  it("tiny counts (0, 0, 1, 0, 2) after a quiet month never alert", () => {
    const result = evaluateSeries(series([...Array(40).fill(0), 0, 0, 1, 0, 2]), day(44));
    expect(result.level).toBe("none");
    expect(result.suppressedBy).toBe("min-observed"); // p alone would have alerted
  });

  it("never alerts while every window holds fewer than minObserved reports", () => {
    // Random 0/1/2 days, thinned so that no 14 consecutive days reach minObserved.
    const sparse = fc.array(fc.constantFrom(0, 0, 0, 1, 2), { minLength: 60, maxLength: 60 }).map((raw) => {
      const counts: number[] = [];
      raw.forEach((c, i) => {
        const recent = counts.slice(Math.max(0, i - 13)).reduce((a, b) => a + b, 0);
        counts.push(recent + c < DEFAULT_SURGE_CONFIG.minObserved ? c : 0);
      });
      return counts;
    });
    fc.assert(
      fc.property(sparse, (counts) => evaluateRange(series(counts), day(45), day(59)).every((r) => r.level === "none")),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("windows, guard band and gaps", () => {
  const asOf = day(69);

  it("places the window, guard band and baseline as documented", () => {
    const result = evaluateSeries(series(Array(70).fill(1)), asOf, { windows: [7] });
    expect(result.window).toEqual({ start: day(63), end: day(69) });
    // Guard band: days 61-62. Baseline: the 28 days before it.
    expect(result.baseline).toEqual({ start: day(33), end: day(60) });
  });

  it("ignores the 2 guard days before each window, and only those", () => {
    for (const w of [7, 14]) {
      const flat = Array<number>(70).fill(2);
      const spikeInGuard = [...flat];
      spikeInGuard[69 - w] = 100; // the two days just before the window
      spikeInGuard[69 - w - 1] = 100;
      const base = evaluateSeries(series(flat), asOf, { windows: [w] });
      const guarded = evaluateSeries(series(spikeInGuard), asOf, { windows: [w] });
      expect(guarded).toEqual(base);

      const spikeInBaseline = [...flat];
      spikeInBaseline[69 - w - 2] = 100; // last baseline day
      expect(evaluateSeries(series(spikeInBaseline), asOf, { windows: [w] }).baselineMean).toBeGreaterThan(base.baselineMean);
    }
  });

  it("treats missing days as zero, in any order, with duplicate days added", () => {
    const dense = randomSeries(3, 1, 4, 10, 80);
    const sparse = dense.filter((d) => d.count > 0).reverse();
    const split = sparse.flatMap((d) => (d.count > 1 ? [{ ...d, count: 1 }, { ...d, count: d.count - 1 }] : [d]));
    const expected = evaluateSeries(dense, lastDate(dense));
    expect(evaluateSeries(sparse, lastDate(dense))).toEqual(expected);
    expect(evaluateSeries(split, lastDate(dense))).toEqual(expected);
  });

  it("evaluates with no data at all (every day zero)", () => {
    expect(evaluateSeries([], asOf)).toMatchObject({ level: "none", observed: 0, expected: 0, pValue: 1 });
  });
});

describe("evaluating past dates", () => {
  const counts = Array.from({ length: 150 }, (_, i) => (i >= 60 && i < 74 ? 6 : 1)); // surge on days 60-73
  const s = series(counts);

  it("finds the surge while it ran, and nothing long after", () => {
    expect(evaluateSeries(s, day(73)).level).toBe("red");
    expect(evaluateSeries(s, day(149)).level).toBe("none");
    const timeline = evaluateRange(s, day(50), day(149));
    const red = timeline.filter((r) => r.level === "red").map((r) => toDay(r.date) - toDay(START));
    expect(Math.min(...red)).toBeLessThanOrEqual(62); // red on the surge's third day
    expect(red.every((d) => d >= 60)).toBe(true);
  });

  it("ignores data after the evaluation date", () => {
    const future = series([...counts.slice(0, 74), ...Array(76).fill(50)]);
    expect(evaluateSeries(future, day(73))).toEqual(evaluateSeries(s, day(73)));
  });
});

describe("purity and configuration", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("never reads the clock", () => {
    vi.spyOn(Date, "now").mockImplementation(() => {
      throw new Error("clock read");
    });
    expect(() => evaluateSeries(randomSeries(1, 1), day(99))).not.toThrow();
  });

  it("accepts partial overrides and rejects nonsense", () => {
    expect(resolveConfig({ minObserved: 10 }).minObserved).toBe(10);
    expect(resolveConfig({ minObserved: undefined }).minObserved).toBe(DEFAULT_SURGE_CONFIG.minObserved);
    for (const bad of [{ windows: [] }, { windows: [0] }, { baselineDays: 1 }, { redP: 0.1, amberP: 0.05 }, { minRateRatio: 0.5 }, { dispersion: 0.5 }]) {
      expect(() => resolveConfig(bad)).toThrow(RangeError);
    }
  });

  it("is less eager with overdispersed data when told the dispersion", () => {
    const s = flatWithSurge(2, 4, 7);
    const poisson = evaluateSeries(s, lastDate(s));
    const overdispersed = evaluateSeries(s, lastDate(s), { dispersion: 2 });
    expect(overdispersed.pValue).toBeGreaterThan(poisson.pValue);
  });
});
