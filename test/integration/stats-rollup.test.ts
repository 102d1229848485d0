// report_stat and report_stat_daily must equal what the reports say after every kind of change:
// inserts (one by one, in batches, concurrently), analyst overrides of script and tactics,
// status changes to and from spam/duplicate, other edits, deletes and truncation, on both
// sides of report_stat_state.rolled_up_to, and while days are being rolled up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regionById } from "@/lib/domain/regions";
import type { Channel, Script } from "@/lib/generated/prisma/client";
import { toPrismaEnum } from "@/lib/server/enum-map";
import { rollUpStats } from "@/lib/server/stats/roll-up-stats";
import { londonDate } from "@/lib/stats/london-days";
import { CHANNELS, SCRIPTS, TACTICS } from "@/lib/tagging/labels";
import { insertTestReports, mixedReports, prepareRegions, type TestReport } from "./helpers/stats-fixtures";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrate";
import { backend, emptyDatabase, migratedDatabase, onPostgres, type TestDatabase } from "./helpers/test-db";

let db: TestDatabase;
let reports: TestReport[] = [];
const END = new Date("2026-11-01T00:00:00Z");

beforeAll(async () => {
  db = await migratedDatabase();
  await prepareRegions(db.prisma);
});
afterAll(async () => db?.drop());

const counted = (r: TestReport) => r.status !== "spam" && r.status !== "duplicate";

/** report_stat_daily as the schema comment describes it, built from the reports in TypeScript. */
function expectedRollup(rs: TestReport[], upto: string | null): Map<string, string> {
  const rows = new Map<string, { reports: number; lossGbp: number; lossOther: number; channels: number[]; tactics: number[] }>();
  for (const r of rs.filter(counted)) {
    if (upto === null || londonDate(r.receivedAt) >= upto) continue;
    const lost = (r.lossAmountMinor ?? 0) > 0;
    const gbp = lost && r.lossCurrency === "GBP" ? r.lossAmountMinor! : 0;
    const tactics = [...new Set(r.tactics)];
    const brand = r.brand?.trim().toLowerCase() || null;
    const facets = ["", ...(brand ? [`brand:${brand}`] : []), `channel:${r.channel}`, ...tactics.map((t) => `tactic:${t}`)];
    const levels: [string, string, boolean][] = [
      [r.regionId, r.script, false],
      [r.regionId, "*", true],
      [`nation:${regionById(r.regionId)!.nation}`, r.script, true],
      ["*", r.script, true],
    ];
    for (const facet of facets)
      for (const [area, script, faceted] of levels) {
        if (facet !== "" && !faceted) continue;
        const key = [area, facet, londonDate(r.receivedAt), script, lost].join("|");
        const row = rows.get(key) ?? { reports: 0, lossGbp: 0, lossOther: 0, channels: CHANNELS.map(() => 0), tactics: TACTICS.map(() => 0) };
        row.reports++;
        row.lossGbp += gbp;
        if (lost && r.lossCurrency !== "GBP") row.lossOther++;
        row.channels[CHANNELS.indexOf(r.channel)]!++;
        for (const t of tactics) row.tactics[TACTICS.indexOf(t)]!++;
        rows.set(key, row);
      }
  }
  return new Map([...rows].map(([k, v]) => [k, JSON.stringify(v)]));
}

async function actualRollup(): Promise<Map<string, string>> {
  const rows = await db.prisma.$queryRaw<
    { key: string; reports: number; loss_gbp: bigint | number; loss_other: number; channel_counts: number[]; tactic_counts: number[] }[]
  >`SELECT concat_ws('|', area, facet, to_char(day, 'YYYY-MM-DD'), script, lost::text) AS key, reports, loss_gbp, loss_other,
           channel_counts, tactic_counts FROM report_stat_daily`;
  const out = new Map<string, string>();
  for (const r of rows) {
    const value = { reports: r.reports, lossGbp: Number(r.loss_gbp), lossOther: r.loss_other, channels: r.channel_counts, tactics: r.tactic_counts };
    // Rows whose reports all moved away stay behind at zero; they must be zero throughout.
    if (r.reports === 0) expect(value).toEqual({ reports: 0, lossGbp: 0, lossOther: 0, channels: CHANNELS.map(() => 0), tactics: TACTICS.map(() => 0) });
    else out.set(r.key, JSON.stringify(value));
  }
  return out;
}

async function rolledUpTo(): Promise<string | null> {
  const [row] = await db.prisma.$queryRaw<{ upto: string | null }[]>`
    SELECT to_char(rolled_up_to, 'YYYY-MM-DD') AS upto FROM report_stat_state WHERE id = 1`;
  return row!.upto;
}

