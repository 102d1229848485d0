// Dates as exports write them: ISO 8601 ("2025-03-04", "2025-03-04T09:15:00Z") or the UK's
// day-first form ("04/03/2025", "4/3/2025 09:15"). Never month-first: in a UK police
// export 04/03 is the 4th of March. A time without a zone is UK clock time (GMT or BST on
// that day), which is how these systems record it.
import { quoteValue } from "./clean-text";
import { fail, ok, type Parsed } from "./parse-result";

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;

/** The earliest date accepted: catches "01/01/1900"-style placeholders of empty dates. */
export const EARLIEST_DATE = new Date(Date.UTC(1990, 0, 1));

export function parseDate(input: string, now: Date): Parsed<Date> {
  const s = input.trim();
  const parts = readParts(s);
  if (!parts.ok) return parts;
  const { y, mo, d, h, mi, sec, ms, zone } = parts.value;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return fail(`${quoteValue(s)} is not a real date`);
  if (h > 23 || mi > 59 || sec > 59) return fail(`${quoteValue(s)} is not a real time of day`);
  const date =
    zone === null
      ? ukClockToUtc(y, mo, d, h, mi, sec, ms)
      : new Date(Date.UTC(y, mo - 1, d, h, mi, sec, ms) - zoneOffsetMinutes(zone) * 60_000);
  if (date < EARLIEST_DATE) return fail(`${quoteValue(s)} is before 1990`);
  // A day's grace: a date-only value for today is midnight, a UK time can be ahead of UTC.
  if (date.getTime() > now.getTime() + 86_400_000) return fail(`${quoteValue(s)} is in the future`);
  return ok(date);
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  sec: number;
  ms: number;
  zone: string | null;
}

function readParts(s: string): Parsed<Parts> {
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    return ok({
      y: Number(y), mo: Number(mo), d: Number(d),
      h: Number(h ?? 0), mi: Number(mi ?? 0), sec: Number(sec ?? 0),
      ms: frac ? Number(frac.slice(0, 3).padEnd(3, "0")) : 0,
      zone: zone ? zone.toUpperCase() : null,
    });
  }
  const uk = UK.exec(s);
  if (uk) {
    const [, d, mo, y, h, mi, sec] = uk;
    if (y!.length !== 4) return fail(`${quoteValue(s)} needs a four-digit year (dd/mm/yyyy)`);
    return ok({ y: Number(y), mo: Number(mo), d: Number(d), h: Number(h ?? 0), mi: Number(mi ?? 0), sec: Number(sec ?? 0), ms: 0, zone: null });
  }
  return fail(`${quoteValue(s)} is not a date: use yyyy-mm-dd (ISO 8601) or dd/mm/yyyy`);
}

function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

const london = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

// Asking Intl is the slow part of reading a date, and UK clocks only change on the hour, so
// the answer is remembered per UTC hour (a file's dates cluster; the cache is bounded).
const offsetByHour = new Map<number, number>();

/** Minutes UK clocks are ahead of UTC at the instant `utcMs` (0 in winter, 60 in summer). */
function londonOffsetMinutes(utcMs: number): number {
  const hour = Math.floor(utcMs / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const at = hour * 3_600_000;
    const p: Record<string, number> = {};
    for (const part of london.formatToParts(new Date(at))) if (part.type !== "literal") p[part.type] = Number(part.value);
    offset = Math.round((Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - at) / 60_000);
    if (offsetByHour.size >= 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** A UK wall-clock time as an instant. A time in the hour skipped in spring is read as summer time. */
export function ukClockToUtc(y: number, mo: number, d: number, h = 0, mi = 0, sec = 0, ms = 0): Date {
  const wall = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  // Try the offset at the wall time read as UTC, then check it against the result: this
  // settles both sides of a clock change within two look-ups.
  const first = wall - londonOffsetMinutes(wall) * 60_000;
  const second = wall - londonOffsetMinutes(first) * 60_000;
  return new Date(londonOffsetMinutes(second) * 60_000 === wall - second ? second : first);
}
