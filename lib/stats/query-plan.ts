/**
 * Which stored table can answer a dashboard question, decided from the filters alone.
 *
 * `report_stat_daily` holds daily counts per area x facet x script x money lost (see
 * prisma/schema.prisma for the rows kept), so most questions read a few thousand rows
 * whatever the range. A facet is one brand, channel or tactic. What it cannot answer (two
 * kinds of facet at once, several tactics, or a facet together with both force-area rows and
 * script rows) reads `report_stat`, one narrow row per counted report.
 * See docs/decisions/005-dashboard-aggregates.md.
 */
import { isRegionId, REGIONS, regionById, regionsInNation, type Nation } from "../domain/regions";
import { TACTICS, type Tactic } from "../tagging/labels";
import type { DashboardFilters } from "./filters";
import { londonDate } from "./london-days";

export type AreaScope =
  | { level: "all" }
  | { level: "nation"; nation: Nation; regions: string[] }
  | { level: "regions"; regions: string[] };

/** The force areas asked about: chosen areas (inside the nation, if one is chosen too), a nation, or everywhere. */
export function areaScope(filters: Pick<DashboardFilters, "regions" | "nation">): AreaScope {
  const { nation } = filters;
  if (filters.regions.length) {
    // Only known areas: an id such as "*" or "nation:wales" must not reach other rollup rows.
    const known = filters.regions.filter(isRegionId);
    const regions = nation ? known.filter((id) => regionById(id)?.nation === nation) : known;
    return { level: "regions", regions: [...new Set(regions)] };
  }
  if (nation) return { level: "nation", nation, regions: regionsInNation(nation).map((r) => r.id) };
  return { level: "all" };
}

/** Every region id in scope: what the per-area chart lists. */
export function regionsInScope(scope: AreaScope): string[] {
  return scope.level === "all" ? REGIONS.map((r) => r.id) : scope.regions;
}

/** report_stat_daily.area values holding the scope's totals. */
export function rollupAreas(scope: AreaScope): string[] {
  if (scope.level === "all") return ["*"];
  if (scope.level === "nation") return [`nation:${scope.nation}`];
  return scope.regions;
}

/** What a question groups by, which decides which rollup rows can answer it. */
export interface StatNeeds {
  /** Split by script (reports over time). */
  byScript?: boolean;
  /** Split by force area (the area chart and tile map). */
  byRegion?: boolean;
}

/**
 * report_stat_daily.facet values whose rows, added up, answer the channel/brand/tactic
 * filters: [""] when there are none. Null when no facet rows can: two kinds of facet at once,
 * or several tactics (a report may have more than one, so their rows overlap).
 */
export function rollupFacets(filters: Pick<DashboardFilters, "channels" | "brands" | "tactics">): string[] | null {
  const kinds = [filters.channels, filters.brands, filters.tactics].filter((list) => list.length > 0).length;
  if (kinds === 0) return [""];
  if (kinds > 1 || filters.tactics.length > 1) return null;
  if (filters.tactics.length) return [`tactic:${filters.tactics[0]}`];
  if (filters.channels.length) return filters.channels.map((c) => `channel:${c}`);
  return [...new Set(filters.brands.map((b) => `brand:${brandKey(b)}`))];
}

/**
 * True when report_stat_daily can answer. Facet rows exist per force area only for all scripts,
 * and per script only for nations and everywhere, so a facet filter together with both force
 * areas and scripts (in the filters or the grouping) reads report_stat instead.
 */
export function usesRollup(filters: DashboardFilters, needs: StatNeeds = {}): boolean {
  const facets = rollupFacets(filters);
  if (facets === null) return false;
  if (facets[0] === "") return true;
  const regionRows = needs.byRegion === true || areaScope(filters).level === "regions";
  const scriptRows = needs.byScript === true || filters.scripts.length > 0;
  return !(regionRows && scriptRows);
}

/** Bits of report_stat.tactic_mask for these tactics (TACTICS order, as in the migration). */
export function tacticMask(tactics: readonly Tactic[]): number {
  let mask = 0;
  for (const t of tactics) {
    const bit = TACTICS.indexOf(t);
    // An unknown tactic matches nothing, rather than wrapping round to some other bit.
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/** Bit numbers of these tactics, as stat_tactic_bits() lists them (unknown tactics left out). */
export function tacticBits(tactics: readonly Tactic[]): number[] {
  return [...new Set(tactics.map((t) => TACTICS.indexOf(t)).filter((bit) => bit >= 0))].sort((a, b) => a - b);
}

/** How brands are compared: as report_stat.brand_key stores them. */
export function brandKey(brand: string): string {
  return brand.trim().toLowerCase();
}

/** The London days [fromDay, toDay) a range covers, as the tables store them. */
export function dayRange(range: Pick<DashboardFilters, "from" | "to">): { fromDay: string; toDay: string } {
  return { fromDay: londonDate(range.from), toDay: londonDate(range.to) };
}
