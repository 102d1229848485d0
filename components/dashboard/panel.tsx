// One dashboard chart: loads its own data (inside its own Suspense boundary, so a slow
// query never holds up the page), and shows an error state of its own if the query fails.
import { SCRIPT_COLOURS, SCRIPT_NAMES } from "@/lib/domain/label-names";
import { getPrisma } from "@/lib/server/db";
import { loadPanel, PANEL_TITLES, REGION_ID_BY_NAME, type PanelId } from "@/lib/server/dashboard/panels";
import type { DashboardFilters } from "@/lib/stats/filters";
import { SCRIPTS } from "@/lib/tagging/labels";
import { ChartFrame } from "./chart-frame";
import type { TableModel } from "./chart-table";
import { HorizontalBars, MoneyLine, StackedBars } from "./charts";
import { TileMap } from "./tile-map";

function Drawing({ id, table }: { id: PanelId; table: TableModel }) {
  switch (id) {
    case "over-time":
      return (
        <StackedBars
          xKey="bucket"
          data={table.rows.map((r) => Object.fromEntries([["bucket", r[0]!], ...SCRIPTS.map((s, i) => [s, r[i + 1]!])]))}
          series={SCRIPTS.map((s) => ({ key: s, name: SCRIPT_NAMES[s], colour: SCRIPT_COLOURS[s] }))}
        />
      );
    case "by-region":
      return (
        <div className="two-up">
          <TileMap values={new Map(table.rows.map((r) => [REGION_ID_BY_NAME.get(String(r[0])) ?? "", Number(r[1])]))} mode="count" unit="reports" />
          <TileMap values={new Map(table.rows.map((r) => [REGION_ID_BY_NAME.get(String(r[0])) ?? "", Number(r[3])]))} mode="change" unit="on the previous period" />
        </div>
      );
    case "channels":
    case "tactics":
      return <HorizontalBars data={table.rows.map((r) => ({ label: String(r[0]), value: Number(r[1]) }))} valueName="Reports" />;
    case "money-lost":
      return <MoneyLine data={table.rows.map((r) => ({ bucket: String(r[0]), pounds: Number(r[1]) }))} />;
  }
}

function summary(id: PanelId, table: TableModel): string {
  const top = table.rows[0];
  if (!top) return "No data.";
  if (id === "by-region" || id === "channels" || id === "tactics") return `Highest: ${top[0]} with ${Number(top[1]).toLocaleString("en-GB")}. Full figures in the table below.`;
  return `${table.rows.length} periods from ${top[0]} to ${table.rows[table.rows.length - 1]![0]}. Full figures in the table below.`;
}

export async function Panel({ id, filters, query }: { id: PanelId; filters: DashboardFilters; query: string }) {
  const title = PANEL_TITLES[id];
  let table: TableModel;
  try {
    table = await loadPanel(id, await getPrisma(), filters);
  } catch {
    return (
      <section className="chart" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="chart-empty" role="status">
          This chart could not be loaded just now. The rest of the dashboard is unaffected; reload the page to try again.
        </p>
      </section>
    );
  }
  return (
    <ChartFrame id={id} title={title} summary={summary(id, table)} csvHref={`/dashboard/csv/${id}${query ? `?${query}` : ""}`} table={table}>
      <Drawing id={id} table={table} />
    </ChartFrame>
  );
}
