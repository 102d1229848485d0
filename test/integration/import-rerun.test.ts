// Re-running an import, after it finished, after it was cut off, or after its process was
// killed, ends with each row exactly once; a run's counters always match what it committed.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/server/db";
import { startEmbeddedHost, type EmbeddedHost } from "@/lib/server/embedded";
import { importCsv } from "@/lib/server/import/import-csv";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrate";
import { seedRegions } from "@/lib/server/seed/regions";
import { chunked, csvText, cutOff, syntheticCsv } from "./helpers/import-fixtures";
import { backend, migratedDatabase, onPostgres, type TestDatabase } from "./helpers/test-db";

const now = new Date("2026-11-22T12:00:00Z");
let db: TestDatabase;
beforeAll(async () => {
  db = await migratedDatabase();
  await seedRegions(db.prisma);
});
afterAll(async () => db?.drop());

async function countsFor(d: Database, prefix: string) {
  const [c] = await d.prisma.$queryRawUnsafe<{ reports: number; ids: number; taggings: number }[]>(
    `SELECT count(*)::int AS reports, count(DISTINCT external_id)::int AS ids,
            (SELECT count(*)::int FROM report_tagging t JOIN report r ON r.id = t.report_id WHERE r.external_id LIKE $1) AS taggings
     FROM report WHERE external_id LIKE $1`,
    `${prefix}%`,
  );
  return c!;
}

describe(`re-running imports on ${backend}`, () => {
  // 2,000 reports, every 50th broken on purpose: 1,960 good rows.
  const FILE = syntheticCsv(2_000, 50, "CUT-");
  const GOOD = 1_960;

  it("an import cut off half way, then run in full, stores each row once", async () => {
    const cut = await importCsv(db.prisma, cutOff(FILE, 0.5), { filename: "cut.csv", now, batchSize: 200 });
    expect(cut.status).toBe("failed");
    expect(cut.failure).toContain("connection reset by peer");
    expect(cut.rowsImported).toBeGreaterThan(0);
    expect(cut.rowsImported).toBeLessThan(GOOD);
    // The record says exactly what was committed.
    expect((await countsFor(db, "CUT-")).reports).toBe(cut.rowsImported);

    const full = await importCsv(db.prisma, chunked(FILE, 8192), { filename: "full.csv", now, batchSize: 200 });
    expect(full).toMatchObject({ status: "finished", rowsRead: 2_000, rowsFailed: 40 });
    expect(full.rowsSkipped).toBe(cut.rowsImported);
    expect(full.rowsImported + full.rowsSkipped).toBe(GOOD);
    expect(await countsFor(db, "CUT-")).toEqual({ reports: GOOD, ids: GOOD, taggings: GOOD });

    const again = await importCsv(db.prisma, chunked(FILE, 8192), { filename: "again.csv", now });
    expect(again).toMatchObject({ rowsImported: 0, rowsSkipped: GOOD, rowsFailed: 40 });
  });

  it("two imports of one file at the same time store each row once", async () => {
    const file = syntheticCsv(600, 0, "TWIN-");
    const [a, b] = await Promise.all([
      importCsv(db.prisma, chunked(file, 4096), { filename: "a.csv", now, batchSize: 100 }),
      importCsv(db.prisma, chunked(file, 4096), { filename: "b.csv", now, batchSize: 100 }),
    ]);
    expect(a.rowsImported + b.rowsImported).toBe(600);
    expect(a.rowsSkipped + b.rowsSkipped).toBe(600);
    expect(await countsFor(db, "TWIN-")).toEqual({ reports: 600, ids: 600, taggings: 600 });
  });

  it("a reference that is already taken is drawn again, never a lost report", async () => {
    const taken = (await db.prisma.report.findFirstOrThrow({ select: { reference: true } })).reference;
    let calls = 0;
    const text = csvText([["id", "narrative", "force", "date"], ["REF-1", "A", "Kent", "2025-01-01"], ["REF-2", "B", "Kent", "2025-01-01"]]);
    const result = await importCsv(db.prisma, chunked(text), {
      filename: "ref.csv",
      now,
      newReference: () => (calls++ < 3 ? taken : `SP-TEST-${String(calls).padStart(4, "0")}`),
    });
    expect(result).toMatchObject({ status: "finished", rowsImported: 2, rowsSkipped: 0 });
    const refs = await db.prisma.report.findMany({ where: { externalId: { startsWith: "REF-" } }, select: { reference: true } });
    expect(refs.map((r) => r.reference)).not.toContain(taken);
  });

  it("a row the database refuses is reported on its own; its neighbours land", async () => {
    // Validation knows every force, so make the database disagree about one of them.
    await db.prisma.region.delete({ where: { id: "city-of-london" } });
    const rows = Array.from({ length: 9 }, (_, i) => [`DB-${i}`, `Report ${i}`, i === 4 ? "City of London Police" : "Kent", "2025-01-01"]);
    const result = await importCsv(db.prisma, chunked(csvText([["id", "narrative", "force", "date"], ...rows])), { filename: "db.csv", now });
    expect(result).toMatchObject({ status: "finished", rowsImported: 8, rowsFailed: 1 });
    expect(result.issues).toEqual([
      { row: 6, column: "", outcome: "skipped", externalId: "DB-4", reason: expect.stringContaining("the database refused this row") },
    ]);
    expect((await countsFor(db, "DB-")).reports).toBe(8);
    await seedRegions(db.prisma);
  });
});

