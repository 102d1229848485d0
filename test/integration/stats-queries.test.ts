// Every dashboard aggregate against the same question answered in plain TypeScript over a
// known dataset, for many filter combinations (both the rollup and the per-report paths),
// plus one small hand-counted set whose numbers are written out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelMix } from "@/lib/server/stats/channel-mix";
import { dailyCountsForSurges } from "@/lib/server/stats/daily-counts-for-surges";
import { headlineFigures } from "@/lib/server/stats/headline-figures";
import { lossOverTime } from "@/lib/server/stats/loss-over-time";
import { reportsByRegion } from "@/lib/server/stats/reports-by-region";
import { reportsOverTime } from "@/lib/server/stats/reports-over-time";
import { rollUpStats } from "@/lib/server/stats/roll-up-stats";
import { tacticCounts } from "@/lib/server/stats/tactic-counts";
import { parseFilters, type DashboardFilters } from "@/lib/stats/filters";
import { usesRollup } from "@/lib/stats/query-plan";
import { insertTestReports, mixedReports, prepareRegions, type TestReport } from "./helpers/stats-fixtures";
import * as expected from "./helpers/stats-reference";
import { backend, migratedDatabase, type TestDatabase } from "./helpers/test-db";

const NOW = new Date("2026-07-15T10:00:00Z");
let db: TestDatabase;
let reports: TestReport[];

beforeAll(async () => {
  db = await migratedDatabase();
  await prepareRegions(db.prisma);
  // Three batches, as an importer would send them.
  const all = mixedReports(900, new Date("2026-07-15T00:00:00Z"), 470);
  reports = [];
  for (let i = 0; i < all.length; i += 300) reports.push(...(await insertTestReports(db.prisma, all.slice(i, i + 300))));
});
afterAll(async () => db?.drop());

const filtersFor = (query: string): DashboardFilters => {
  const sp: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(query)) (sp[k] ??= []).push(v);
  const { filters, errors } = parseFilters(sp, NOW);
  expect(errors).toEqual([]);
  return filters;
};

const AREAS = ["", "region=metropolitan", "region=gwent,dyfed-powys", "nation=wales", "nation=england&region=kent"];
const SCRIPT_CHOICES = ["", "script=renewal", "script=delivery,unknown"];
const FACETS = [
  "",
  "channel=sms",
  "channel=sms,email",
  "brand=amazon",
  "brand=HMRC&brand=Smith%2C+Jones+%26+Co&brand=O'Brien's+Bank",
  "tactic=otp-request",
  "tactic=otp-request,threat",
  "channel=phone-call&brand=Amazon",
];
const LOST = ["", "lost=yes", "lost=no"];
const RANGES = ["range=90d", "range=12m", "range=7d", "from=2026-03-20&to=2026-04-05", "from=2025-05-01&to=2026-07-14"];

const combos: string[] = [];
let n = 0;
for (const area of AREAS)
  for (const facet of FACETS)
    for (const lost of LOST) {
      combos.push([RANGES[n % RANGES.length], area, SCRIPT_CHOICES[n % SCRIPT_CHOICES.length], facet, lost].filter(Boolean).join("&"));
      n++;
    }
for (const range of RANGES) for (const script of SCRIPT_CHOICES) combos.push([range, script].filter(Boolean).join("&"));

async function checkAll(query: string) {
  const f = filtersFor(query);
  const [headline, overTime, byRegion, channels, tactics, loss] = await Promise.all([
    headlineFigures(db.prisma, f),
    reportsOverTime(db.prisma, f),
    reportsByRegion(db.prisma, f),
    channelMix(db.prisma, f),
    tacticCounts(db.prisma, f),
    lossOverTime(db.prisma, f),
  ]);
  expect(headline).toEqual(expected.expectedHeadline(reports, f));
  expect(overTime).toEqual(expected.expectedOverTime(reports, f));
  expect(byRegion).toEqual(expected.expectedByRegion(reports, f));
  expect(channels).toEqual(expected.expectedChannelMix(reports, f));
  expect(tactics).toEqual(expected.expectedTacticCounts(reports, f));
  expect(loss).toEqual(expected.expectedLossOverTime(reports, f));
}

async function checkSurgeCounts() {
  const range = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-07-15T00:00:00Z") };
  const order = (r: { date: string; regionId: string; script: string }) => `${r.date}|${r.regionId}|${r.script}`;
  const got = (await dailyCountsForSurges(db.prisma, range)).sort((a, b) => (order(a) < order(b) ? -1 : 1));
  expect(got.length).toBeGreaterThan(100);
  expect(got).toEqual(expected.expectedDailyCounts(reports, range));
}

describe(`dashboard aggregates on ${backend}`, () => {
  it("exercise both the rollup and the per-report table", () => {
    const plans = combos.map((q) => usesRollup(filtersFor(q), { byRegion: true }));
    expect(plans.filter(Boolean).length).toBeGreaterThan(30);
    expect(plans.filter((p) => !p).length).toBeGreaterThan(30);
  });

  // Every state of report_stat_daily must give the same answers: nothing rolled up yet (all
  // from report_stat), rolled up to the middle of the ranges (both tables in one answer), and
  // rolled up to today (the daily table, plus today from report_stat).
  describe("before any roll-up", () => {
    it.each(combos.filter((_, i) => i % 4 === 0))("agree with a plain count for %s", checkAll);
    it("daily counts for the surge detector", checkSurgeCounts);
  });

  describe("rolled up to the middle of the ranges", () => {
    beforeAll(async () => {
      expect(await rollUpStats(db.prisma, new Date("2026-04-01T12:00:00Z"), { daysPerStep: 45 })).toMatchObject({ rolledUpTo: "2026-04-01" });
    });
    it.each(combos)("agree with a plain count for %s", checkAll);
    it("daily counts for the surge detector", checkSurgeCounts);
  });

  describe("rolled up to today", () => {
    beforeAll(async () => {
      const result = await rollUpStats(db.prisma, NOW);
      expect(result.rolledUpTo).toBe("2026-07-15");
      expect(result.reports).toBeGreaterThan(100);
    });
    it.each(combos.filter((_, i) => i % 4 === 1))("agree with a plain count for %s", checkAll);
    it("daily counts for the surge detector", checkSurgeCounts);
  });
});

