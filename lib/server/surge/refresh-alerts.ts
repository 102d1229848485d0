// Recomputes today's surge alerts from daily counts (lib/surge does the statistics) and
// stores them in surge_alert, replacing the previous run's answer for the same day.
import type { PrismaClient } from "../../generated/prisma/client";
import type { Script } from "../../generated/prisma/enums";
import { addDays, londonDate, londonMidnight } from "../../stats/london-days";
import { detectSurges, DEFAULT_SURGE_CONFIG, type SurgeSeries } from "../../surge";
import { toPrismaEnum } from "../enum-map";
import { dailyCountsForSurges } from "../stats/daily-counts-for-surges";

export async function refreshSurgeAlerts(prisma: PrismaClient, now: Date): Promise<{ asOf: string; alerts: number }> {
  const asOf = londonDate(now);
  const c = DEFAULT_SURGE_CONFIG;
  const lookback = c.baselineDays + c.guardDays + Math.max(...c.windows) + c.sinceLookbackDays + 1;
  const rows = await dailyCountsForSurges(prisma, {
    from: londonMidnight(addDays(asOf, -lookback)),
    to: londonMidnight(addDays(asOf, 1)),
  });

  const byKey = new Map<string, SurgeSeries & { daily: { date: string; count: number }[] }>();
  for (const r of rows) {
    // "unknown" is not a scam script: a rise there is a data-quality question, not a surge.
    if (r.script === "unknown") continue;
    const k = `${r.regionId}|${r.script}`;
    let s = byKey.get(k);
    if (!s) byKey.set(k, (s = { key: { regionId: r.regionId, script: r.script }, daily: [] }));
    s.daily.push({ date: r.date, count: r.count });
  }
  const alerts = detectSurges([...byKey.values()], { asOf });

  await prisma.$transaction(async (tx) => {
    await tx.surgeAlert.deleteMany({ where: { date: new Date(`${asOf}T00:00:00Z`) } });
    if (alerts.length === 0) return;
    await tx.surgeAlert.createMany({
      data: alerts.map((a) => ({
        regionId: a.regionId,
        script: toPrismaEnum<Script>(a.script),
        level: a.level,
        date: new Date(`${a.date}T00:00:00Z`),
        observed: a.observed,
        expected: a.expected,
        pValue: a.pValue,
        statistic: a.statistic,
        baselineMean: a.baselineMean,
        baselineSd: a.baselineSd,
        recent: { windowDays: a.windowDays, since: a.since, daily: a.recent.map((d) => ({ date: d.date, count: d.count })) },
      })),
    });
  });
  return { asOf, alerts: alerts.length };
}
