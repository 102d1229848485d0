// The alerts of the detector's latest run, strongest first, for /dashboard/alerts.
import type { PrismaClient } from "../../generated/prisma/client";
import { fromPrismaEnum } from "../enum-map";
import type { Script } from "../../tagging/labels";

export interface CurrentAlert {
  id: number;
  regionId: string;
  script: Script;
  level: "red" | "amber";
  date: string;
  since: string;
  windowDays: number;
  observed: number;
  expected: number;
  pValue: number;
  daily: { date: string; count: number }[];
  computedAt: Date;
}

export async function currentAlerts(prisma: PrismaClient): Promise<CurrentAlert[]> {
  const latest = await prisma.surgeAlert.findFirst({ orderBy: { date: "desc" }, select: { date: true } });
  if (!latest) return [];
  const rows = await prisma.surgeAlert.findMany({ where: { date: latest.date }, orderBy: [{ pValue: "asc" }] });
  return rows
    .map((r) => {
      const recent = r.recent as { windowDays?: number; since?: string; daily?: { date: string; count: number }[] };
      const date = r.date.toISOString().slice(0, 10);
      return {
        id: r.id,
        regionId: r.regionId,
        script: fromPrismaEnum<Script>(r.script),
        level: r.level === "red" ? ("red" as const) : ("amber" as const),
        date,
        since: recent.since ?? date,
        windowDays: recent.windowDays ?? 7,
        observed: r.observed,
        expected: r.expected,
        pValue: r.pValue,
        daily: recent.daily ?? [],
        computedAt: r.computedAt,
      };
    })
    .sort((a, b) => (a.level === b.level ? a.pValue - b.pValue : a.level === "red" ? -1 : 1));
}
