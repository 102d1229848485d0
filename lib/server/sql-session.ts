// A raw SQL session on either database, for the few jobs Prisma's client cannot do:
// applying migration files (several statements in one go) and holding an advisory lock
// for the whole run. Everything else goes through Prisma (lib/server/db.ts).
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export interface SqlSession {
  /** Runs one or more statements with the simple query protocol. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openPgSession(connectionString: string): Promise<SqlSession> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  await client.connect();
  // An error on an idle client must not crash the process; the next query reports it.
  client.on("error", () => {});
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await client.query(sql, params);
      return res.rows as T[];
    },
    async close() {
      await client.end();
    },
  };
}

/** Wraps an already open PGlite; closing the session leaves the database open. */
export function pgliteSession(db: PGlite): SqlSession {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await db.query<T>(sql, params);
      return res.rows;
    },
    async close() {},
  };
}
