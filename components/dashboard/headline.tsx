import { getPrisma } from "@/lib/server/db";
import { headlineFigures, type PeriodFigures } from "@/lib/server/stats/headline-figures";
import type { DashboardFilters } from "@/lib/stats/filters";

const gbp = (minor: number | null) => (minor == null ? "—" : `£${Math.round(minor / 100).toLocaleString("en-GB")}`);
const pct = (share: number | null) => (share == null ? "—" : `${Math.round(share * 100)}%`);

function changeText(now: number | null, before: number | null, kind: "count" | "share" | "money"): string {
  if (now == null || before == null) return "no earlier figure";
  if (kind === "share") {
    const pts = Math.round((now - before) * 100);
    return pts === 0 ? "same as the previous period" : `${pts > 0 ? "up" : "down"} ${Math.abs(pts)} points on the previous period`;
  }
  if (before === 0) return now === 0 ? "same as the previous period" : "none in the previous period";
  const p = Math.round(((now - before) / before) * 100);
  return p === 0 ? "same as the previous period" : `${p > 0 ? "up" : "down"} ${Math.abs(p)}% on the previous period`;
}

function Figure({ label, value, change }: { label: string; value: string; change: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {value}
        <span className="change">{change}</span>
      </dd>
    </div>
  );
}

export async function Headline({ filters }: { filters: DashboardFilters }) {
  let c: PeriodFigures, p: PeriodFigures;
  try {
    ({ current: c, previous: p } = await headlineFigures(await getPrisma(), filters));
  } catch {
    return <p className="chart-empty" role="status">The headline figures could not be loaded just now.</p>;
  }
  return (
    <dl className="headline" aria-label="Headline figures">
      <Figure label="Reports" value={c.reports.toLocaleString("en-GB")} change={changeText(c.reports, p.reports, "count")} />
      <Figure label="Money lost" value={gbp(c.lossGbpMinor)} change={changeText(c.lossGbpMinor, p.lossGbpMinor, "money")} />
      <Figure label="Share who lost money" value={pct(c.lostShare)} change={changeText(c.lostShare, p.lostShare, "share")} />
      <Figure label="Median loss" value={gbp(c.medianLossGbpMinor)} change={changeText(c.medianLossGbpMinor, p.medianLossGbpMinor, "money")} />
    </dl>
  );
}
