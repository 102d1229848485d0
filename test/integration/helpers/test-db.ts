// A fresh, migrated database for one test file: a new database on the PostgreSQL server
// named by DATABASE_URL (dropped afterwards), or an in-memory PGlite.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/server/db";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrate";

export const onPostgres = !!process.env.DATABASE_URL;
export const backend = onPostgres ? "postgres" : "pglite";

export interface TestDatabase extends Database {
  /** The connection string (Postgres only). */
  url?: string;
  drop(): Promise<void>;
}

/** An empty database on the configured backend, not yet migrated. */
export async function emptyDatabase(): Promise<TestDatabase> {
  if (!onPostgres) {
    const pglite = await PGlite.create();
    const db = await openDatabase({ type: "pglite", db: pglite });
    return { ...db, drop: async () => { await db.close(); await pglite.close(); } };
  }
  const admin = new URL(process.env.DATABASE_URL!);
  const name = `${admin.pathname.slice(1) || "scampulse"}_t_${randomBytes(4).toString("hex")}`;
  await withAdmin(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db = await openDatabase({ type: "url", url: url.toString(), kind: "postgres" });
  return {
    ...db,
    url: url.toString(),
    async drop() {
      await db.close();
      await withAdmin(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export async function migratedDatabase(): Promise<TestDatabase> {
  const db = await emptyDatabase();
  const session = await db.session();
  try {
    await migrate(session, await readMigrations(MIGRATIONS_DIR));
  } finally {
    await session.close();
  }
  return db;
}

async function withAdmin(url: URL, fn: (c: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}
