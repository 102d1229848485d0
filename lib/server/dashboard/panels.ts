// What each dashboard chart shows, as one table model: the page draws the chart from it,
// prints it as the chart's data table, and the CSV download serialises the same rows, so
// the three can never disagree.
import type { TableModel } from "../../../components/dashboard/chart-table";
import { CHANNEL_NAMES, SCRIPT_NAMES, TACTIC_NAMES } from "../../domain/label-names";
import { REGIONS, regionById } from "../../domain/regions";
import type { DashboardFilters } from "../../stats/filters";
import { SCRIPTS } from "../../tagging/labels";
import { channelMix } from "../stats/channel-mix";
import { lossOverTime } from "../stats/loss-over-time";
import { reportsByRegion } from "../stats/reports-by-region";
import { reportsOverTime } from "../stats/reports-over-time";
import type { StatsDb } from "../stats/stat-sql";
import { tacticCounts } from "../stats/tactic-counts";

export const PANELS = ["over-time", "by-region", "channels", "tactics", "money-lost"] as const;
export type PanelId = (typeof PANELS)[number];
export const isPanel = (v: string): v is PanelId => (PANELS as readonly string[]).includes(v);

export const PANEL_TITLES: Record<PanelId, string> = {
  "over-time": "Reports over time, by scam script",
  "by-region": "Reports by police force area",
  channels: "How the scammers made contact",
  tactics: "Tactics reported",
  "money-lost": "Money lost over time (GBP)",
};

const pounds = (minor: number) => Math.round(minor) / 100;
const change = (now: number, before: number) => (before === 0 ? (now === 0 ? 0 : 100) : Math.round(((now - before) / before) * 100));

export async function loadPanel(id: PanelId, db: StatsDb, filters: DashboardFilters): Promise<TableModel> {
  switch (id) {
    case "over-time": {
      const { granularity, rows } = await reportsOverTime(db, filters);
      const label = granularity === "day" ? "Day" : granularity === "week" ? "Week starting" : "Month starting";
      return {
        columns: [label, ...SCRIPTS.map((s) => SCRIPT_NAMES[s]), "All reports"],
        rows: rows.map((r) => [r.bucket, ...SCRIPTS.map((s) => r.byScript[s] ?? 0), r.total]),
      };
    }
    case "by-region": {
      const rows = await reportsByRegion(db, filters);
      const byId = new Map(rows.map((r) => [r.regionId, r]));
      return {
        columns: ["Police force area", "Reports", "Previous period", "Change (%)"],
        rows: REGIONS.filter((r) => byId.has(r.id))
          .map((r) => byId.get(r.id)!)
          .sort((a, b) => b.reports - a.reports)
          .map((r) => [regionById(r.regionId)?.name ?? r.regionId, r.reports, r.previousReports, change(r.reports, r.previousReports)]),
      };
    }
    case "channels": {
      const rows = await channelMix(db, filters);
      return {
        columns: ["Channel", "Reports"],
        rows: rows.filter((r) => r.reports > 0).sort((a, b) => b.reports - a.reports).map((r) => [CHANNEL_NAMES[r.channel], r.reports]),
      };
    }
    case "tactics": {
      const rows = await tacticCounts(db, filters);
      return {
        columns: ["Tactic", "Reports"],
        rows: rows.filter((r) => r.reports > 0).sort((a, b) => b.reports - a.reports).map((r) => [TACTIC_NAMES[r.tactic], r.reports]),
      };
    }
    case "money-lost": {
      const { granularity, rows } = await lossOverTime(db, filters);
      const label = granularity === "day" ? "Day" : granularity === "week" ? "Week starting" : "Month starting";
      return {
        columns: [label, "Money lost (£)", "Reports that lost money"],
        rows: rows.some((r) => r.lostReports > 0) ? rows.map((r) => [r.bucket, pounds(r.lossGbpMinor), r.lostReports]) : [],
      };
    }
  }
}

/** Region id by display name, for the tile map drawn from the by-region table. */
export const REGION_ID_BY_NAME = new Map(REGIONS.map((r) => [r.name, r.id]));
