// Reports showing each tactic (every tactic listed, in TACTICS order). A report can show
// several tactics, so the counts add up to more than the number of reports.
import { Prisma } from "../../generated/prisma/client";
import type { DashboardFilters } from "../../stats/filters";
import { dayRange, tacticMask, usesRollup } from "../../stats/query-plan";
import { TACTICS, type Tactic } from "../../tagging/labels";
import { factWhere, NOT_ROLLED_UP, ROLLED_UP, rollupWhere, sumOfParts, toNumber, type StatsDb } from "./stat-sql";

export interface TacticCountRow {
  tactic: Tactic;
  reports: number;
}

export async function tacticCounts(prisma: StatsDb, filters: DashboardFilters): Promise<TacticCountRow[]> {
  const range = dayRange(filters);
  // Per report: one pass with a filtered count per tactic bit (rather than multiplying rows by
  // twelve), then one row per tactic. stat_tactic_labels() is kept equal to TACTICS by a test.
  const counts = Prisma.join(
    TACTICS.map((t) => Prisma.sql`count(*) FILTER (WHERE (tactic_mask & ${tacticMask([t])}::integer) <> 0)::bigint`),
  );
  const perReport = (days: Prisma.Sql) => Prisma.sql`
    SELECT t.tactic, t.n FROM (SELECT ARRAY[${counts}] AS a FROM report_stat WHERE ${factWhere(filters, range)} AND ${days}) AS x
    CROSS JOIN LATERAL unnest(x.a, stat_tactic_labels()) AS t(n, tactic)`;
  const rows = await prisma.$queryRaw<{ tactic: string; n: unknown }[]>(
    usesRollup(filters)
      ? sumOfParts(
          ["tactic"],
          ["n"],
          Prisma.sql`SELECT (stat_tactic_labels())[u.i] AS tactic, sum(u.n)::bigint AS n
                     FROM report_stat_daily d CROSS JOIN LATERAL unnest(d.tactic_counts) WITH ORDINALITY AS u(n, i)
                     WHERE ${rollupWhere(filters, range, { perScript: false })} AND ${ROLLED_UP} GROUP BY 1`,
          perReport(NOT_ROLLED_UP),
        )
      : perReport(Prisma.sql`TRUE`),
  );
  const byTactic = new Map(rows.map((r) => [r.tactic, toNumber(r.n)]));
  return TACTICS.map((tactic) => ({ tactic, reports: byTactic.get(tactic) ?? 0 }));
}
