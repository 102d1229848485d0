// What GET /api/health reports: which database, how many migrations, or why it is down.
import { readdir } from "node:fs/promises";
import { getDatabase, type Database, type DbKind } from "./db";
import { MIGRATIONS_DIR } from "./migrate";

export type Health =
  | { status: "ok"; database: DbKind; migrations: number }
  | { status: "unavailable"; reason: string };

export async function checkHealth(open: () => Promise<Database> = getDatabase): Promise<Health> {
  try {
    const db = await open();
    // Two statements: a query naming a missing table fails at parse time, whatever CASE says.
    const exists = await db.prisma.$queryRaw<{ ok: boolean }[]>`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS ok`;
    if (!exists[0]?.ok) return { status: "unavailable", reason: "database is not migrated" };
    const rows = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = rows[0]?.n ?? 0;
    const local = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).length;
    if (applied < local) {
      return { status: "unavailable", reason: `database is ${local - applied} migration(s) behind: run npm run db:migrate` };
    }
    return { status: "ok", database: db.kind, migrations: applied };
  } catch (err) {
    // Messages name the host at most, never credentials (see describeDatabaseUrl).
    const reason = err instanceof Error && err.message ? err.message.split("\n")[0]! : `database error (${String(err)})`;
    return { status: "unavailable", reason };
  }
}