async function expectInStep(upto: string | null) {
  expect(await rolledUpTo()).toBe(upto);
  const statRows = await db.prisma.reportStat.count();
  expect(statRows).toBe(reports.filter(counted).length);
  expect(Object.fromEntries(await actualRollup())).toEqual(Object.fromEntries(expectedRollup(reports, upto)));
}

const MIDDLE = "2026-10-02";

async function update(id: number, change: Partial<TestReport>) {
  const r = reports.find((x) => x.id === id)!;
  Object.assign(r, change);
  await db.prisma.report.update({
    where: { id },
    data: {
      ...(change.script && { script: toPrismaEnum<Script>(change.script) }),
      ...(change.channel && { channel: toPrismaEnum<Channel>(change.channel) }),
      ...(change.tactics && { tactics: change.tactics }),
      ...(change.status && { status: change.status }),
      ...(change.brand !== undefined && { brand: change.brand }),
      ...(change.regionId && { regionId: change.regionId }),
      ...(change.receivedAt && { receivedAt: change.receivedAt }),
      ...(change.lossAmountMinor !== undefined && { lossAmountMinor: change.lossAmountMinor }),
      ...(change.lossCurrency !== undefined && { lossCurrency: change.lossCurrency }),
    },
  });
}

describe(`statistics tables on ${backend}`, () => {
  it("use the same label order as the code", async () => {
    const [row] = await db.prisma.$queryRaw<{ tactics: string[]; channels: string[]; scripts: string[] }[]>`
      SELECT stat_tactic_labels() AS tactics, enum_range(NULL::"Channel")::text[] AS channels, enum_range(NULL::"Script")::text[] AS scripts`;
    expect(row).toEqual({ tactics: [...TACTICS], channels: [...CHANNELS], scripts: [...SCRIPTS] });
  });

  it("leave an empty database unrolled, so a bulk load into it pays only for report_stat", async () => {
    expect(await rollUpStats(db.prisma, END)).toEqual({ rolledUpTo: null, reports: 0 });
    await expectInStep(null);
  });

  it("follow inserts, one at a time and in batches, before and after rolling up", async () => {
    const all = mixedReports(600, END, 60, 11, "RL");
    reports.push(...(await insertTestReports(db.prisma, all.slice(0, 1))));
    reports.push(...(await insertTestReports(db.prisma, all.slice(1, 200))));
    await expectInStep(null); // nothing rolled up: only report_stat rows
    expect(await rollUpStats(db.prisma, new Date(`${MIDDLE}T12:00:00Z`), { daysPerStep: 7 })).toMatchObject({ rolledUpTo: MIDDLE });
    await expectInStep(MIDDLE);
    reports.push(...(await insertTestReports(db.prisma, all.slice(200, 201))));
    reports.push(...(await insertTestReports(db.prisma, all.slice(201, 400)))); // on both sides of MIDDLE
    await expectInStep(MIDDLE);
    expect(await rollUpStats(db.prisma, END)).toMatchObject({ rolledUpTo: "2026-11-01" });
    await expectInStep("2026-11-01");
    expect(await rollUpStats(db.prisma, END)).toEqual({ rolledUpTo: "2026-11-01", reports: 0 }); // again: nothing to do
    reports.push(...(await insertTestReports(db.prisma, all.slice(400))));
    await expectInStep("2026-11-01");
  });

  it("follow analyst overrides of script and tactics", async () => {
    const some = reports.filter(counted).slice(0, 40);
    for (const [i, r] of some.entries()) {
      await update(r.id!, i % 2 ? { script: "delivery", tactics: ["phishing-link", "threat"] } : { script: "other", tactics: [] });
    }
    await expectInStep("2026-11-01");
  });

  it("follow status changes to and from spam and duplicate", async () => {
    const live = reports.filter(counted).slice(40, 70);
    for (const [i, r] of live.entries()) await update(r.id!, { status: i % 2 ? "spam" : "duplicate" });
    await expectInStep("2026-11-01");
    const excluded = reports.filter((r) => !counted(r)).slice(0, 25);
    for (const r of excluded) await update(r.id!, { status: "triaged" });
    await expectInStep("2026-11-01");
    // A whole batch at once, as a bulk triage action would do.
    const batch = reports.filter(counted).slice(100, 160);
    await db.prisma.report.updateMany({ where: { id: { in: batch.map((r) => r.id!) } }, data: { status: "spam" } });
    for (const r of batch) r.status = "spam";
    await expectInStep("2026-11-01");
  });

  it("follow other edits, into and out of rolled-up days; ignore edits that change nothing counted", async () => {
    const some = reports.filter(counted).slice(0, 36);
    for (const [i, r] of some.entries()) {
      const edits: Partial<TestReport>[] = [
        { brand: "  NewBrand " },
        { brand: null, channel: "voicemail" },
        { regionId: "psni" },
        { lossAmountMinor: 4_200, lossCurrency: "GBP" },
        { lossAmountMinor: 0 },
        { receivedAt: new Date(r.receivedAt.getTime() - 3 * 86_400_000) },
        { receivedAt: new Date("2026-11-03T10:00:00Z") }, // out of the rolled-up days
        { receivedAt: new Date("2026-09-01T10:00:00Z") }, // into them
        { receivedAt: new Date("2026-10-31T23:30:00Z") }, // 31 October 23:30 GMT: the last rolled-up day
      ];
      await update(r.id!, edits[i % edits.length]!);
    }
    await db.prisma.report.updateMany({ where: { id: { in: some.map((r) => r.id!) } }, data: { narrative: "edited" } });
    await expectInStep("2026-11-01");
  });

  it("follow deletes", async () => {
    const gone = reports.slice(0, 20);
    await db.prisma.report.deleteMany({ where: { id: { in: gone.map((r) => r.id!) } } });
    reports = reports.slice(20);
    await expectInStep("2026-11-01");
  });

  it("stay exact when several writers insert into the same days while days are rolled up", async () => {
    const batches = [0, 1, 2, 3].map((k) => mixedReports(150, new Date("2026-11-06T00:00:00Z"), 8, 100 + k, `CC${k}`));
    const [inserted] = await Promise.all([
      Promise.all(batches.map((b) => insertTestReports(db.prisma, b))),
      rollUpStats(db.prisma, new Date("2026-11-04T09:00:00Z"), { daysPerStep: 1 }),
      rollUpStats(db.prisma, new Date("2026-11-05T09:00:00Z"), { daysPerStep: 1 }),
    ]);
    reports.push(...inserted.flat());
    await expectInStep("2026-11-05");
    if (onPostgres) expect(inserted.flat()).toHaveLength(600);
  });

  it("are emptied with the reports by TRUNCATE, which also forgets the roll-up", async () => {
    await db.prisma.$executeRawUnsafe("TRUNCATE report CASCADE");
    reports = [];
    await expectInStep(null);
    expect(await db.prisma.reportStatDaily.count()).toBe(0);
  });
});

