// Fails when the migrated database and prisma/schema.prisma disagree: a migration was
// forgotten, or the schema was edited without one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqlSession } from "@/lib/server/sql-session";
import { expectedSchema } from "./helpers/expected-schema";
import { backend, migratedDatabase, type TestDatabase } from "./helpers/test-db";

/** Indexes Prisma's schema language cannot express, created by hand in a migration. */
const EXTRA_INDEXES = new Set<string>([
  // Dashboard statistics (migration ..._dashboard_stats): partial covering index of GBP losses
  // for the median, a GIN expression index for "any of these tactics", and a covering index of
  // the daily totals.
  "report_stat_gbp_loss_day_idx",
  "report_stat_tactic_bits_idx",
  "report_stat_daily_totals_idx",
  // Full-text search over narratives (migration ..._cases_and_advisories).
  "report_narrative_fts_idx",
]);

let db: TestDatabase;
let s: SqlSession;
beforeAll(async () => {
  db = await migratedDatabase();
  s = await db.session();
});
afterAll(async () => {
  await s?.close();
  await db?.drop();
});

const expected = expectedSchema();
const unquote = (t: string) => t.replace(/"/g, "");

describe(`migrated ${backend} database matches schema.prisma`, () => {
  it("has exactly the tables", async () => {
    const rows = await s.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    expect(rows.map((r) => r.t)).toEqual(expected.tables);
  });

  it("has exactly the columns, with their types and nullability", async () => {
    const rows = await s.query<{ table: string; column: string; type: string; nullable: boolean }>(
      `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
    );
    const actual = rows.map((r) => ({ ...r, type: unquote(r.type) }));
    const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;
    expect(actual.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...expected.columns].sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it("has exactly the indexes", async () => {
    const rows = await s.query<{ table: string; name: string; columns: string[] | null; unique: boolean; primary: boolean }>(
      `SELECT t.relname AS "table", i.relname AS name, ix.indisunique AS "unique", ix.indisprimary AS "primary",
              (SELECT array_agg(a.attname::text ORDER BY k.ord)::text[] FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    const actual = rows.filter((r) => !EXTRA_INDEXES.has(r.name));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(actual.sort(byName)).toEqual([...expected.indexes].sort(byName));
    for (const name of EXTRA_INDEXES) expect(rows.map((r) => r.name)).toContain(name);
  });

  it("has exactly the foreign keys with their delete rules", async () => {
    const rows = await s.query<{ table: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: string }>(
      `SELECT t.relname AS "table", r.relname AS "refTable",
              (SELECT array_agg(a.attname::text ORDER BY k.ord)::text[] FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
              (SELECT array_agg(a.attname::text ORDER BY k.ord)::text[] FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS "refColumns",
              CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' WHEN 'n' THEN 'SET NULL'
                   WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END AS "onDelete"
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const key = (f: { table: string; columns: string[] }) => `${f.table}(${f.columns.join(",")})`;
    expect(rows.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...expected.foreignKeys].sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it("has exactly the enums and their values in order", async () => {
    const rows = await s.query<{ name: string; values: string[] }>(
      `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(rows.sort(byName)).toEqual([...expected.enums].sort(byName));
  });
});
