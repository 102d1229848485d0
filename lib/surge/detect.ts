/**
 * Surge alerts across many series (force area x script) on one date, in the
 * shape the alerts page and the scheduled job need.
 */

import { resolveConfig, type SurgeConfig } from "./config";
import { denseCounts, fromDay, toDay, type DailyCount } from "./dates";
import { evaluateRange } from "./evaluate";

export interface SurgeSeries {
  key: { regionId: string; script: string };
  daily: readonly DailyCount[];
}

export interface SurgeAlert {
  regionId: string;
  script: string;
  level: "red" | "amber";
  /** Evaluation date (last day of the window). */
  date: string;
  /** Length of the test window behind observed / expected (7 or 14 days by default). */
  windowDays: number;
  /** First day of the unbroken run of alerting days that ends on `date`. */
  since: string;
  observed: number;
  expected: number;
  pValue: number;
  statistic: number;
  baselineMean: number;
  baselineSd: number;
  /** Daily counts for a sparkline, oldest first, gaps filled with zero. */
  recent: DailyCount[];
}

export interface DetectOptions {
  /** Evaluation date, YYYY-MM-DD. An earlier date answers "was a surge active then?". */
  asOf: string;
  config?: Partial<SurgeConfig>;
}

const LEVEL_ORDER = { red: 0, amber: 1 } as const;

export function detectSurges(series: readonly SurgeSeries[], options: DetectOptions): SurgeAlert[] {
  const config = resolveConfig(options.config);
  const asOfDay = toDay(options.asOf);
  const lookbackStart = fromDay(asOfDay - config.sinceLookbackDays);
  const alerts: SurgeAlert[] = [];

  for (const { key, daily } of series) {
    // One pass evaluates today and the lookback days used to find `since`.
    const timeline = evaluateRange(daily, lookbackStart, options.asOf, config);
    const today = timeline[timeline.length - 1];
    if (!today || today.level === "none") continue;
    let since = today.date;
    for (let i = timeline.length - 2; i >= 0 && timeline[i]?.level !== "none"; i--) since = timeline[i]?.date ?? since;

    const firstSparkDay = asOfDay - config.sparklineDays + 1;
    const counts = denseCounts(daily, firstSparkDay, asOfDay);
    alerts.push({
      regionId: key.regionId,
      script: key.script,
      level: today.level,
      date: today.date,
      windowDays: today.windowDays,
      since,
      observed: today.observed,
      expected: today.expected,
      pValue: today.pValue,
      statistic: today.statistic,
      baselineMean: today.baselineMean,
      baselineSd: today.baselineSd,
      recent: counts.map((count, i) => ({ date: fromDay(firstSparkDay + i), count })),
    });
  }

  // Most urgent first; ties broken by name so the order is stable.
  return alerts.sort(
    (x, y) =>
      LEVEL_ORDER[x.level] - LEVEL_ORDER[y.level] ||
      x.pValue - y.pValue ||
      x.regionId.localeCompare(y.regionId) ||
      x.script.localeCompare(y.script),
  );
}
