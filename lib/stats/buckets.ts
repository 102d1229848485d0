/**
 * Chart buckets. A bucket is named by its first London day (YYYY-MM-DD): the day,
 * the Monday of its ISO week, or the 1st of its month. The first and last weekly or
 * monthly buckets may be partial: they only count days inside the range, which the
 * chart should say rather than hide.
 */
import type { DashboardFilters, Granularity } from "./filters";
import { addDays, addMonths, londonDate, monthStart, weekStart } from "./london-days";

export function bucketOf(date: string, g: Granularity): string {
  if (g === "day") return date;
  if (g === "week") return weekStart(date);
  return monthStart(date);
}

/** Every bucket the range touches, in order, so charts show empty buckets as zero instead of skipping them. */
export function bucketStarts(filters: Pick<DashboardFilters, "from" | "to">, g: Granularity): string[] {
  const firstDay = londonDate(filters.from);
  const lastDay = londonDate(new Date(filters.to.getTime() - 1));
  const out: string[] = [];
  if (filters.to.getTime() <= filters.from.getTime()) return out;
  for (let b = bucketOf(firstDay, g); b <= lastDay; b = g === "day" ? addDays(b, 1) : g === "week" ? addDays(b, 7) : addMonths(b, 1)) {
    out.push(b);
  }
  return out;
}

/**
 * Dense rows for every bucket x key, zero where the query found nothing. `keys` are the
 * series (e.g. scripts) in display order.
 */
export function fillBuckets<K extends string>(
  buckets: readonly string[],
  keys: readonly K[],
  rows: readonly { bucket: string; key: K; value: number }[],
): { bucket: string; values: Record<K, number> }[] {
  const index = new Map<string, Record<K, number>>();
  const out = buckets.map((bucket) => {
    const values = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    index.set(bucket, values);
    return { bucket, values };
  });
  for (const r of rows) {
    const values = index.get(r.bucket);
    if (values && r.key in values) values[r.key] += r.value;
  }
  return out;
}
