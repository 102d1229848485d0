import type { Metadata } from "next";
import { Sparkline } from "@/components/dashboard/sparkline";
import { SCRIPT_NAMES } from "@/lib/domain/label-names";
import { regionById } from "@/lib/domain/regions";
import { requireUser } from "@/lib/server/auth/guard";
import { getPrisma } from "@/lib/server/db";
import { currentAlerts } from "@/lib/server/surge/current-alerts";

export const metadata: Metadata = { title: "Surge alerts" };
export const dynamic = "force-dynamic";

const when = (d: Date) => d.toLocaleString("en-GB", { timeZone: "Europe/London", dateStyle: "medium", timeStyle: "short" });

export default async function AlertsPage() {
  await requireUser("dashboard.view", "/dashboard/alerts");
  const alerts = await currentAlerts(await getPrisma());
  return (
    <>
      <h1>Surge alerts</h1>
      <p>
        Unusual rises in reports for one police force area and one scam script, compared with the 28 days before
        (leaving out the 2 days just before). Red: very unlikely to be chance (p &lt; 0.01). Amber: unlikely (p &lt; 0.05).
        Small numbers never raise an alert.
      </p>
      {alerts.length === 0 ? (
        <p className="panel">No surges at the moment.</p>
      ) : (
        <>
          <p className="muted">Checked {when(alerts[0]!.computedAt)}. Refreshed every 15 minutes.</p>
          <ul className="alert-list">
            {alerts.map((a) => {
              const region = regionById(a.regionId)?.name ?? a.regionId;
              const title = `${region}: ${SCRIPT_NAMES[a.script]}`;
              return (
                <li key={a.id} className={`alert-card alert-${a.level}`}>
                  <h2>
                    <span className={`tag tag-${a.level}`}>{a.level === "red" ? "Red" : "Amber"}</span> {title}
                  </h2>
                  <p>
                    <strong>{a.observed.toLocaleString("en-GB")}</strong> reports in the {a.windowDays} days to {a.date}, against{" "}
                    {a.expected.toFixed(1)} expected. Rising since {a.since}.
                  </p>
                  <div className="sparkline">
                    <Sparkline daily={a.daily} highlightFrom={a.since} />
                    <p className="visually-hidden">
                      Daily reports over the last {a.daily.length} days: {a.daily.map((d) => d.count).join(", ")}.
                    </p>
                  </div>
                  <p>
                    <a href={`/dashboard?region=${a.regionId}&script=${a.script}&range=90d`}>
                      See the reports<span className="visually-hidden"> for {title}</span> on the dashboard
                    </a>
                    {" · "}
                    <a href={`/advisories/new?surge=${a.id}`}>
                      Draft an advisory<span className="visually-hidden"> about {title}</span>
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