describe(`an import process killed half way on ${backend}`, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "scampulse-import-kill-"));
  const file = path.join(dir, "reports.csv");
  const TOTAL = 3_000;
  let host: EmbeddedHost | undefined;
  let target: Database;
  let childEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    writeFileSync(file, syntheticCsv(TOTAL, 0, "KILL-"));
    if (onPostgres) {
      target = db;
      childEnv = { ...process.env, DATABASE_URL: db.url! };
    } else {
      // The embedded database, served on loopback the way `npm start` serves it to commands.
      host = await startEmbeddedHost(dir);
      target = await openDatabase({ type: "url", url: host.url, kind: "pglite" });
      const s = await target.session();
      await migrate(s, await readMigrations(MIGRATIONS_DIR));
      await s.close();
      await seedRegions(target.prisma);
      childEnv = { ...process.env, DATA_DIR: dir, DATABASE_URL: "" };
    }
  });
  afterAll(async () => {
    if (host) {
      await target.close();
      await host.stop();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  function runImport(): { done: Promise<number | null>; kill: () => void } {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", file, "--batch", "100"], { env: childEnv, stdio: "ignore" });
    return { done: new Promise((resolve) => child.on("close", resolve)), kill: () => child.kill("SIGKILL") };
  }

  it("stores each row exactly once after a re-run", async () => {
    const first = runImport();
    // Kill it once some batches are in, in the middle of writing others.
    let imported = 0;
    for (let i = 0; i < 1_200 && imported < 500; i++) {
      await new Promise((r) => setTimeout(r, 50));
      imported = (await countsFor(target, "KILL-")).reports;
    }
    first.kill();
    await first.done;
    const afterKill = await countsFor(target, "KILL-");
    expect(afterKill.reports).toBeGreaterThan(0);
    expect(afterKill.reports).toBeLessThan(TOTAL);
    expect(afterKill.taggings).toBe(afterKill.reports);
    // The killed run stays "running", and its counters match what it committed.
    const killed = await target.prisma.importRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
    expect(killed).toMatchObject({ status: "running", rowsImported: afterKill.reports });

    expect(await runImport().done).toBe(0);
    expect(await countsFor(target, "KILL-")).toEqual({ reports: TOTAL, ids: TOTAL, taggings: TOTAL });
    const rerun = await target.prisma.importRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
    expect(rerun).toMatchObject({ status: "finished", rowsImported: TOTAL - afterKill.reports, rowsSkipped: afterKill.reports });
  }, 180_000);
});
