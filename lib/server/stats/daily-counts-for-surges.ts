// Daily report counts per police force area x script, for the surge detector (lib/surge).
// Only days with reports are returned; the detector fills the gaps with zeros. Spam and
// duplicates are not counted. Days are Europe/London days in [from, to).
import { Prisma } from "../../generated/prisma/client";
import { dayRange } from "../../stats/query-plan";
import { REGIONS } from "../../domain/regions";
import { SCRIPTS, type Script } from "../../tagging/labels";
import { NOT_ROLLED_UP, ROLLED_UP, toNumber, type StatsDb } from "./stat-sql";

export interface DailyCountRow {
  /** YYYY-MM-DD */
  date: string;
  regionId: string;
  script: Script;
  count: number;
}

export async function dailyCountsForSurges(prisma: StatsDb, range: { from: Date; to: Date }): Promise<DailyCountRow[]> {
  const { fromDay, toDay } = dayRange(range);
  const regions = REGIONS.map((r) => r.id);
  // One row per area x script with its days as arrays: a 101-day window is ~30,000 counts, and
  // ~300 rows carry them far faster through the driver than 30,000 would.
  const rows = await prisma.$queryRaw<{ region_id: string; script: Script; dates: string[]; counts: unknown[] }[]>(Prisma.sql`
    SELECT region_id, script, array_agg(to_char(day, 'YYYY-MM-DD') ORDER BY day) AS dates, array_agg(n ORDER BY day) AS counts
    FROM (
      SELECT day, region_id, script, sum(n)::integer AS n FROM (
        SELECT day, area AS region_id, script, sum(reports)::bigint AS n
        FROM report_stat_daily
        WHERE area = ANY(${regions}::text[]) AND facet = '' AND day >= ${fromDay}::date AND day < ${toDay}::date
          AND script = ANY(${SCRIPTS}::text[]) AND ${ROLLED_UP}
        GROUP BY 1, 2, 3
        UNION ALL
        SELECT day, region_id, script::text, count(*)::bigint
        FROM report_stat WHERE day >= ${fromDay}::date AND day < ${toDay}::date AND ${NOT_ROLLED_UP}
        GROUP BY 1, 2, 3
      ) AS parts
      GROUP BY day, region_id, script
      HAVING sum(n) > 0
    ) AS daily
    GROUP BY region_id, script`);
  const out = rows.flatMap((r) =>
    r.dates.map((date, i) => ({ date, regionId: r.region_id, script: r.script, count: toNumber(r.counts[i]) })),
  );
  // Day, then area, then script, as a plain ORDER BY would give (in code-point order).
  const key = (x: DailyCountRow) => `${x.date}\u0000${x.regionId}\u0000${x.script}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
