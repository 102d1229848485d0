// The dashboard questions answered the obvious way, by GROUP BY over the raw report table with
// only its own indexes: the baseline `npm run bench:dashboard` measures against, and a check
// that the rollup answers the same at 1,000,000 reports. Same result shapes as lib/server/stats.
import { Prisma } from "@/lib/generated/prisma/client";
import type { HeadlineFigures, PeriodFigures } from "@/lib/server/stats/headline-figures";
import type { StatsDb } from "@/lib/server/stats/stat-sql";
import { toNumber } from "@/lib/server/stats/stat-sql";
import { bucketStarts, fillBuckets } from "@/lib/stats/buckets";
import { granularity, previousPeriod, type DashboardFilters } from "@/lib/stats/filters";
import { areaScope, brandKey, regionsInScope } from "@/lib/stats/query-plan";
import { CHANNELS, SCRIPTS, TACTICS, type Script } from "@/lib/tagging/labels";

const DAY = Prisma.sql`(received_at AT TIME ZONE 'Europe/London')::date`;
const LOST = Prisma.sql`coalesce(loss_amount_minor, 0) > 0`;
const GBP = Prisma.sql`CASE WHEN loss_currency = 'GBP' AND loss_amount_minor > 0 THEN loss_amount_minor ELSE 0 END`;

function where(f: DashboardFilters, from: Date, to: Date): Prisma.Sql {
  const scope = areaScope(f);
  const parts = [
    Prisma.sql`received_at >= ${from}`,
    Prisma.sql`received_at < ${to}`,
    Prisma.sql`status NOT IN ('spam', 'duplicate')`,
  ];
  if (scope.level !== "all") parts.push(Prisma.sql`region_id = ANY(${scope.regions}::text[])`);
  if (f.scripts.length) parts.push(Prisma.sql`script = ANY(${f.scripts}::text[]::"Script"[])`);
  if (f.channels.length) parts.push(Prisma.sql`channel = ANY(${f.channels}::text[]::"Channel"[])`);
  if (f.brands.length) parts.push(Prisma.sql`nullif(lower(btrim(brand)), '') = ANY(${f.brands.map(brandKey)}::text[])`);
  if (f.tactics.length) parts.push(Prisma.sql`tactics && ${f.tactics}::text[]`);
  if (f.lost === "yes") parts.push(LOST);
  if (f.lost === "no") parts.push(Prisma.sql`NOT (${LOST})`);
  return Prisma.join(parts, " AND ");
}

const bucket = (f: DashboardFilters) => Prisma.sql`to_char(date_trunc(${granularity(f)}::text, ${DAY}::timestamp), 'YYYY-MM-DD')`;

