/**
 * Surge test for one series of daily report counts (one force area x one
 * scam script), in the spirit of CDC EARS C2 and ESSENCE. For each test
 * window length W (default 7 and 14 days):
 *
 *   window   = the W days ending on the evaluation date
 *   guard    = the `guardDays` days before the window, ignored
 *   baseline = the `baselineDays` (B) days before the guard band
 *
 * Reports are sparse (often 0-3 a day), where EARS' normal approximation
 * breaks down, so the test is exact for counts: with y reports in the
 * baseline and a gamma prior (shape a) on the daily rate, the number of
 * reports in the window if its rate were at most rho x the baseline rate
 * follows a negative binomial (the Poisson-gamma posterior predictive):
 *
 *   X ~ NegBin(size = y/phi + a, q = rho W / (B + rho W)),  p_W = P(X >= x/phi)
 *
 * This accounts for the uncertainty of a baseline estimated from few
 * reports, which a plug-in Poisson test ignores (and so over-alerts). phi
 * (config.dispersion) is the quasi-Poisson scale for overdispersed data.
 *
 * The 7-day window sees a new surge quickly; by the second week a surge's
 * first days have entered that window's baseline, while the 14-day window's
 * baseline is still clean, so a sustained surge stays red instead of fading.
 * The series' p-value is the smallest p_W times the number of windows
 * (Bonferroni), so looking twice does not double the false alarms.
 *
 * Red when p < redP, amber when p < amberP, and never unless the window
 * holds at least `minObserved` reports and `minExcess` more than expected.
 * Pure: the evaluation date is an argument, never the clock.
 */

import { resolveConfig, type SurgeConfig } from "./config";
import { denseCounts, fromDay, toDay, type DailyCount } from "./dates";
import { negativeBinomialUpperTail } from "./stats";

export type SurgeLevel = "red" | "amber" | "none";

export interface SurgeEvaluation {
  /** Evaluation date (last day of the window), YYYY-MM-DD. */
  date: string;
  level: SurgeLevel;
  /** Length of the test window that gave the decisive p-value. */
  windowDays: number;
  /** Reports in that window. */
  observed: number;
  /** Reports its baseline rate predicts for the window (baselineMean x windowDays). */
  expected: number;
  /** One-sided p-value, Bonferroni-corrected over the window lengths. */
  pValue: number;
  /** Standardised excess (observed - expected) / predictive sd, like EARS C2; for sorting and display. */
  statistic: number;
  /** Mean and sample standard deviation of the daily counts in that window's baseline. */
  baselineMean: number;
  baselineSd: number;
  window: { start: string; end: string };
  baseline: { start: string; end: string };
  /** Set when p was low enough to alert but the counts were too small to act on. */
  suppressedBy?: "min-observed" | "min-excess";
}

export interface WindowTest {
  observed: number;
  expected: number;
  /** Uncorrected p-value for this window. */
  pValue: number;
  statistic: number;
  /** Why this window cannot alert however small p is, if it cannot. */
  tooSmall?: "min-observed" | "min-excess";
}

/** The test on one window's totals. Exported for the unit tests and for callers with their own aggregates. */
export function testWindow(observed: number, baselineTotal: number, windowDays: number, config: SurgeConfig): WindowTest {
  const { baselineDays: b, dispersion: phi, priorShape: a, minRateRatio: rho } = config;
  const w = windowDays;
  const expected = (baselineTotal / b) * w;
  const pValue = negativeBinomialUpperTail(observed / phi, baselineTotal / phi + a, (rho * w) / (b + rho * w));
  // Predictive variance with rho = 1; the prior keeps it positive when the baseline is empty.
  const rate = (baselineTotal + a * phi) / b;
  const statistic = (observed - expected) / Math.sqrt(phi * rate * w * (1 + w / b));
  const tooSmall =
    observed < config.minObserved ? "min-observed" : observed - expected < config.minExcess ? "min-excess" : undefined;
  return { observed, expected, pValue, statistic, ...(tooSmall ? { tooSmall } : {}) };
}

function levelOf(pValue: number, config: SurgeConfig): SurgeLevel {
  return pValue < config.redP ? "red" : pValue < config.amberP ? "amber" : "none";
}

/**
 * Evaluate every day from `from` to `to` (inclusive) in one pass over the
 * series, using running sums. Use it to ask whether a surge was active on a
 * past date, or to find when the current one started.
 */
export function evaluateRange(
  daily: readonly DailyCount[],
  from: string,
  to: string,
  overrides: Partial<SurgeConfig> = {},
): SurgeEvaluation[] {
  const config = resolveConfig(overrides);
  const { guardDays: g, baselineDays: b, windows } = config;
  const firstEval = toDay(from);
  const lastEval = toDay(to);
  if (lastEval < firstEval) return [];
  const firstDay = firstEval - (Math.max(...windows) + g + b) + 1;
  const counts = denseCounts(daily, firstDay, lastEval);
  // prefix[i] = sum of counts[0..i-1]; squares likewise, for the baseline sd.
  const prefix = [0];
  const prefixSq = [0];
  counts.forEach((c, i) => {
    prefix.push((prefix[i] ?? 0) + c);
    prefixSq.push((prefixSq[i] ?? 0) + c * c);
  });
  const total = (p: number[], startDay: number, endDay: number) =>
    (p[endDay - firstDay + 1] ?? 0) - (p[startDay - firstDay] ?? 0); // inclusive day range

  const results: SurgeEvaluation[] = [];
  for (let day = firstEval; day <= lastEval; day++) {
    const tests = windows.map((w) => {
      const baselineEnd = day - w - g;
      const baselineStart = baselineEnd - b + 1;
      const observed = total(prefix, day - w + 1, day);
      const baselineTotal = total(prefix, baselineStart, baselineEnd);
      return { w, baselineStart, baselineEnd, baselineTotal, ...testWindow(observed, baselineTotal, w, config) };
    });
    // Prefer windows whose counts are big enough to act on; among them, the smallest p.
    const pool = tests.some((t) => !t.tooSmall) ? tests.filter((t) => !t.tooSmall) : tests;
    const best = pool.reduce((x, y) => (y.pValue < x.pValue ? y : x));
    const pValue = Math.min(1, best.pValue * windows.length);
    const significant = levelOf(pValue, config);
    const suppressedBy = significant !== "none" ? best.tooSmall : undefined;
    const baselineMean = best.baselineTotal / b;
    const sumSq = total(prefixSq, best.baselineStart, best.baselineEnd);
    const variance = (sumSq - b * baselineMean * baselineMean) / (b - 1);
    results.push({
      date: fromDay(day),
      level: suppressedBy ? "none" : significant,
      windowDays: best.w,
      observed: best.observed,
      expected: best.expected,
      pValue,
      statistic: best.statistic,
      baselineMean,
      baselineSd: Math.sqrt(Math.max(0, variance)),
      window: { start: fromDay(day - best.w + 1), end: fromDay(day) },
      baseline: { start: fromDay(best.baselineStart), end: fromDay(best.baselineEnd) },
      ...(suppressedBy ? { suppressedBy } : {}),
    });
  }
  return results;
}

/** Evaluate one series on one date. Missing days count as zero reports. */
export function evaluateSeries(
  daily: readonly DailyCount[],
  asOf: string,
  overrides: Partial<SurgeConfig> = {},
): SurgeEvaluation {
  const [result] = evaluateRange(daily, asOf, asOf, overrides);
  if (!result) throw new Error("unreachable: a one-day range yields one evaluation");
  return result;
}
