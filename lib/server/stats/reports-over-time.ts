// Reports per bucket (day, ISO week or month, from the range's length), stacked by script.
// Every bucket in the range is present, zero when nothing was reported.
import { Prisma } from "../../generated/prisma/client";
import { bucketStarts, fillBuckets } from "../../stats/buckets";
import { granularity, type DashboardFilters, type Granularity } from "../../stats/filters";
import { dayRange, usesRollup } from "../../stats/query-plan";
import { SCRIPTS, type Script } from "../../tagging/labels";
import { bucketSql } from "./bucket-sql";
import { factWhere, NOT_ROLLED_UP, ROLLED_UP, rollupWhere, sumOfParts, toNumber, type StatsDb } from "./stat-sql";

export interface ReportsOverTimeRow {
  /** First day of the bucket, YYYY-MM-DD (London). */
  bucket: string;
  total: number;
  byScript: Record<Script, number>;
}

export interface ReportsOverTime {
  granularity: Granularity;
  rows: ReportsOverTimeRow[];
}

export async function reportsOverTime(prisma: StatsDb, filters: DashboardFilters): Promise<ReportsOverTime> {
  const g = granularity(filters);
  const range = dayRange(filters);
  const bucket = bucketSql(g);
  const perReport = (days: Prisma.Sql) => Prisma.sql`
    SELECT ${bucket} AS bucket, script::text AS script, count(*)::bigint AS n
    FROM report_stat WHERE ${factWhere(filters, range)} AND ${days} GROUP BY 1, 2`;
  const rows = await prisma.$queryRaw<{ bucket: string; script: Script; n: unknown }[]>(
    usesRollup(filters, { byScript: true })
      ? sumOfParts(
          ["bucket", "script"],
          ["n"],
          Prisma.sql`SELECT ${bucket} AS bucket, script, sum(reports)::bigint AS n
                     FROM report_stat_daily WHERE ${rollupWhere(filters, range)} AND ${ROLLED_UP} GROUP BY 1, 2`,
          perReport(NOT_ROLLED_UP),
        )
      : perReport(Prisma.sql`TRUE`),
  );
  const filled = fillBuckets(
    bucketStarts(filters, g),
    SCRIPTS,
    rows.map((r) => ({ bucket: r.bucket, key: r.script, value: toNumber(r.n) })),
  );
  return {
    granularity: g,
    rows: filled.map(({ bucket: b, values }) => ({
      bucket: b,
      total: SCRIPTS.reduce((sum, s) => sum + values[s], 0),
      byScript: values,
    })),
  };
}
