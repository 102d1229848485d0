// The dashboard's filters as a plain GET form: works without JavaScript, and the URL it
// produces is shareable and back-button friendly.
import { CHANNEL_NAMES, SCRIPT_NAMES, TACTIC_NAMES } from "@/lib/domain/label-names";
import { NATIONS, REGIONS } from "@/lib/domain/regions";
import type { DashboardFilters } from "@/lib/stats/filters";
import { londonDate } from "@/lib/stats/london-days";
import { CHANNELS, SCRIPTS, TACTICS } from "@/lib/tagging/labels";

const NATION_NAMES: Record<string, string> = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
  "outside-uk": "Outside the UK",
};

function Checkboxes<T extends string>(props: { legend: string; name: string; options: readonly T[]; names: Record<T, string>; checked: readonly string[] }) {
  return (
    <fieldset className="filter-group">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o} className="check">
          <input type="checkbox" name={props.name} value={o} defaultChecked={props.checked.includes(o)} /> {props.names[o]}
        </label>
      ))}
    </fieldset>
  );
}

export function FilterForm({ filters }: { filters: DashboardFilters }) {
  const lastDay = londonDate(new Date(filters.to.getTime() - 1));
  return (
    <form method="get" action="/dashboard" className="filters" aria-label="Dashboard filters">
      <div className="filter-row">
        <div className="field">
          <label htmlFor="range">Period</label>
          <select id="range" name="range" defaultValue={filters.preset}>
            <option value="7d">Last 7 days</option>
            <option value="28d">Last 28 days</option>
            <option value="90d">Last 90 days</option>
            <option value="12m">Last 12 months</option>
            <option value="custom">Custom dates (below)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">From (custom)</label>
          <input id="from" name="from" type="date" defaultValue={londonDate(filters.from)} />
        </div>
        <div className="field">
          <label htmlFor="to">To (custom)</label>
          <input id="to" name="to" type="date" defaultValue={lastDay} />
        </div>
        <div className="field">
          <label htmlFor="nation">Nation</label>
          <select id="nation" name="nation" defaultValue={filters.nation ?? ""}>
            <option value="">All</option>
            {NATIONS.map((n) => (
              <option key={n} value={n}>
                {NATION_NAMES[n]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="region">Police force areas</label>
          <select id="region" name="region" multiple size={5} defaultValue={filters.regions}>
            {REGIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="more-filters" open={filters.scripts.length + filters.tactics.length + filters.channels.length + filters.brands.length > 0 || filters.lost !== "any"}>
        <summary>Script, tactic, channel, brand and money lost</summary>
        <div className="filter-row">
          <Checkboxes legend="Scam script" name="script" options={SCRIPTS} names={SCRIPT_NAMES} checked={filters.scripts} />
          <Checkboxes legend="Tactic" name="tactic" options={TACTICS} names={TACTIC_NAMES} checked={filters.tactics} />
          <Checkboxes legend="Channel" name="channel" options={CHANNELS} names={CHANNEL_NAMES} checked={filters.channels} />
          <div>
            <div className="field">
              <label htmlFor="brand">Brand impersonated</label>
              <input id="brand" name="brand" type="text" defaultValue={filters.brands[0] ?? ""} />
            </div>
            <fieldset className="filter-group">
              <legend>Money lost</legend>
              {(["any", "yes", "no"] as const).map((v) => (
                <label key={v} className="check">
                  <input type="radio" name="lost" value={v} defaultChecked={filters.lost === v} />{" "}
                  {v === "any" ? "Any" : v === "yes" ? "Lost money" : "Did not lose money"}
                </label>
              ))}
            </fieldset>
          </div>
        </div>
      </details>
      <button type="submit" className="button">
        Apply filters
      </button>{" "}
      <a href="/dashboard">Clear filters</a>
    </form>
  );
}
