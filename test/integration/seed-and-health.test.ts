import { subDays } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/server/health";
import { MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrate";
import { seed } from "@/lib/server/seed/seed";
import { DEMO_USERS } from "@/lib/server/users";
import { backend, emptyDatabase, migratedDatabase, type TestDatabase } from "./helpers/test-db";

const now = new Date("2026-11-20T12:00:00Z");
let db: TestDatabase;
beforeAll(async () => {
  db = await migratedDatabase();
  await seed(db.prisma, { demo: true, reports: 3000, seed: 7, now });
});
afterAll(async () => db?.drop());

describe(`seeding on ${backend}`, () => {
  it("loads every police force area, the demo users and the reports with their tags", async () => {
    expect(await db.prisma.region.count()).toBe(46);
    const dp = await db.prisma.region.findUniqueOrThrow({ where: { id: "dyfed-powys" } });
    expect(dp.nameCy).toBe("Dyfed-Powys");
    expect((await db.prisma.user.findMany({ select: { email: true } })).map((u) => u.email).sort()).toEqual(
      DEMO_USERS.map((u) => u.email).sort(),
    );
    expect(await db.prisma.report.count()).toBe(3000);
    expect(await db.prisma.reportTagging.count()).toBe(3000);
    expect(await db.prisma.reportIdentifier.count()).toBeGreaterThan(100);
  });

  it("stores effective tags, references and arrays the way the domain spells them", async () => {
    const rows = await db.prisma.$queryRaw<{ reference: string; script: string; tactics: string[]; channel: string }[]>`
      SELECT reference, script::text AS script, tactics, channel::text AS channel FROM report ORDER BY id LIMIT 200`;
    for (const r of rows) expect(r.reference).toMatch(/^SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(rows.map((r) => r.script)).size).toBeGreaterThanOrEqual(4);
    expect(rows.some((r) => r.script === "unauthorized-spend" || r.script === "refund-overpayment")).toBe(true);
    expect(rows.some((r) => r.tactics.length > 0)).toBe(true);
    const tagging = await db.prisma.reportTagging.findFirstOrThrow({ where: { NOT: { evidence: { equals: [] } } } });
    expect(Array.isArray(tagging.evidence)).toBe(true);
  });

  it("puts the Dyfed-Powys renewal surge in the last 14 days", async () => {
    const count = (from: Date, to: Date) =>
      db.prisma.report.count({
        where: { regionId: "dyfed-powys", script: "renewal", receivedAt: { gte: from, lt: to } },
      });
    const recent = await count(subDays(now, 14), now);
    const before = await count(subDays(now, 42), subDays(now, 14));
    // Tagged as renewal by the classifier, not by the generator's intent.
    expect(recent).toBeGreaterThanOrEqual(15);
    expect(recent / 14).toBeGreaterThan(3 * (before / 28));
  });

  it("a second demo load adds reports without reusing a reference", async () => {
    await seed(db.prisma, { demo: true, reports: 100, seed: 7, now });
    expect(await db.prisma.report.count()).toBe(3100);
    expect(await db.prisma.user.count()).toBe(4);
  });

  it("health says ok with the database kind and migration count", async () => {
    const local = (await readMigrations(MIGRATIONS_DIR)).length;
    expect(local).toBeGreaterThanOrEqual(1);
    expect(await checkHealth(async () => db)).toEqual({ status: "ok", database: backend, migrations: local });
  });

  it("health says why when the database is not migrated", async () => {
    const empty = await emptyDatabase();
    try {
      const h = await checkHealth(async () => empty);
      expect(h).toEqual({ status: "unavailable", reason: "database is not migrated" });
    } finally {
      await empty.drop();
    }
  });
});
