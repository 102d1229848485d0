// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` does, without
// Prisma's native schema engine (it cannot be downloaded here, nor reach an in-process PGlite).
// See docs/decisions/001-own-migration-runner.md.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlSession } from "./sql-session";

/** Prisma's own advisory lock key, so this runner and `prisma migrate` exclude each other. */
const PRISMA_ADVISORY_LOCK = 72707369;

export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    readonly migration: string,
    readonly cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Migration ${migration} failed: ${reason}. Nothing from this migration was applied.`);
  }
}

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

export function checksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(dir: string): Promise<LocalMigration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksum(sql) };
    }),
  );
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrateResult {
  applied: string[];
  total: number;
}

export async function migrate(
  session: SqlSession,
  migrations: LocalMigration[],
  log: (line: string) => void = () => {},
): Promise<MigrateResult> {
  await session.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    await session.exec(CREATE_TABLE);
    const rows = await session.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new Error(
          `Migration ${row.migration_name} is recorded as started but not finished. ` +
            `Inspect the database, then mark it rolled back in _prisma_migrations.`,
        );
      }
      done.set(row.migration_name, row);
    }
    const applied: string[] = [];
    for (const m of migrations) {
      const existing = done.get(m.name);
      if (existing) {
        if (existing.checksum !== m.checksum) {
          throw new Error(
            `Migration ${m.name} was changed after it was applied (checksum differs). ` +
              `Write a new migration instead of editing an applied one.`,
          );
        }
        continue;
      }
      if (await applyOne(session, m)) {
        applied.push(m.name);
        log(`applied ${m.name}`);
      }
    }
    return { applied, total: done.size + applied.length };
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
  }
}

/** Applies one migration in its own transaction; false if another runner got there first. */
async function applyOne(session: SqlSession, m: LocalMigration): Promise<boolean> {
  await session.exec("BEGIN");
  try {
    // On the embedded database every client shares one backend, so the advisory lock above
    // cannot exclude a second runner; its transactions are serialised instead, and this
    // re-check inside ours sees a migration the other runner has just committed.
    const already = await session.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [m.name],
    );
    if (already.length > 0) {
      await session.exec("ROLLBACK");
      return false;
    }
    await session.exec(m.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, now(), 1)`,
      [randomUUID(), m.checksum, m.name],
    );
    await session.exec("COMMIT");
    return true;
  } catch (err) {
    await session.exec("ROLLBACK").catch(() => {});
    throw new MigrationError(m.name, err);
  }
}

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
