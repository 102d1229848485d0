// The dashboard questions answered the slow, obvious way over the test's own list of reports:
// what the SQL (rollup or per-report table) must agree with.
import type { DailyCountRow } from "@/lib/server/stats/daily-counts-for-surges";
import type { HeadlineFigures, PeriodFigures } from "@/lib/server/stats/headline-figures";
import type { RegionCountRow } from "@/lib/server/stats/reports-by-region";
import { bucketOf, bucketStarts } from "@/lib/stats/buckets";
import { granularity, previousPeriod, type DashboardFilters } from "@/lib/stats/filters";
import { londonDate } from "@/lib/stats/london-days";
import { areaScope, regionsInScope } from "@/lib/stats/query-plan";
import { CHANNELS, SCRIPTS, TACTICS } from "@/lib/tagging/labels";
import type { TestReport } from "./stats-fixtures";

const counted = (r: TestReport) => r.status !== "spam" && r.status !== "duplicate";
const lost = (r: TestReport) => (r.lossAmountMinor ?? 0) > 0;
const gbpLoss = (r: TestReport) => (lost(r) && r.lossCurrency === "GBP" ? r.lossAmountMinor! : 0);
const dayOf = (r: TestReport) => londonDate(r.receivedAt);

export function matching(reports: TestReport[], f: DashboardFilters): TestReport[] {
  const fromDay = londonDate(f.from);
  const toDay = londonDate(f.to);
  const scope = areaScope(f);
  const regions = scope.level === "all" ? null : new Set(scope.regions);
  const brands = new Set(f.brands.map((b) => b.trim().toLowerCase()));
  return reports.filter((r) => {
    const day = dayOf(r);
    return (
      counted(r) &&
      day >= fromDay &&
      day < toDay &&
      (!regions || regions.has(r.regionId)) &&
      (!f.scripts.length || f.scripts.includes(r.script)) &&
      (!f.channels.length || f.channels.includes(r.channel)) &&
      (!brands.size || (r.brand !== null && brands.has(r.brand.trim().toLowerCase()))) &&
      (!f.tactics.length || r.tactics.some((t) => f.tactics.includes(t))) &&
      (f.lost === "any" || (f.lost === "yes") === lost(r))
    );
  });
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2);
}

function figures(rs: TestReport[]): PeriodFigures {
  const lostReports = rs.filter(lost).length;
  return {
    reports: rs.length,
    lostReports,
    lostShare: rs.length ? lostReports / rs.length : null,
    lossGbpMinor: rs.reduce((n, r) => n + gbpLoss(r), 0),
    medianLossGbpMinor: median(rs.map(gbpLoss).filter((x) => x > 0)),
    otherCurrencyLosses: rs.filter((r) => lost(r) && r.lossCurrency !== "GBP").length,
  };
}

export function expectedHeadline(reports: TestReport[], f: DashboardFilters): HeadlineFigures {
  return { current: figures(matching(reports, f)), previous: figures(matching(reports, previousPeriod(f))) };
}

export function expectedOverTime(reports: TestReport[], f: DashboardFilters) {
  const g = granularity(f);
  const rows = bucketStarts(f, g).map((bucket) => ({
    bucket,
    total: 0,
    byScript: Object.fromEntries(SCRIPTS.map((s) => [s, 0])) as Record<(typeof SCRIPTS)[number], number>,
  }));
  const byBucket = new Map(rows.map((r) => [r.bucket, r]));
  for (const r of matching(reports, f)) {
    const row = byBucket.get(bucketOf(dayOf(r), g))!;
    row.total++;
    row.byScript[r.script]++;
  }
  return { granularity: g, rows };
}

export function expectedLossOverTime(reports: TestReport[], f: DashboardFilters) {
  const g = granularity(f);
  const rows = bucketStarts(f, g).map((bucket) => ({ bucket, lossGbpMinor: 0, lostReports: 0, otherCurrencyLosses: 0 }));
  const byBucket = new Map(rows.map((r) => [r.bucket, r]));
  for (const r of matching(reports, f)) {
    const row = byBucket.get(bucketOf(dayOf(r), g))!;
    row.lossGbpMinor += gbpLoss(r);
    if (lost(r)) row.lostReports++;
    if (lost(r) && r.lossCurrency !== "GBP") row.otherCurrencyLosses++;
  }
  return { granularity: g, rows };
}

export function expectedByRegion(reports: TestReport[], f: DashboardFilters): RegionCountRow[] {
  const cur = matching(reports, f);
  const prev = matching(reports, previousPeriod(f));
  return regionsInScope(areaScope(f)).map((regionId) => ({
    regionId,
    reports: cur.filter((r) => r.regionId === regionId).length,
    previousReports: prev.filter((r) => r.regionId === regionId).length,
  }));
}

export function expectedChannelMix(reports: TestReport[], f: DashboardFilters) {
  const rs = matching(reports, f);
  return CHANNELS.map((channel) => ({ channel, reports: rs.filter((r) => r.channel === channel).length }));
}

export function expectedTacticCounts(reports: TestReport[], f: DashboardFilters) {
  const rs = matching(reports, f);
  return TACTICS.map((tactic) => ({ tactic, reports: rs.filter((r) => r.tactics.includes(tactic)).length }));
}

export function expectedDailyCounts(reports: TestReport[], range: { from: Date; to: Date }): DailyCountRow[] {
  const fromDay = londonDate(range.from);
  const toDay = londonDate(range.to);
  const counts = new Map<string, DailyCountRow>();
  for (const r of reports) {
    const date = dayOf(r);
    if (!counted(r) || date < fromDay || date >= toDay) continue;
    const key = `${date}|${r.regionId}|${r.script}`;
    const row = counts.get(key) ?? { date, regionId: r.regionId, script: r.script, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  const order = (a: DailyCountRow) => `${a.date}|${a.regionId}|${a.script}`;
  return [...counts.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
