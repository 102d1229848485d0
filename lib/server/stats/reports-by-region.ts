// Reports per police force area in the range and in the period of the same length before it,
// for the bar chart and the tile map (coloured by count or by change). Every area in scope is
// listed, zero included, so the map has no holes.
import { Prisma } from "../../generated/prisma/client";
import { previousPeriod, type DashboardFilters } from "../../stats/filters";
import { areaScope, dayRange, regionsInScope, usesRollup } from "../../stats/query-plan";
import { factWhere, NOT_ROLLED_UP, ROLLED_UP, rollupWhere, sumOfParts, toNumber, type StatsDb } from "./stat-sql";

export interface RegionCountRow {
  regionId: string;
  reports: number;
  previousReports: number;
}

export async function reportsByRegion(prisma: StatsDb, filters: DashboardFilters): Promise<RegionCountRow[]> {
  const cur = dayRange(filters);
  const both = { fromDay: dayRange(previousPeriod(filters)).fromDay, toDay: cur.toDay };
  const regions = regionsInScope(areaScope(filters));
  const isCurrent = Prisma.sql`day >= ${cur.fromDay}::date`;
  const perReport = (days: Prisma.Sql) => Prisma.sql`
    SELECT region_id, count(*) FILTER (WHERE ${isCurrent})::bigint AS cur, count(*) FILTER (WHERE NOT ${isCurrent})::bigint AS prev
    FROM report_stat WHERE ${factWhere(filters, both)} AND ${days} GROUP BY 1`;
  const rows = await prisma.$queryRaw<{ region_id: string; cur: unknown; prev: unknown }[]>(
    usesRollup(filters, { byRegion: true })
      ? sumOfParts(
          ["region_id"],
          ["cur", "prev"],
          Prisma.sql`SELECT area AS region_id, coalesce(sum(reports) FILTER (WHERE ${isCurrent}), 0)::bigint AS cur,
                            coalesce(sum(reports) FILTER (WHERE NOT ${isCurrent}), 0)::bigint AS prev
                     FROM report_stat_daily WHERE ${rollupWhere(filters, both, { areas: regions, perScript: false })} AND ${ROLLED_UP}
                     GROUP BY 1`,
          perReport(NOT_ROLLED_UP),
        )
      : perReport(Prisma.sql`TRUE`),
  );
  const byRegion = new Map(rows.map((r) => [r.region_id, r]));
  return regions.map((regionId) => ({
    regionId,
    reports: toNumber(byRegion.get(regionId)?.cur),
    previousReports: toNumber(byRegion.get(regionId)?.prev),
  }));
}
