// Moves report_stat_daily on to the start of today (London), a few days per transaction, so
// dashboard questions read daily rows instead of single reports for every finished day. Run it
// on a schedule (the worker) and after bulk loads; until it runs, answers are still exact,
// only slower, because queries read days not yet rolled up from report_stat.
import type { PrismaClient } from "../../generated/prisma/client";
import { addDays, londonDate } from "../../stats/london-days";
import { toNumber } from "./stat-sql";

export interface RollUpResult {
  /** Days before this one (YYYY-MM-DD) are in report_stat_daily; null while there are no reports. */
  rolledUpTo: string | null;
  /** report_stat rows added to the daily table by this run. */
  reports: number;
}

type Db = Pick<PrismaClient, "$queryRaw">;

async function state(prisma: Db): Promise<{ upto: string | null; first: string | null }> {
  const [row] = await prisma.$queryRaw<{ upto: string | null; first: string | null }[]>`
    SELECT to_char(rolled_up_to, 'YYYY-MM-DD') AS upto, (SELECT to_char(min(day), 'YYYY-MM-DD') FROM report_stat) AS first
    FROM report_stat_state WHERE id = 1`;
  return row ?? { upto: null, first: null };
}

/**
 * Each step holds the roll-up lock, which makes report inserts into already rolled-up days
 * wait, so steps are kept short (`daysPerStep`, default 31: about 60,000 reports at 1M a year).
 */
export async function rollUpStats(prisma: Db, now: Date, opts: { daysPerStep?: number } = {}): Promise<RollUpResult> {
  const step = opts.daysPerStep ?? 31;
  const today = londonDate(now);
  let { upto, first } = await state(prisma);
  let reports = 0;
  let from = upto ?? first;
  while (from !== null && from < today) {
    const next = addDays(from, step) < today ? addDays(from, step) : today;
    const [row] = await prisma.$queryRaw<{ added: unknown }[]>`SELECT report_stat_roll_up(${next}::date) AS added`;
    reports += toNumber(row?.added);
    ({ upto, first } = await state(prisma));
    // Another run may have gone further meanwhile; stop rather than loop if nothing moved.
    if (upto === null || upto <= from) break;
    from = upto;
  }
  return { rolledUpTo: upto, reports };
}
