// Filter values reach the database only as bound parameters: hostile text in any filter must
// neither appear in the SQL text nor change what a query does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { channelMix } from "@/lib/server/stats/channel-mix";
import { headlineFigures } from "@/lib/server/stats/headline-figures";
import { lossOverTime } from "@/lib/server/stats/loss-over-time";
import { reportsByRegion } from "@/lib/server/stats/reports-by-region";
import { reportsOverTime } from "@/lib/server/stats/reports-over-time";
import { rollUpStats } from "@/lib/server/stats/roll-up-stats";
import type { StatsDb } from "@/lib/server/stats/stat-sql";
import { tacticCounts } from "@/lib/server/stats/tactic-counts";
import { parseFilters, type DashboardFilters } from "@/lib/stats/filters";
import { insertTestReports, mixedReports, prepareRegions } from "./helpers/stats-fixtures";
import { backend, migratedDatabase, type TestDatabase } from "./helpers/test-db";

const NOW = new Date("2026-07-15T10:00:00Z");
const HOSTILE = [
  "'; DROP TABLE report; --",
  "x' OR '1'='1",
  "amazon'); DELETE FROM report_stat; --",
  "$1::text); TRUNCATE report CASCADE; --",
  "\\'; SELECT pg_sleep(5); --",
  'amazon" OR 1=1 --',
  "*",
  "nation:wales",
];
/** Payloads that could only be found in the SQL text if they had been spliced into it. */
const inText = (payload: string) => /['";\\]/.test(payload);
const QUERIES = { headlineFigures, reportsOverTime, reportsByRegion, channelMix, tacticCounts, lossOverTime };

let db: TestDatabase;
let reportCount: number;
beforeAll(async () => {
  db = await migratedDatabase();
  await prepareRegions(db.prisma);
  await insertTestReports(db.prisma, mixedReports(200, new Date("2026-07-15T00:00:00Z"), 60));
  // Half rolled up, so every question reads both the daily table and single reports.
  await rollUpStats(db.prisma, new Date("2026-06-15T12:00:00Z"));
  reportCount = await db.prisma.report.count();
});
afterAll(async () => db?.drop());

/** Records the statement text and values of every query, then runs it. */
function recording(prisma: PrismaClient): { db: StatsDb; statements: Prisma.Sql[] } {
  const statements: Prisma.Sql[] = [];
  return {
    statements,
    db: {
      $queryRaw: ((query: Prisma.Sql) => {
        statements.push(query);
        return prisma.$queryRaw(query);
      }) as StatsDb["$queryRaw"],
    },
  };
}

async function expectIntact() {
  expect(await db.prisma.report.count()).toBe(reportCount);
  expect(await db.prisma.reportStat.count()).toBeGreaterThan(0);
  expect(await db.prisma.reportStatDaily.count()).toBeGreaterThan(0);
}

describe(`SQL injection through dashboard filters on ${backend}`, () => {
  it("free-text brands pass parsing, are bound as values and match nothing", async () => {
    for (const payload of HOSTILE) {
      const { filters } = parseFilters({ range: "90d", brand: payload }, NOW);
      expect(filters.brands).toEqual([payload.trim()]);
      const { db: rec, statements } = recording(db.prisma);
      for (const q of Object.values(QUERIES)) await q(rec, filters);
      for (const s of statements) {
        if (inText(payload)) expect(s.sql).not.toContain(payload);
        expect(s.sql).not.toMatch(/DROP|DELETE|TRUNCATE|pg_sleep/i);
      }
      // ...and it did travel, as a bound value (lower-cased as brand keys are).
      const key = payload.trim().toLowerCase();
      expect(statements.some((s) => s.values.some((v) => (Array.isArray(v) ? v : [v]).some((x) => String(x).includes(key))))).toBe(true);
      expect((await headlineFigures(db.prisma, filters)).current.reports).toBe(0);
    }
    await expectIntact();
  });

  it("enumerated filters drop hostile values before any query", () => {
    for (const payload of HOSTILE) {
      const { filters, errors } = parseFilters(
        { range: payload, region: payload, nation: payload, script: payload, tactic: payload, channel: payload, lost: payload },
        NOW,
      );
      expect(filters).toMatchObject({ preset: "28d", regions: [], nation: null, scripts: [], tactics: [], channels: [], lost: "any" });
      expect(errors.length).toBeGreaterThanOrEqual(6);
    }
  });

  it("hostile values that skip parsing are still only values: no match, no change, at worst a type error", async () => {
    const base = parseFilters({ range: "12m" }, NOW).filters;
    for (const payload of HOSTILE) {
      // [filters, the same question without the hostile value (null: it must match nothing)]
      const cases: [DashboardFilters, DashboardFilters | null][] = [
        [{ ...base, regions: [payload] }, null],
        [{ ...base, regions: [payload], brands: ["amazon"] }, null],
        [{ ...base, scripts: [payload as never] }, null],
        [{ ...base, scripts: [payload as never], channels: ["sms"] }, null],
        [{ ...base, channels: [payload as never] }, null],
        [{ ...base, tactics: [payload as never, "threat"] }, { ...base, tactics: ["threat"] }],
      ];
      for (const [filters, same] of cases) {
        for (const q of Object.values(QUERIES)) {
          const { db: rec, statements } = recording(db.prisma);
          // An unknown value cast to a database enum is refused by PostgreSQL as a value error.
          await q(rec, filters).catch((err: Error) => expect(err.message).toMatch(/invalid input value for enum|enum/i));
          for (const s of statements) if (inText(payload)) expect(s.sql).not.toContain(payload);
        }
        const headline = await headlineFigures(db.prisma, filters).catch(() => null);
        if (headline) expect(headline.current.reports).toBe(same ? (await headlineFigures(db.prisma, same)).current.reports : 0);
      }
    }
    await expectIntact();
  });
});
