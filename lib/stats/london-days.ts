/**
 * Calendar days in Europe/London. Police units count "a day" as the UK day, so
 * ranges and chart buckets start at UK midnight, whichever of GMT/BST applies.
 * Days are YYYY-MM-DD strings; day arithmetic is done on the calendar date (in
 * UTC, where every day is 24 h long) and only converted to an instant at the end.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function londonParts(at: Date): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const p: Record<string, number> = {};
  for (const part of LONDON.formatToParts(at)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return { y: p.year!, m: p.month!, d: p.day!, h: p.hour!, min: p.minute!, s: p.second! };
}

/** Is `value` a real calendar date written YYYY-MM-DD (no 2026-02-30)? */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === value;
}

/** The London calendar day an instant falls on. */
export function londonDate(at: Date): string {
  const { y, m, d } = londonParts(at);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The instant a London day begins. UK clocks change at 01:00 UTC, so midnight always exists once. */
export function londonMidnight(date: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  const asUtc = Date.parse(`${date}T00:00:00Z`);
  // London is UTC+0 or UTC+1: read the offset at the UTC guess, then check it.
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const p = londonParts(candidate);
    if (p.h === 0 && p.min === 0 && p.s === 0 && londonDate(candidate) === date) return candidate;
  }
  throw new RangeError(`No London midnight found for ${date}`);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Calendar months, clamped to the month's last day (31 March minus one month is 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}

/** Monday of the ISO week containing `date` (weeks in UK statistics start on Monday). */
export function weekStart(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}
