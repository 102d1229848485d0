// Money lost per bucket (GBP pence), with how many reports lost money in any currency and how
// many of those were in another currency (counted, never converted). Zero-filled buckets.
import { Prisma } from "../../generated/prisma/client";
import { bucketStarts } from "../../stats/buckets";
import { granularity, type DashboardFilters, type Granularity } from "../../stats/filters";
import { dayRange, usesRollup } from "../../stats/query-plan";
import { bucketSql } from "./bucket-sql";
import { factWhere, NOT_ROLLED_UP, ROLLED_UP, rollupWhere, sumOfParts, toNumber, type StatsDb } from "./stat-sql";

export interface LossOverTimeRow {
  bucket: string;
  lossGbpMinor: number;
  lostReports: number;
  otherCurrencyLosses: number;
}

export interface LossOverTime {
  granularity: Granularity;
  rows: LossOverTimeRow[];
}

export async function lossOverTime(prisma: StatsDb, filters: DashboardFilters): Promise<LossOverTime> {
  const g = granularity(filters);
  const range = dayRange(filters);
  const bucket = bucketSql(g);
  const perReport = (days: Prisma.Sql) => Prisma.sql`
    SELECT ${bucket} AS bucket, coalesce(sum(loss_gbp), 0)::bigint AS loss_gbp,
           count(*) FILTER (WHERE lost)::bigint AS lost, count(*) FILTER (WHERE loss_other)::bigint AS loss_other
    FROM report_stat WHERE ${factWhere(filters, range)} AND ${days} GROUP BY 1`;
  const rows = await prisma.$queryRaw<{ bucket: string; loss_gbp: unknown; lost: unknown; loss_other: unknown }[]>(
    usesRollup(filters)
      ? sumOfParts(
          ["bucket"],
          ["loss_gbp", "lost", "loss_other"],
          Prisma.sql`SELECT ${bucket} AS bucket, sum(loss_gbp)::bigint AS loss_gbp,
                            coalesce(sum(reports) FILTER (WHERE lost), 0)::bigint AS lost, sum(loss_other)::bigint AS loss_other
                     FROM report_stat_daily WHERE ${rollupWhere(filters, range, { perScript: false })} AND ${ROLLED_UP} GROUP BY 1`,
          perReport(NOT_ROLLED_UP),
        )
      : perReport(Prisma.sql`TRUE`),
  );
  const byBucket = new Map(rows.map((r) => [r.bucket, r]));
  return {
    granularity: g,
    rows: bucketStarts(filters, g).map((b) => {
      const r = byBucket.get(b);
      return {
        bucket: b,
        lossGbpMinor: toNumber(r?.loss_gbp),
        lostReports: toNumber(r?.lost),
        otherCurrencyLosses: toNumber(r?.loss_other),
      };
    }),
  };
}
