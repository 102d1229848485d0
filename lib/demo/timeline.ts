/**
 * When demo reports arrive: an intensity over the 18 months before `now`, in
 * hour bins, shaped by slow growth, weekday and time-of-day patterns, plus two
 * deliberate surges. Reports are placed by walking sorted uniform order
 * statistics through the cumulative intensity, so the exact count is honoured,
 * times come out in ascending order and memory does not grow with the count.
 *
 * Times are UTC; UK local time is at most an hour off, which is immaterial
 * for weekday and time-of-day shapes.
 */
import type { Rng } from "./prng";
import type { Script } from "./labels";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WINDOW_MONTHS = 18;

/** Reports per day at the end of the window relative to the start. */
const GROWTH = 0.6;
/** Sunday..Saturday: people report on weekdays, Monday most (weekend calls). */
const WEEKDAY = [0.55, 1.25, 1.15, 1.1, 1.05, 0.95, 0.65] as const;
/** 00:00..23:00: little overnight, a morning peak and an evening shoulder. */
const HOUR_RAW = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.6, 2.0, 2.1, 2.0, 1.8, 1.8, 1.7, 1.6, 1.5, 1.5, 1.6, 1.7, 1.5, 1.1, 0.7, 0.4];
const HOUR_SUM = HOUR_RAW.reduce((a, b) => a + b, 0);
const HOUR = HOUR_RAW.map((h) => h / HOUR_SUM);

export type SurgeDef = {
  id: string;
  regionId: string;
  script: Script;
  /** Window in days before `now`, start > end. */
  startDaysAgo: number;
  endDaysAgo: number;
  /** Relative height across the window (x in 0..1); averages about 1. */
  shape: (x: number) => number;
  /** Extra reports as a multiple of this force x script's baseline rate. */
  multiplier: number;
  /**
   * Minimum extra reports per day: at the default 5,000 reports one force x
   * script sees a report every few weeks, so a pure multiple would be
   * invisible. Capped at 1% of all reports per surge.
   */
  minPerDay: number;
};

export const SURGES: readonly SurgeDef[] = [
  {
    // A wave still building: Prime-renewal robocalls hitting one rural force.
    id: "dyfed-powys-renewal",
    regionId: "dyfed-powys",
    script: "renewal",
    startDaysAgo: 14,
    endDaysAgo: 0,
    shape: (x) => 0.6 + 0.8 * x,
    multiplier: 5,
    minPerDay: 2,
  },
  {
    // A two-week bump about three months ago that has since died away.
    id: "greater-manchester-refund",
    regionId: "greater-manchester",
    script: "refund-overpayment",
    startDaysAgo: 98,
    endDaysAgo: 84,
    shape: (x) => Math.min(1, x / 0.2, (1 - x) / 0.2) * 1.25,
    multiplier: 5,
    minPerDay: 1.5,
  },
];

export type Timeline = {
  start: number;
  end: number;
  /** Baseline reports per day at the start of the window on an average weekday. */
  baselinePerDay: number;
  binStart: Float64Array;
  binLen: Float64Array;
  /** cum[i] = expected reports before bin i; cum[n] = count. */
  cum: Float64Array;
  /** surgeProb[s][i] = chance a report in bin i belongs to surge s. */
  surgeProb: Float64Array[];
};

/** 18 calendar months before `now` (UTC). */
export function windowStart(now: Date): number {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - WINDOW_MONTHS);
  return d.getTime();
}

/**
 * `shareOf(surge)` is the fraction of baseline reports that fall in the
 * surge's force x script, so a surge can be sized against its own baseline.
 */
