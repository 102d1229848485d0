/**
 * The median of values given as (value, how many times): halfway between the two middle
 * values when the count is even, as percentile_cont(0.5) and most statistics packages do.
 * Null when there are no values.
 */
export function medianOfCounts(counts: readonly { value: number; count: number }[]): number | null {
  const sorted = counts.filter((c) => c.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((n, c) => n + c.count, 0);
  if (total === 0) return null;
  // 1-based ranks of the middle value(s).
  const lowRank = Math.floor((total + 1) / 2);
  const highRank = Math.floor(total / 2) + 1;
  let seen = 0;
  let low: number | null = null;
  for (const c of sorted) {
    seen += c.count;
    if (low === null && seen >= lowRank) low = c.value;
    if (seen >= highRank) return (low! + c.value) / 2;
  }
  return low;
}
