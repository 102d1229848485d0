/**
 * Dashboard filters. The URL is the source of truth (shareable links, the back
 * button), so this module turns search params into filters and back. A bad value
 * never breaks the page: it is dropped and explained in `errors`.
 *
 * Ranges are whole Europe/London days: `from` is the first day's midnight and `to`
 * (exclusive) the midnight after the last day. Presets end at the start of today, so
 * they cover complete days only: a half-counted today would make every "change on
 * the previous period" look like a fall until the evening. In the URL a custom range
 * is `from=YYYY-MM-DD&to=YYYY-MM-DD` with `to` the last day included, as people say it.
 */
import { isRegionId, NATIONS, regionById, type Nation } from "../domain/regions";
import { isChannel, isScript, isTactic, type Channel, type Script, type Tactic } from "../tagging/labels";
import { addDays, addMonths, daysBetween, isCalendarDate, londonDate, londonMidnight } from "./london-days";

export const PRESETS = ["7d", "28d", "90d", "12m", "custom"] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Exclude<Preset, "custom"> = "28d";
export type LostFilter = "any" | "yes" | "no";
export type Granularity = "day" | "week" | "month";

export interface DashboardFilters {
  from: Date;
  /** Exclusive. */
  to: Date;
  preset: Preset;
  regions: string[];
  nation: Nation | null;
  scripts: Script[];
  tactics: Tactic[];
  channels: Channel[];
  /** Compared case-insensitively with the report's brand. */
  brands: string[];
  /** "yes": a loss above zero in any currency; "no": zero or not stated. */
  lost: LostFilter;
}

export type SearchParamsInput = Record<string, string | string[] | undefined>;

/** Longest custom range, so a typo such as 1026 for 2026 cannot ask for a millennium of buckets. */
export const MAX_RANGE_DAYS = 3_660;
export const MAX_BRANDS = 20;
export const MAX_BRAND_LENGTH = 100;

const PRESET_DAYS: Record<"7d" | "28d" | "90d", number> = { "7d": 7, "28d": 28, "90d": 90 };

/** The days a preset covers, ending at the start of `now`'s London day. */
export function presetRange(preset: Exclude<Preset, "custom">, now: Date): { from: Date; to: Date } {
  const today = londonDate(now);
  const first = preset === "12m" ? addMonths(today, -12) : addDays(today, -PRESET_DAYS[preset]);
  return { from: londonMidnight(first), to: londonMidnight(today) };
}

function values(raw: string | string[] | undefined, splitCommas: boolean): string[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const parts = splitCommas ? list.flatMap((v) => v.split(",")) : list;
  return [...new Set(parts.map((v) => v.trim()).filter((v) => v !== ""))];
}

function first(raw: string | string[] | undefined): string | undefined {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v === undefined || v.trim() === "" ? undefined : v.trim();
}