describe(`migrating a database that already has reports, on ${backend}`, () => {
  it("fills report_stat and rolls the daily table up to today", async () => {
    const old = await emptyDatabase();
    try {
      const migrations = await readMigrations(MIGRATIONS_DIR);
      const at = migrations.findIndex((m) => m.name.endsWith("_dashboard_stats"));
      const session = await old.session();
      await migrate(session, migrations.slice(0, at));
      await prepareRegions(old.prisma);
      // Raw inserts: the statistics tables do not exist yet.
      const rs = mixedReports(120, new Date(), 20, 5, "OLD");
      for (const r of rs) {
        await session.query(
          `INSERT INTO report (reference, received_at, source, channel, brand, region_id, loss_amount_minor, loss_currency, status, script, tactics, updated_at)
           VALUES ($1, $2, 'demo', $3::"Channel", $4, $5, $6, $7, $8::"ReportStatus", $9::"Script", $10::text[], now())`,
          [r.reference, r.receivedAt, r.channel, r.brand, r.regionId, r.lossAmountMinor, r.lossCurrency, r.status, r.script, r.tactics],
        );
      }
      await migrate(session, migrations);
      await session.close();
      const [state] = await old.prisma.$queryRaw<{ upto: string }[]>`SELECT to_char(rolled_up_to, 'YYYY-MM-DD') AS upto FROM report_stat_state`;
      expect(state!.upto).toBe(londonDate(new Date()));
      expect(await old.prisma.reportStat.count()).toBe(rs.filter(counted).length);
      const [totals] = await old.prisma.$queryRaw<{ n: bigint | number }[]>`
        SELECT coalesce(sum(reports), 0) AS n FROM report_stat_daily WHERE area = '*' AND facet = ''`;
      const today = londonDate(new Date());
      expect(Number(totals!.n)).toBe(rs.filter((r) => counted(r) && londonDate(r.receivedAt) < today).length);
    } finally {
      await old.drop();
    }
  });
});
