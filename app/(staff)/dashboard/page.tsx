import type { Metadata } from "next";
import { Suspense } from "react";
import { ChartSkeleton } from "@/components/dashboard/chart-frame";
import { FilterForm } from "@/components/dashboard/filter-form";
import { Headline } from "@/components/dashboard/headline";
import { Panel } from "@/components/dashboard/panel";
import { requireUser } from "@/lib/server/auth/guard";
import { PANEL_TITLES, PANELS } from "@/lib/server/dashboard/panels";
import { parseFilters, toSearchParams, type SearchParamsInput } from "@/lib/stats/filters";
import { londonDate } from "@/lib/stats/london-days";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  await requireUser("dashboard.view", "/dashboard");
  const { filters, errors } = parseFilters(await searchParams, new Date());
  const query = toSearchParams(filters).toString();
  const lastDay = londonDate(new Date(filters.to.getTime() - 1));
  return (
    <>
      <h1>Scam reports dashboard</h1>
      {errors.length > 0 && (
        <div className="filter-errors" role="status">
          <p>Some filters were not understood:</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <FilterForm filters={filters} />
      <p className="muted">
        Reports received from {londonDate(filters.from)} to {lastDay}, compared with the same number of days before. Spam and
        duplicate reports are left out.
      </p>
      <Suspense fallback={<p className="chart-empty">Loading the headline figures…</p>}>
        <Headline filters={filters} />
      </Suspense>
      {PANELS.map((id) => (
        <Suspense key={id} fallback={<ChartSkeleton title={PANEL_TITLES[id]} />}>
          <Panel id={id} filters={filters} query={query} />
        </Suspense>
      ))}
    </>
  );
}
