// Read-only SQL against the database of the app under test: the PostgreSQL named by
// DATABASE_URL, or the embedded one the app serves on its loopback socket.
import pg from "pg";
import { findRunningHost } from "@/lib/server/embedded";

export async function queryAppDb<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const url = process.env.DATABASE_URL || (await findRunningHost(`.data/e2e-${port}`));
  if (!url) throw new Error(`the e2e app's database is not running (.data/e2e-${port})`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
