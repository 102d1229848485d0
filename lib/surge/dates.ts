/**
 * Calendar days as integers (days since 1970-01-01, UTC), so window
 * arithmetic is exact and never touches a time zone or the clock. Report
 * counts arrive already bucketed by the caller into YYYY-MM-DD days.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function toDay(date: string): number {
  const match = DATE_RE.exec(date);
  if (!match) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const day = ms / MS_PER_DAY;
  // Date.UTC rolls 2024-02-31 over to March; reject instead of guessing.
  if (fromDay(day) !== date) throw new RangeError(`Not a calendar date: "${date}"`);
  return day;
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export interface DailyCount {
  date: string;
  count: number;
}

/**
 * Dense counts for days [firstDay, lastDay]: days with no entry are zero
 * (no reports that day), duplicate entries for a day are added together, and
 * entries outside the range are ignored.
 */
export function denseCounts(daily: readonly DailyCount[], firstDay: number, lastDay: number): number[] {
  const counts = new Array<number>(Math.max(0, lastDay - firstDay + 1)).fill(0);
  for (const { date, count } of daily) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`Daily counts must be whole numbers >= 0, got ${count} on ${date}`);
    }
    const day = toDay(date);
    if (day >= firstDay && day <= lastDay) counts[day - firstDay] = (counts[day - firstDay] ?? 0) + count;
  }
  return counts;
}
