import { beforeAll, describe, expect, it } from "vitest";
import { isRegionId } from "../domain/regions";
import type { DemoReport } from "./demo-report";
import { generateDemoReports, SPAM_RATE } from "./generate-demo-reports";
import { AGE_BANDS, CHANNELS, GAVE, PAYMENT_METHODS, SCRIPTS, STATUSES, VOICE_CHANNELS } from "./labels";
import { regionShare } from "./region-weights";
import { CARD_LIKE, isDramaNumber, REAL_DOMAINS } from "./test-support";
import { DAY_MS, windowStart } from "./timeline";
import { scriptShares } from "./variant-catalogue";

const NOW = new Date("2026-11-20T10:30:00Z");

const take = (count: number, seed = 1, now = NOW) => [...generateDemoReports({ count, seed, now })];
const daysAgo = (r: DemoReport, now = NOW) => (now.getTime() - r.receivedAt.getTime()) / DAY_MS;

describe("generateDemoReports: shape and determinism", () => {
  let reports: DemoReport[];
  beforeAll(() => {
    reports = take(20_000, 11);
  });

  it("is deterministic for a seed and now, and differs across seeds", () => {
    expect(take(500, 42)).toEqual(take(500, 42));
    const a = take(500, 42).map((r) => r.narrative);
    const b = take(500, 43).map((r) => r.narrative);
    expect(a.filter((n, i) => n === b[i]).length).toBeLessThan(10);
    const shifted = take(50, 42, new Date(NOW.getTime() + DAY_MS));
    expect(shifted.map((r) => r.receivedAt.getTime())).not.toEqual(take(50, 42).map((r) => r.receivedAt.getTime()));
  });

  it("honours the count, including zero and one", () => {
    for (const count of [0, 1, 7, 1234]) expect(take(count)).toHaveLength(count);
    expect(reports).toHaveLength(20_000);
  });

  it("rejects invalid options", () => {
    expect(() => generateDemoReports({ count: -1, seed: 1, now: NOW })).toThrow();
    expect(() => generateDemoReports({ count: 1.5, seed: 1, now: NOW })).toThrow();
    expect(() => generateDemoReports({ count: 1, seed: Number.NaN, now: NOW })).toThrow();
    expect(() => generateDemoReports({ count: 1, seed: 1, now: new Date("nope") })).toThrow();
  });

  it("streams: the first reports of ten million arrive at once", () => {
    const started = performance.now();
    const it = generateDemoReports({ count: 10_000_000, seed: 1, now: NOW });
    for (let i = 0; i < 5; i++) expect(it.next().done).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("keeps every date inside the 18-month window, in order, never in the future", () => {
    const start = windowStart(NOW);
    let last = 0;
    for (const r of reports) {
      const t = r.receivedAt.getTime();
      expect(t).toBeGreaterThanOrEqual(start);
      expect(t).toBeLessThanOrEqual(NOW.getTime());
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
      if (r.occurredAt) {
        expect(r.occurredAt.getTime()).toBeGreaterThanOrEqual(start);
        expect(r.occurredAt.getTime()).toBeLessThanOrEqual(t);
      }
    }
    // Month-end "now" (31 May -> 31 Nov does not exist) still gives a sane window.
    const monthEnd = new Date("2026-05-31T23:59:59Z");
    for (const r of take(2000, 3, monthEnd)) {
      expect(r.receivedAt.getTime()).toBeLessThanOrEqual(monthEnd.getTime());
      expect(r.receivedAt.getTime()).toBeGreaterThanOrEqual(windowStart(monthEnd));
    }
  });

  it("uses only valid labels and consistent fields", () => {
    for (const r of reports) {
      expect(isRegionId(r.regionId), r.regionId).toBe(true);
      expect(r.source).toBe("demo");
      expect(CHANNELS).toContain(r.channel);
      expect(SCRIPTS).toContain(r.intendedScript);
      expect(STATUSES).toContain(r.status);
      if (r.ageBand !== null) expect(AGE_BANDS).toContain(r.ageBand);
      if (r.paymentMethod !== null) expect(PAYMENT_METHODS).toContain(r.paymentMethod);
      for (const g of r.gave) expect(GAVE).toContain(g);
      expect(new Set(r.gave).size).toBe(r.gave.length);
      expect(r.lossCurrency === null).toBe(r.lossAmountMinor === null);
      if (r.lossAmountMinor !== null) expect(Number.isInteger(r.lossAmountMinor) && r.lossAmountMinor >= 0).toBe(true);
      expect(r.paymentMethod !== null).toBe((r.lossAmountMinor ?? 0) > 0);
      if (r.paymentMethod === "card") expect(r.gave.some((g) => g === "card-details" || g === "remote-access" || g === "one-time-code")).toBe(true);
      if (r.postcodeDistrict !== null) expect(r.postcodeDistrict).toMatch(/^[A-Z]{1,2}\d[A-Z\d]?$/);
      expect(r.narrative.trim().length).toBeGreaterThan(0);
    }
  });

  it("never puts card-like numbers or real brand domains in narratives or identifiers", () => {
    for (const r of reports) {
      expect(r.narrative, r.narrative).not.toMatch(CARD_LIKE);
      expect(r.narrative, r.narrative).not.toMatch(REAL_DOMAINS);
      for (const id of r.identifiers) {
        expect(id.raw).not.toMatch(CARD_LIKE);
        expect(id.raw).not.toMatch(REAL_DOMAINS);
        if (id.kind === "phone") expect(isDramaNumber(id.raw), id.raw).toBe(true);
      }
    }
  });

  it("writes varied narratives", () => {
    const sample = reports.slice(5000, 7000).map((r) => r.narrative);
    expect(new Set(sample).size / sample.length).toBeGreaterThanOrEqual(0.9);
    const lowerOnly = sample.filter((n) => n === n.toLowerCase()).length / sample.length;
    expect(lowerOnly).toBeGreaterThan(0.2);
    expect(lowerOnly).toBeLessThan(0.8);
  });

  it("tells the story of the intended script", () => {
    const keywords: Partial<Record<(typeof SCRIPTS)[number], RegExp>> = {
      renewal: /renew|subscription|prime|membership|licen[cs]e|antivirus|annual fee/i,
      "unauthorized-spend": /order|purchase|payment|payee|bought|buy|transaction|used at|take/i,
      "refund-overpayment": /refund|overpa|too much|extra|back|owed|compensation|mistake/i,
      "account-security": /account|sign|log|password|code|verif|hack|suspend|lock|device/i,
      delivery: /parcel|deliver|package|customs|depot|item/i,
    };
    for (const [script, re] of Object.entries(keywords)) {
      const stories = reports.filter((r) => r.intendedScript === script && r.status !== "duplicate");
      const hits = stories.filter((r) => re.test(r.narrative)).length;
      expect(hits / stories.length, script).toBeGreaterThan(0.9);
    }
    // Mixed stories: an unauthorised-order call that turns into an overpayment.
    const refunds = reports.filter((r) => r.intendedScript === "refund-overpayment");
    expect(refunds.filter((r) => /order|purchase/i.test(r.narrative)).length / refunds.length).toBeGreaterThan(0.15);
  });
});

describe("generateDemoReports: the designed mix", () => {
  let reports: DemoReport[];
  beforeAll(() => {
    reports = take(20_000, 5);
  });
  const share = (pred: (r: DemoReport) => boolean, of: DemoReport[] = reports) => of.filter(pred).length / of.length;

  it("matches the designed script shares", () => {
    const designed = scriptShares();
    for (const script of SCRIPTS) {
      const expected = designed[script] * (1 - SPAM_RATE) + (script === "unknown" ? SPAM_RATE : 0);
      expect(Math.abs(share((r) => r.intendedScript === script) - expected), script).toBeLessThan(0.015);
    }
  });

  it("makes Amazon the dominant brand, above all in renewal and unauthorised-spend", () => {
    const counts = new Map<string, number>();
    for (const r of reports) if (r.brand) counts.set(r.brand, (counts.get(r.brand) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe("Amazon");
    expect(counts.size).toBeGreaterThanOrEqual(15);
    const renewal = reports.filter((r) => r.intendedScript === "renewal");
    expect(share((r) => r.brand === "Amazon", renewal)).toBeGreaterThan(0.7);
  });

  it("fits channels to scripts", () => {
    const renewal = reports.filter((r) => r.intendedScript === "renewal");
    expect(share((r) => VOICE_CHANNELS.includes(r.channel), renewal)).toBeGreaterThan(0.8);
    expect(share((r) => r.channel === "automated-call" || r.channel === "voicemail", renewal)).toBeGreaterThan(0.5);
    const delivery = reports.filter((r) => r.intendedScript === "delivery");
    expect(share((r) => r.channel === "sms", delivery)).toBeGreaterThan(0.6);
  });

  it("has mostly no loss, with skewed losses and signature amounts", () => {
    const losses = reports.map((r) => r.lossAmountMinor ?? 0).filter((x) => x > 0).sort((a, b) => a - b);
    expect(losses.length / reports.length).toBeLessThan(0.25);
    expect(losses.length / reports.length).toBeGreaterThan(0.08);
    const median = losses[Math.floor(losses.length / 2)]!;
    const mean = losses.reduce((a, b) => a + b, 0) / losses.length;
    expect(mean).toBeGreaterThan(median * 1.5);
    expect(losses).toContain(7997);
    expect(losses.some((x) => x >= 100_000)).toBe(true);
    const refund = reports.filter((r) => r.intendedScript === "refund-overpayment");
    const renewal = reports.filter((r) => r.intendedScript === "renewal");
    expect(share((r) => (r.lossAmountMinor ?? 0) > 0, refund)).toBeGreaterThan(share((r) => (r.lossAmountMinor ?? 0) > 0, renewal) * 2);
  });

  it("weights regions by population", () => {
    for (const id of ["metropolitan", "west-midlands", "kent", "dyfed-powys"]) {
      const expected = regionShare(id);
      expect(Math.abs(share((r) => r.regionId === id) - expected), id).toBeLessThan(Math.max(0.01, expected * 0.25));
    }
    expect(share((r) => r.regionId === "metropolitan")).toBeGreaterThan(share((r) => r.regionId === "gwent") * 8);
    expect(share((r) => r.regionId === "outside-uk")).toBeGreaterThan(0);
  });

  it("has weekday seasonality and slow growth", () => {
    const byWeekday = new Array<number>(7).fill(0);
    for (const r of reports) byWeekday[r.receivedAt.getUTCDay()]! += 1;
    expect(byWeekday[1]!).toBeGreaterThan(byWeekday[0]! * 1.6);
    const first = reports.filter((r) => daysAgo(r) > 456).length;
    const last = reports.filter((r) => daysAgo(r) >= 14 && daysAgo(r) < 104).length;
    expect(last).toBeGreaterThan(first * 1.2);
  });

  it("sets statuses by age, with some spam and duplicates", () => {
    const recent = reports.filter((r) => daysAgo(r) < 2 && r.status !== "duplicate" && r.status !== "spam");
    const old = reports.filter((r) => daysAgo(r) > 90 && r.status !== "duplicate" && r.status !== "spam");
    expect(share((r) => r.status === "new", recent)).toBeGreaterThan(0.7);
    expect(share((r) => r.status === "closed", old)).toBeGreaterThan(0.6);
    expect(share((r) => r.status === "spam")).toBeGreaterThan(0.01);
    expect(share((r) => r.status === "duplicate")).toBeGreaterThan(0.01);
    for (const r of reports.filter((x) => x.status === "spam")) expect(r.intendedScript).toBe("unknown");
  });
});

type Rates = { window: number; baseline: number; ratio: number };

/** Daily rate of one force x script in [fromDaysAgo, toDaysAgo) against the 90 days before it. */
function surgeRatio(counts: Map<string, number[]>, key: string, fromDaysAgo: number, toDaysAgo: number): Rates {
  const perDay = counts.get(key) ?? [];
  const sum = (a: number, b: number) => perDay.slice(a, b).reduce((x, y) => x + y, 0);
  const window = sum(toDaysAgo, fromDaysAgo) / (fromDaysAgo - toDaysAgo);
  const baseline = sum(fromDaysAgo, fromDaysAgo + 90) / 90;
  return { window, baseline, ratio: baseline > 0 ? window / baseline : Number.POSITIVE_INFINITY };
}

/** Per force x script, reports per day index (0 = the last 24 hours). */
function countByDay(count: number, seed: number): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  for (const r of generateDemoReports({ count, seed, now: NOW })) {
    const key = `${r.regionId}|${r.intendedScript}`;
    let perDay = counts.get(key);
    if (!perDay) counts.set(key, (perDay = new Array<number>(560).fill(0)));
    perDay[Math.floor(daysAgo(r))]! += 1;
  }
  return counts;
}

describe("generateDemoReports: surges", () => {
  for (const [count, seed] of [[5_000, 2], [20_000, 9], [200_000, 4]] as const) {
    describe(`${count.toLocaleString("en-GB")} reports`, () => {
      let counts: Map<string, number[]>;
      beforeAll(() => {
        counts = countByDay(count, seed);
      });

      it("shows Dyfed-Powys renewal calls surging over the last 14 days", () => {
        const r = surgeRatio(counts, "dyfed-powys|renewal", 14, 0);
        expect(r.ratio, JSON.stringify(r)).toBeGreaterThanOrEqual(3);
        expect(r.window * 14).toBeGreaterThanOrEqual(15);
      });

      it("shows a two-week Greater Manchester refund-overpayment bump about three months ago", () => {
        const r = surgeRatio(counts, "greater-manchester|refund-overpayment", 98, 84);
        expect(r.ratio, JSON.stringify(r)).toBeGreaterThanOrEqual(3);
        expect(r.window * 14).toBeGreaterThanOrEqual(10);
        // ...and it has died away since.
        const now = surgeRatio(counts, "greater-manchester|refund-overpayment", 14, 0);
        expect(now.ratio).toBeLessThan(2.5);
      });

      if (count >= 200_000) {
        it("has no surge anywhere else", () => {
          for (const key of counts.keys()) {
            for (const [from, to] of [[14, 0], [98, 84], [200, 186]] as const) {
              if (key === "dyfed-powys|renewal" && from === 14) continue;
              if (key === "greater-manchester|refund-overpayment" && from === 98) continue;
              const r = surgeRatio(counts, key, from, to);
              if (r.baseline * 90 < 100) continue;
              expect(r.ratio, `${key} ${from}-${to} days ago ${JSON.stringify(r)}`).toBeLessThan(2);
            }
          }
        });
      }
    });
  }
});