/** Shown back to the user, so the value is quoted and cut short. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function pickKnown<T extends string>(
  raw: string | string[] | undefined,
  isKnown: (v: string) => v is T,
  what: string,
  errors: string[],
): T[] {
  const out: T[] = [];
  for (const v of values(raw, true)) {
    if (isKnown(v)) out.push(v);
    else errors.push(`Unknown ${what} ${quote(v)} was ignored.`);
  }
  return out;
}

function parseRange(sp: SearchParamsInput, now: Date, errors: string[]): Pick<DashboardFilters, "from" | "to" | "preset"> {
  const fallback = () => ({ ...presetRange(DEFAULT_PRESET, now), preset: DEFAULT_PRESET });
  const rangeParam = first(sp.range);
  const fromParam = first(sp.from);
  const toParam = first(sp.to);
  const wantsCustom = rangeParam === "custom" || (rangeParam === undefined && (fromParam !== undefined || toParam !== undefined));
  if (!wantsCustom) {
    if (rangeParam === undefined) return fallback();
    if ((PRESETS as readonly string[]).includes(rangeParam)) {
      const preset = rangeParam as Exclude<Preset, "custom">;
      return { ...presetRange(preset, now), preset };
    }
    errors.push(`Unknown date range ${quote(rangeParam)}; showing the last 28 days.`);
    return fallback();
  }
  if (fromParam === undefined || toParam === undefined) {
    errors.push("A custom date range needs both a start and an end date; showing the last 28 days.");
    return fallback();
  }
  for (const [label, v] of [["start", fromParam], ["end", toParam]] as const) {
    if (!isCalendarDate(v)) {
      errors.push(`The ${label} date ${quote(v)} is not a date (YYYY-MM-DD); showing the last 28 days.`);
      return fallback();
    }
  }
  const span = daysBetween(fromParam, toParam) + 1;
  if (span < 1) {
    errors.push("The start date is after the end date; showing the last 28 days.");
    return fallback();
  }
  if (span > MAX_RANGE_DAYS) {
    errors.push("The date range is longer than ten years; showing the last 28 days.");
    return fallback();
  }
  return { from: londonMidnight(fromParam), to: londonMidnight(addDays(toParam, 1)), preset: "custom" };
}

export function parseFilters(searchParams: SearchParamsInput, now: Date): { filters: DashboardFilters; errors: string[] } {
  const errors: string[] = [];
  const range = parseRange(searchParams, now, errors);

  let nation: Nation | null = null;
  const nationParam = first(searchParams.nation);
  if (nationParam !== undefined) {
    if ((NATIONS as readonly string[]).includes(nationParam)) nation = nationParam as Nation;
    else errors.push(`Unknown nation ${quote(nationParam)} was ignored.`);
  }
  let regions = pickKnown(searchParams.region, isRegionId, "police force area", errors) as string[];
  if (nation) {
    // Both given: the areas must lie in the nation, or the answer would silently be empty.
    const outside = regions.filter((id) => regionById(id)?.nation !== nation);
    for (const id of outside) errors.push(`${regionById(id)?.name ?? id} is not in the chosen nation and was ignored.`);
    regions = regions.filter((id) => !outside.includes(id));
  }

  const scripts = pickKnown(searchParams.script, isScript, "scam script", errors);
  const tactics = pickKnown(searchParams.tactic, isTactic, "tactic", errors);
  const channels = pickKnown(searchParams.channel, isChannel, "channel", errors);

  const brands: string[] = [];
  const seenBrands = new Set<string>();
  for (const b of values(searchParams.brand, false)) {
    if (b.length > MAX_BRAND_LENGTH) errors.push(`A brand longer than ${MAX_BRAND_LENGTH} characters was ignored.`);
    else if (brands.length >= MAX_BRANDS) errors.push(`Only the first ${MAX_BRANDS} brands are used; ${quote(b)} was ignored.`);
    else if (!seenBrands.has(b.toLowerCase())) {
      seenBrands.add(b.toLowerCase());
      brands.push(b);
    }
  }

  let lost: LostFilter = "any";
  const lostParam = first(searchParams.lost);
  if (lostParam === "yes" || lostParam === "no") lost = lostParam;
  else if (lostParam !== undefined && lostParam !== "any") errors.push(`Unknown money-lost choice ${quote(lostParam)} was ignored.`);

  return {
    filters: {
      ...range,
      regions,
      nation,
      scripts,
      tactics,
      channels,
      brands,
      lost,
    },
    errors,
  };
}

/** The URL form of `filters`; defaults are left out so links stay short. Presets stay relative. */
export function toSearchParams(filters: DashboardFilters): URLSearchParams {
  const sp = new URLSearchParams();
  if (filters.preset === "custom") {
    sp.set("range", "custom");
    sp.set("from", londonDate(filters.from));
    sp.set("to", londonDate(new Date(filters.to.getTime() - 1)));
  } else if (filters.preset !== DEFAULT_PRESET) {
    sp.set("range", filters.preset);
  }
  if (filters.regions.length) sp.set("region", filters.regions.join(","));
  if (filters.nation) sp.set("nation", filters.nation);
  if (filters.scripts.length) sp.set("script", filters.scripts.join(","));
  if (filters.tactics.length) sp.set("tactic", filters.tactics.join(","));
  if (filters.channels.length) sp.set("channel", filters.channels.join(","));
  // A brand may contain a comma, so brands repeat the key instead.
  for (const b of filters.brands) sp.append("brand", b);
  if (filters.lost !== "any") sp.set("lost", filters.lost);
  return sp;
}

/** Number of London days the range covers (a partial day counts as one). */
export function rangeDays(filters: Pick<DashboardFilters, "from" | "to">): number {
  const last = londonDate(new Date(filters.to.getTime() - 1));
  return daysBetween(londonDate(filters.from), last) + 1;
}

/** The same number of days immediately before, for "change on the previous period". */
export function previousPeriod(filters: DashboardFilters): DashboardFilters {
  const firstDay = londonDate(filters.from);
  return {
    ...filters,
    preset: "custom",
    from: londonMidnight(addDays(firstDay, -rangeDays(filters))),
    to: londonMidnight(firstDay),
  };
}

/** Chart buckets: daily up to 90 days, weekly up to 12 months (366 days), then monthly. */
export function granularity(filters: Pick<DashboardFilters, "from" | "to">): Granularity {
  const days = rangeDays(filters);
  if (days <= 90) return "day";
  if (days <= 366) return "week";
  return "month";
}