export function buildTimeline(now: Date, count: number, shareOf: (s: SurgeDef) => number, surges: readonly SurgeDef[] = SURGES): Timeline {
  const end = now.getTime();
  const start = windowStart(now);
  const span = end - start;
  // Bins are hours counted back from `now`, so surge windows (whole days before
  // now) start and end on bin edges and no surge report leaks outside them.
  const n = Math.ceil(span / HOUR_MS);
  const binStart = new Float64Array(n);
  const binLen = new Float64Array(n);
  const shapeBase = new Float64Array(n); // weekday x hour-of-day x fraction of the hour in the window
  const growth = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = end - (n - 1 - i) * HOUR_MS;
    const s = Math.max(start, e - HOUR_MS);
    const mid = new Date((s + e) / 2);
    binStart[i] = s;
    binLen[i] = e - s;
    growth[i] = 1 + (GROWTH * ((s + e) / 2 - start)) / span;
    shapeBase[i] = (WEEKDAY[mid.getUTCDay()] as number) * (HOUR[mid.getUTCHours()] as number) * ((e - s) / HOUR_MS);
  }

  const surgeBins = surges.map((s) => {
    const ws = end - s.startDaysAgo * DAY_MS;
    const we = end - s.endDaysAgo * DAY_MS;
    const bins: { i: number; height: number }[] = [];
    for (let i = 0; i < n; i++) {
      const mid = (binStart[i] as number) + (binLen[i] as number) / 2;
      if (mid >= ws && mid < we && (binLen[i] as number) > 0) bins.push({ i, height: s.shape((mid - ws) / (we - ws)) });
    }
    const floor = Math.min(s.minPerDay, (count * 0.01) / Math.max(1, s.startDaysAgo - s.endDaysAgo));
    return { bins, share: shareOf(s), floor, multiplier: s.multiplier };
  });

  let baseUnit = 0;
  for (let i = 0; i < n; i++) baseUnit += (growth[i] as number) * (shapeBase[i] as number);
  const extraAt = (c: number, sb: (typeof surgeBins)[number], b: { i: number; height: number }) =>
    b.height * Math.max(sb.multiplier * sb.share * c * (growth[b.i] as number), sb.floor) * (shapeBase[b.i] as number);
  const total = (c: number) => {
    let t = c * baseUnit;
    for (const sb of surgeBins) for (const b of sb.bins) t += extraAt(c, sb, b);
    return t;
  };
  // total(c) is increasing in c; bisect for the baseline that yields `count`.
  let lo = 0;
  let hi = Math.max(1, count / baseUnit);
  while (total(hi) < count) hi *= 2;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < count) lo = mid;
    else hi = mid;
  }
  const c = count === 0 ? 0 : (lo + hi) / 2;

  const mass = new Float64Array(n);
  for (let i = 0; i < n; i++) mass[i] = c * (growth[i] as number) * (shapeBase[i] as number);
  const extras = surgeBins.map((sb) => {
    const arr = new Float64Array(n);
    for (const b of sb.bins) arr[b.i] = extraAt(c, sb, b);
    return arr;
  });
  for (const arr of extras) for (let i = 0; i < n; i++) mass[i] = (mass[i] as number) + (arr[i] as number);
  const surgeProb = extras.map((arr) => {
    const p = new Float64Array(n);
    for (let i = 0; i < n; i++) if ((mass[i] as number) > 0) p[i] = (arr[i] as number) / (mass[i] as number);
    return p;
  });
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = (cum[i] as number) + (mass[i] as number);
  return { start, end, baselinePerDay: c, binStart, binLen, cum, surgeProb };
}

/**
 * Yields `count` times in ascending order, distributed as the timeline's
 * intensity. Uses the descending product form of uniform order statistics
 * (X(k) = X(k+1) * V^(1/k)), so nothing is buffered.
 */
export class SortedTimes {
  private x = 1;
  private remaining: number;
  bin = 0;

  constructor(
    private readonly timeline: Timeline,
    count: number,
    private readonly rng: Rng,
  ) {
    this.remaining = count;
  }

  /** Next time in ms; `this.bin` then holds its hour bin. */
  next(): number {
    const { cum, binStart, binLen, start, end } = this.timeline;
    if (this.remaining <= 0) throw new Error("no more times");
    this.x *= Math.pow(1 - this.rng.next(), 1 / this.remaining);
    this.remaining--;
    const total = cum[cum.length - 1] as number;
    const u = (1 - this.x) * total;
    const last = binStart.length - 1;
    while (this.bin < last && (cum[this.bin + 1] as number) <= u) this.bin++;
    const lo = cum[this.bin] as number;
    const width = (cum[this.bin + 1] as number) - lo;
    const within = width > 0 ? Math.min(1, Math.max(0, (u - lo) / width)) : 0;
    const t = Math.floor((binStart[this.bin] as number) + within * (binLen[this.bin] as number));
    return Math.min(end - 1, Math.max(start, t));
  }
}