describe(`a small hand-counted set on ${backend}`, () => {
  // 2020, well away from the mixed data. London days: BST in June.
  const at = (iso: string) => new Date(iso);
  const base: Pick<TestReport, "tactics" | "channel" | "brand" | "status"> = { tactics: [], channel: "phone-call", brand: null, status: "new" };
  const small: TestReport[] = [
    { ...base, reference: "H-1", receivedAt: at("2020-06-10T09:00:00Z"), regionId: "gwent", script: "renewal", brand: "Amazon", lossAmountMinor: 10_000, lossCurrency: "GBP", tactics: ["otp-request"] },
    { ...base, reference: "H-2", receivedAt: at("2020-06-10T22:30:00Z"), regionId: "gwent", script: "renewal", lossAmountMinor: 30_000, lossCurrency: "GBP" }, // 23:30 BST: still 10 June
    { ...base, reference: "H-3", receivedAt: at("2020-06-10T23:30:00Z"), regionId: "kent", script: "delivery", channel: "sms", lossAmountMinor: 0, lossCurrency: "GBP" }, // 00:30 BST on 11 June
    { ...base, reference: "H-4", receivedAt: at("2020-06-12T12:00:00Z"), regionId: "kent", script: "delivery", channel: "sms", lossAmountMinor: 5_000, lossCurrency: "USD" },
    { ...base, reference: "H-5", receivedAt: at("2020-06-12T12:00:00Z"), regionId: "kent", script: "delivery", lossAmountMinor: 99_999, lossCurrency: "GBP", status: "spam" },
    { ...base, reference: "H-6", receivedAt: at("2020-06-03T12:00:00Z"), regionId: "gwent", script: "renewal", lossAmountMinor: 20_000, lossCurrency: "GBP", status: "duplicate" },
    { ...base, reference: "H-7", receivedAt: at("2020-06-04T12:00:00Z"), regionId: "gwent", script: "other", lossAmountMinor: 7_000, lossCurrency: "GBP" }, // previous period
  ];
  beforeAll(async () => {
    await insertTestReports(db.prisma, small);
  });
  const week = (extra = "") => filtersFor(`from=2020-06-08&to=2020-06-14${extra}`);

  it("headline: counts, GBP sums, share, median and other currencies; spam and duplicates left out", async () => {
    expect(await headlineFigures(db.prisma, week())).toEqual({
      current: { reports: 4, lostReports: 3, lostShare: 0.75, lossGbpMinor: 40_000, medianLossGbpMinor: 20_000, otherCurrencyLosses: 1 },
      previous: { reports: 1, lostReports: 1, lostShare: 1, lossGbpMinor: 7_000, medianLossGbpMinor: 7_000, otherCurrencyLosses: 0 },
    });
    expect((await headlineFigures(db.prisma, week("&brand=amazon"))).current).toEqual({
      reports: 1, lostReports: 1, lostShare: 1, lossGbpMinor: 10_000, medianLossGbpMinor: 10_000, otherCurrencyLosses: 0,
    });
    expect((await headlineFigures(db.prisma, week("&lost=no"))).current).toEqual({
      reports: 1, lostReports: 0, lostShare: 0, lossGbpMinor: 0, medianLossGbpMinor: null, otherCurrencyLosses: 0,
    });
  });

  it("buckets by London day", async () => {
    const { granularity, rows } = await reportsOverTime(db.prisma, week());
    expect(granularity).toBe("day");
    expect(rows.map((r) => [r.bucket, r.total])).toEqual([
      ["2020-06-08", 0], ["2020-06-09", 0], ["2020-06-10", 2], ["2020-06-11", 1], ["2020-06-12", 1], ["2020-06-13", 0], ["2020-06-14", 0],
    ]);
    expect(rows[2]!.byScript.renewal).toBe(2);
  });

  it("per force area, with the previous period", async () => {
    const rows = await reportsByRegion(db.prisma, week("&nation=wales"));
    expect(rows.find((r) => r.regionId === "gwent")).toEqual({ regionId: "gwent", reports: 2, previousReports: 1 });
    expect(rows.find((r) => r.regionId === "dyfed-powys")).toEqual({ regionId: "dyfed-powys", reports: 0, previousReports: 0 });
    expect(rows).toHaveLength(4);
  });

  it("channels, tactics and money over time", async () => {
    const channels = await channelMix(db.prisma, week());
    expect(channels.find((c) => c.channel === "sms")!.reports).toBe(2);
    expect(channels.find((c) => c.channel === "phone-call")!.reports).toBe(2);
    const tactics = await tacticCounts(db.prisma, week());
    expect(tactics.filter((t) => t.reports > 0)).toEqual([{ tactic: "otp-request", reports: 1 }]);
    const loss = await lossOverTime(db.prisma, week());
    expect(loss.rows.find((r) => r.bucket === "2020-06-10")).toEqual({ bucket: "2020-06-10", lossGbpMinor: 40_000, lostReports: 2, otherCurrencyLosses: 0 });
    expect(loss.rows.find((r) => r.bucket === "2020-06-12")).toEqual({ bucket: "2020-06-12", lossGbpMinor: 0, lostReports: 1, otherCurrencyLosses: 1 });
  });
});
