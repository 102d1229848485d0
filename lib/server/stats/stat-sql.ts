// SQL fragments shared by the dashboard queries. Every value that comes from filters is a
// bound parameter of a Prisma.sql template, never text spliced into the statement, so a
// filter value cannot change what a query does. Spam and duplicate reports are excluded from
// all statistics: they never enter report_stat or report_stat_daily (see the migration).
//
// report_stat_daily holds the days before report_stat_state.rolled_up_to; later days (normally
// just today) are read from report_stat. A rollup question is therefore the rollup part UNION
// ALL the per-report part of the remaining days, in one statement so both see one snapshot.
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { DashboardFilters } from "../../stats/filters";
import { areaScope, brandKey, rollupAreas, rollupFacets, tacticBits, tacticMask, type AreaScope } from "../../stats/query-plan";

/** What the queries need from a client: a Prisma client or transaction. */
export type StatsDb = Pick<PrismaClient, "$queryRaw">;

export interface DayRange {
  fromDay: string;
  toDay: string;
}

const day = (d: string) => Prisma.sql`${d}::date`;

function and(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

function lostCondition(lost: DashboardFilters["lost"]): Prisma.Sql[] {
  if (lost === "yes") return [Prisma.sql`lost`];
  if (lost === "no") return [Prisma.sql`NOT lost`];
  return [];
}

const ROLLED_UP_TO = Prisma.sql`(SELECT coalesce(rolled_up_to, '-infinity'::date) FROM report_stat_state WHERE id = 1)`;
/** Days report_stat_daily holds. */
export const ROLLED_UP = Prisma.sql`day < ${ROLLED_UP_TO}`;
/** Days only report_stat holds. */
export const NOT_ROLLED_UP = Prisma.sql`day >= ${ROLLED_UP_TO}`;

/**
 * Adds up `measures` by `keys` over a rollup part and a per-report part that return the same
 * columns. Names are fixed identifiers from the calling module, never filter values.
 */
export function sumOfParts(keys: string[], measures: string[], rollupPart: Prisma.Sql, perReportPart: Prisma.Sql): Prisma.Sql {
  const k = Prisma.raw(keys.join(", "));
  const m = Prisma.raw(measures.map((x) => `sum(${x})::bigint AS ${x}`).join(", "));
  return Prisma.sql`SELECT ${k}, ${m} FROM (${rollupPart} UNION ALL ${perReportPart}) AS parts GROUP BY ${k}`;
}

/** Conditions on report_stat (one row per counted report) for every filter. */
export function factWhere(filters: DashboardFilters, range: DayRange, scope: AreaScope = areaScope(filters)): Prisma.Sql {
  const parts = [Prisma.sql`day >= ${day(range.fromDay)}`, Prisma.sql`day < ${day(range.toDay)}`];
  if (scope.level !== "all") parts.push(Prisma.sql`region_id = ANY(${scope.regions}::text[])`);
  if (filters.scripts.length) parts.push(Prisma.sql`script = ANY(${filters.scripts}::text[]::"Script"[])`);
  if (filters.channels.length) parts.push(Prisma.sql`channel = ANY(${filters.channels}::text[]::"Channel"[])`);
  if (filters.brands.length) parts.push(Prisma.sql`brand_key = ANY(${filters.brands.map(brandKey)}::text[])`);
  if (filters.tactics.length) {
    // The mask test is the cheap exact check; the same question as bits lets the GIN index
    // find the rows when several tactics are asked for.
    parts.push(Prisma.sql`(tactic_mask & ${tacticMask(filters.tactics)}::integer) <> 0`);
    parts.push(Prisma.sql`stat_tactic_bits(tactic_mask) && ${tacticBits(filters.tactics)}::smallint[]`);
  }
  parts.push(...lostCondition(filters.lost));
  return and(parts);
}

/**
 * Conditions on report_stat_daily, for filters `usesRollup` accepted. `areas` overrides the
 * area keys (the per-area chart asks for region rows). Region rows exist per script and for
 * all scripts ("*"); `perScript` says which are wanted when no script filter is set. Nation
 * and everywhere rows exist only per script.
 */
export function rollupWhere(
  filters: DashboardFilters,
  range: DayRange,
  opts: { areas?: string[]; perScript: boolean } = { perScript: true },
): Prisma.Sql {
  const scope = areaScope(filters);
  const regionRows = opts.areas !== undefined || scope.level === "regions";
  const facets = rollupFacets(filters);
  if (facets === null) throw new Error("These filters need report_stat, not report_stat_daily");
  const faceted = facets[0] !== "";
  if (faceted && regionRows && (opts.perScript || filters.scripts.length > 0)) {
    throw new Error("Facet rows per force area exist only for all scripts");
  }
  const parts = [
    Prisma.sql`area = ANY(${opts.areas ?? rollupAreas(scope)}::text[])`,
    Prisma.sql`facet = ANY(${facets}::text[])`,
    Prisma.sql`day >= ${day(range.fromDay)}`,
    Prisma.sql`day < ${day(range.toDay)}`,
  ];
  if (filters.scripts.length) parts.push(Prisma.sql`script = ANY(${filters.scripts}::text[])`);
  else if (regionRows && (faceted || !opts.perScript)) parts.push(Prisma.sql`script = '*'`);
  else parts.push(Prisma.sql`script <> '*'`);
  parts.push(...lostCondition(filters.lost));
  return and(parts);
}

/** Counts and sums arrive as number, bigint, numeric string or Decimal depending on driver and type. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") return Number(value);
  if (typeof value === "object" && "toNumber" in value && typeof value.toNumber === "function") return value.toNumber();
  throw new TypeError(`Not a number: ${String(value)}`);
}