async function period(db: StatsDb, f: DashboardFilters): Promise<PeriodFigures> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT count(*)::bigint AS reports, count(*) FILTER (WHERE ${LOST})::bigint AS lost, coalesce(sum(${GBP}), 0)::bigint AS gbp,
           count(*) FILTER (WHERE ${LOST} AND loss_currency IS DISTINCT FROM 'GBP')::bigint AS other,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${GBP}) FILTER (WHERE ${GBP} > 0) AS median
    FROM report WHERE ${where(f, f.from, f.to)}`);
  const reports = toNumber(row?.reports);
  const lostReports = toNumber(row?.lost);
  return {
    reports,
    lostReports,
    lostShare: reports ? lostReports / reports : null,
    lossGbpMinor: toNumber(row?.gbp),
    medianLossGbpMinor: row?.median == null ? null : Math.round(toNumber(row.median)),
    otherCurrencyLosses: toNumber(row?.other),
  };
}

export async function naiveHeadline(db: StatsDb, f: DashboardFilters): Promise<HeadlineFigures> {
  return { current: await period(db, f), previous: await period(db, previousPeriod(f)) };
}

export async function naiveReportsOverTime(db: StatsDb, f: DashboardFilters) {
  const rows = await db.$queryRaw<{ b: string; script: Script; n: unknown }[]>(Prisma.sql`
    SELECT ${bucket(f)} AS b, script::text AS script, count(*)::bigint AS n FROM report WHERE ${where(f, f.from, f.to)} GROUP BY 1, 2`);
  const g = granularity(f);
  const filled = fillBuckets(bucketStarts(f, g), SCRIPTS, rows.map((r) => ({ bucket: r.b, key: r.script, value: toNumber(r.n) })));
  return {
    granularity: g,
    rows: filled.map(({ bucket: b, values }) => ({ bucket: b, total: SCRIPTS.reduce((s, k) => s + values[k], 0), byScript: values })),
  };
}

export async function naiveReportsByRegion(db: StatsDb, f: DashboardFilters) {
  const prev = previousPeriod(f);
  const rows = await db.$queryRaw<{ region_id: string; cur: unknown; prev: unknown }[]>(Prisma.sql`
    SELECT region_id, count(*) FILTER (WHERE received_at >= ${f.from})::bigint AS cur,
           count(*) FILTER (WHERE received_at < ${f.from})::bigint AS prev
    FROM report WHERE ${where(f, prev.from, f.to)} GROUP BY 1`);
  const by = new Map(rows.map((r) => [r.region_id, r]));
  return regionsInScope(areaScope(f)).map((regionId) => ({
    regionId,
    reports: toNumber(by.get(regionId)?.cur),
    previousReports: toNumber(by.get(regionId)?.prev),
  }));
}

export async function naiveChannelMix(db: StatsDb, f: DashboardFilters) {
  const rows = await db.$queryRaw<{ channel: string; n: unknown }[]>(Prisma.sql`
    SELECT channel::text AS channel, count(*)::bigint AS n FROM report WHERE ${where(f, f.from, f.to)} GROUP BY 1`);
  const by = new Map(rows.map((r) => [r.channel, toNumber(r.n)]));
  return CHANNELS.map((channel) => ({ channel, reports: by.get(channel) ?? 0 }));
}

export async function naiveTacticCounts(db: StatsDb, f: DashboardFilters) {
  const rows = await db.$queryRaw<{ tactic: string; n: unknown }[]>(Prisma.sql`
    SELECT t AS tactic, count(DISTINCT id)::bigint AS n FROM report, unnest(tactics) AS t WHERE ${where(f, f.from, f.to)} GROUP BY 1`);
  const by = new Map(rows.map((r) => [r.tactic, toNumber(r.n)]));
  return TACTICS.map((tactic) => ({ tactic, reports: by.get(tactic) ?? 0 }));
}

export async function naiveLossOverTime(db: StatsDb, f: DashboardFilters) {
  const rows = await db.$queryRaw<{ b: string; gbp: unknown; lost: unknown; other: unknown }[]>(Prisma.sql`
    SELECT ${bucket(f)} AS b, coalesce(sum(${GBP}), 0)::bigint AS gbp, count(*) FILTER (WHERE ${LOST})::bigint AS lost,
           count(*) FILTER (WHERE ${LOST} AND loss_currency IS DISTINCT FROM 'GBP')::bigint AS other
    FROM report WHERE ${where(f, f.from, f.to)} GROUP BY 1`);
  const by = new Map(rows.map((r) => [r.b, r]));
  const g = granularity(f);
  return {
    granularity: g,
    rows: bucketStarts(f, g).map((b) => ({
      bucket: b,
      lossGbpMinor: toNumber(by.get(b)?.gbp),
      lostReports: toNumber(by.get(b)?.lost),
      otherCurrencyLosses: toNumber(by.get(b)?.other),
    })),
  };
}

export async function naiveDailyCounts(db: StatsDb, range: { from: Date; to: Date }) {
  const rows = await db.$queryRaw<{ date: string; region_id: string; script: Script; n: unknown }[]>(Prisma.sql`
    SELECT to_char(${DAY}, 'YYYY-MM-DD') AS date, region_id, script::text AS script, count(*)::bigint AS n
    FROM report WHERE received_at >= ${range.from} AND received_at < ${range.to} AND status NOT IN ('spam', 'duplicate')
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
  return rows.map((r) => ({ date: r.date, regionId: r.region_id, script: r.script, count: toNumber(r.n) }));
}
