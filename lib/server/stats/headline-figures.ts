// Headline figures for the range and for the period of the same length just before it.
// Money is GBP minor units (pence). Losses in other currencies (or none stated) are counted
// in lostReports and otherCurrencyLosses but never summed or converted: there is no exchange
// rate we could defend in court, and a mixed-currency total would be wrong.
import { Prisma } from "../../generated/prisma/client";
import { previousPeriod, type DashboardFilters } from "../../stats/filters";
import { dayRange, usesRollup } from "../../stats/query-plan";
import { medianOfCounts } from "../../stats/median";
import { factWhere, NOT_ROLLED_UP, ROLLED_UP, rollupWhere, sumOfParts, toNumber, type StatsDb } from "./stat-sql";

export interface PeriodFigures {
  reports: number;
  /** Reports that lost money, in any currency. */
  lostReports: number;
  /** lostReports / reports; null when there are no reports. */
  lostShare: number | null;
  /** Sum of GBP losses, in pence. */
  lossGbpMinor: number;
  /** Median of GBP losses above zero, in pence (halfway between the middle two); null when none. */
  medianLossGbpMinor: number | null;
  /** Reports that lost money in another or an unstated currency: in lostReports, not in the sums. */
  otherCurrencyLosses: number;
}

export interface HeadlineFigures {
  current: PeriodFigures;
  previous: PeriodFigures;
}

interface TotalsRow {
  current: boolean;
  reports: unknown;
  lost: unknown;
  loss_gbp: unknown;
  loss_other: unknown;
}

export async function headlineFigures(prisma: StatsDb, filters: DashboardFilters): Promise<HeadlineFigures> {
  const cur = dayRange(filters);
  const prev = dayRange(previousPeriod(filters));
  // Both periods in one pass: they are adjacent, so the scan is [previous start, current end).
  const both = { fromDay: prev.fromDay, toDay: cur.toDay };
  const isCurrent = Prisma.sql`(day >= ${cur.fromDay}::date)`;

  const perReport = (days: Prisma.Sql) => Prisma.sql`
    SELECT ${isCurrent} AS current, count(*)::bigint AS reports, count(*) FILTER (WHERE lost)::bigint AS lost,
           coalesce(sum(loss_gbp), 0)::bigint AS loss_gbp, count(*) FILTER (WHERE loss_other)::bigint AS loss_other
    FROM report_stat WHERE ${factWhere(filters, both)} AND ${days} GROUP BY 1`;
  const totals = prisma.$queryRaw<TotalsRow[]>(
    usesRollup(filters)
      ? sumOfParts(
          ["current"],
          ["reports", "lost", "loss_gbp", "loss_other"],
          Prisma.sql`
            SELECT ${isCurrent} AS current, sum(reports)::bigint AS reports, coalesce(sum(reports) FILTER (WHERE lost), 0)::bigint AS lost,
                   sum(loss_gbp)::bigint AS loss_gbp, sum(loss_other)::bigint AS loss_other
            FROM report_stat_daily WHERE ${rollupWhere(filters, both, { perScript: false })} AND ${ROLLED_UP} GROUP BY 1`,
          perReport(NOT_ROLLED_UP),
        )
      : perReport(Prisma.sql`TRUE`),
  );

  // A median cannot be added up from daily rows, so it reads the GBP losses themselves, from
  // a partial index holding just those. Amounts repeat (GBP 50, GBP 100...), so counting each
  // amount and walking the counts here is exact and avoids sorting every loss in the database.
  const amounts = prisma.$queryRaw<{ current: boolean; amount: unknown; n: unknown }[]>(Prisma.sql`
    SELECT ${isCurrent} AS current, loss_gbp AS amount, count(*)::bigint AS n
    FROM report_stat WHERE ${factWhere(filters, both)} AND loss_gbp > 0
    GROUP BY 1, 2`);

  const [totalRows, amountRows] = await Promise.all([totals, amounts]);
  const period = (current: boolean): PeriodFigures => {
    const t = totalRows.find((r) => r.current === current);
    const reports = toNumber(t?.reports);
    const lostReports = toNumber(t?.lost);
    const median = medianOfCounts(
      amountRows.filter((r) => r.current === current).map((r) => ({ value: toNumber(r.amount), count: toNumber(r.n) })),
    );
    return {
      reports,
      lostReports,
      lostShare: reports ? lostReports / reports : null,
      lossGbpMinor: toNumber(t?.loss_gbp),
      medianLossGbpMinor: median === null ? null : Math.round(median),
      otherCurrencyLosses: toNumber(t?.loss_other),
    };
  };
  return { current: period(true), previous: period(false) };
}
