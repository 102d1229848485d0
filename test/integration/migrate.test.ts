import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { checksum, migrate, MIGRATIONS_DIR, MigrationError, readMigrations, type LocalMigration } from "@/lib/server/migrate";
import { openPgSession, type SqlSession } from "@/lib/server/sql-session";
import { backend, emptyDatabase, onPostgres, type TestDatabase } from "./helpers/test-db";

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.drop();
  db = undefined;
});

async function tables(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((r) => r.t);
}

describe(`migrations on ${backend}`, () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    db = await emptyDatabase();
    const local = await readMigrations(MIGRATIONS_DIR);
    const s = await db.session();
    const first = await migrate(s, local);
    expect(first.applied).toEqual(local.map((m) => m.name));
    const rows = await s.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const [i, row] of rows.entries()) expect(row.checksum).toBe(checksum(local[i]!.sql));
    expect(await tables(s)).toEqual(expect.arrayContaining(["report", "region", "app_user", "audit_event"]));

    const second = await migrate(s, local);
    expect(second.applied).toEqual([]);
    expect(second.total).toBe(local.length);
    await s.close();
  });

  it("rolls back a failing migration completely and names it", async () => {
    db = await emptyDatabase();
    const good: LocalMigration = mk("20990101000000_good", `CREATE TABLE "good_t" (id int);`);
    const bad: LocalMigration = mk(
      "20990102000000_bad",
      `CREATE TABLE "half_t" (id int);\nINSERT INTO "half_t" VALUES (1);\nSELECT * FROM "no_such_table";`,
    );
    const s = await db.session();
    const err = await migrate(s, [good, bad]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect((err as Error).message).toContain("20990102000000_bad");
    expect((err as Error).message).toMatch(/no_such_table/);
    const t = await tables(s);
    expect(t).toContain("good_t");
    expect(t).not.toContain("half_t");
    const names = await s.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((n) => n.migration_name)).toEqual(["20990101000000_good"]);
    await s.close();
  });

  it("refuses a migration edited after it was applied", async () => {
    db = await emptyDatabase();
    const s = await db.session();
    await migrate(s, [mk("20990101000000_a", `CREATE TABLE "a_t" (id int);`)]);
    await expect(migrate(s, [mk("20990101000000_a", `CREATE TABLE "a_t" (id bigint);`)])).rejects.toThrow(/changed after it was applied/);
    await s.close();
  });

  it("lets two runners start together without applying anything twice", async () => {
    const local = await readMigrations(MIGRATIONS_DIR);
    let sessions: SqlSession[];
    let cleanup: () => Promise<void>;
    if (onPostgres) {
      db = await emptyDatabase();
      sessions = [await db.session(), await db.session()];
      cleanup = async () => {};
    } else {
      // Two clients of one embedded database, the way `npm start` serves it to commands.
      const pglite = await PGlite.create();
      const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 8 });
      await server.start();
      const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
      sessions = [await openPgSession(url), await openPgSession(url)];
      cleanup = async () => {
        await server.stop();
        await pglite.close();
      };
    }
    const results = await Promise.all(sessions.map((s) => migrate(s, local)));
    const appliedTwice = results.flatMap((r) => r.applied);
    expect(appliedTwice.sort()).toEqual(local.map((m) => m.name).sort());
    const count = await sessions[0]!.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(count[0]!.n).toBe(local.length);
    for (const s of sessions) await s.close();
    await cleanup();
  });
});

function mk(name: string, sql: string): LocalMigration {
  return { name, sql, checksum: checksum(sql) };
}
