// Reports per channel (every channel listed, zero included, in CHANNELS order).
import { Prisma } from "../../generated/prisma/client";
import type { DashboardFilters } from "../../stats/filters";
import { dayRange, usesRollup } from "../../stats/query-plan";
import { CHANNELS, type Channel } from "../../tagging/labels";
import { factWhere, NOT_ROLLED_UP, ROLLED_UP, rollupWhere, sumOfParts, toNumber, type StatsDb } from "./stat-sql";

export interface ChannelCountRow {
  channel: Channel;
  reports: number;
}

export async function channelMix(prisma: StatsDb, filters: DashboardFilters): Promise<ChannelCountRow[]> {
  const range = dayRange(filters);
  const perReport = (days: Prisma.Sql) => Prisma.sql`
    SELECT channel::text AS channel, count(*)::bigint AS n FROM report_stat WHERE ${factWhere(filters, range)} AND ${days} GROUP BY 1`;
  const rows = await prisma.$queryRaw<{ channel: string; n: unknown }[]>(
    usesRollup(filters)
      ? sumOfParts(
          ["channel"],
          ["n"],
          // channel_counts[i] counts the i-th value of the Channel enum; the label is looked up
          // once per channel after summing, not once per row.
          Prisma.sql`SELECT (enum_range(NULL::"Channel"))[i]::text AS channel, n FROM (
                       SELECT u.i, sum(u.n)::bigint AS n
                       FROM report_stat_daily d CROSS JOIN LATERAL unnest(d.channel_counts) WITH ORDINALITY AS u(n, i)
                       WHERE ${rollupWhere(filters, range, { perScript: false })} AND ${ROLLED_UP} GROUP BY 1) AS by_index`,
          perReport(NOT_ROLLED_UP),
        )
      : perReport(Prisma.sql`TRUE`),
  );
  const byChannel = new Map(rows.map((r) => [r.channel, toNumber(r.n)]));
  return CHANNELS.map((channel) => ({ channel, reports: byChannel.get(channel) ?? 0 }));
}
