// npm run bench:seed [-- --reports N] [--keep]
// Loads N demo reports (default 1,000,000) into a throwaway database on the PostgreSQL
// server named by DATABASE_URL and prints the time and rate. Target: 1,000,000 in < 3 min.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase } from "@/lib/server/db";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrate";
import { seed } from "@/lib/server/seed/seed";
import { parseArgs } from "./lib/run-command";

const args = parseArgs(process.argv.slice(2));
const reports = Number(args.get("reports") ?? 1_000_000);
const base = process.env.DATABASE_URL;
if (!base) {
  console.error("bench:seed needs DATABASE_URL (a PostgreSQL server); it creates and drops its own database there.");
  process.exit(1);
}
const admin = new pg.Client({ connectionString: base });
await admin.connect();
const name = `scampulse_bench_${randomBytes(3).toString("hex")}`;
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(base);
url.pathname = `/${name}`;
const db = await openDatabase({ type: "url", url: url.toString(), kind: "postgres" });
try {
  const s = await db.session();
  await migrate(s, await readMigrations(MIGRATIONS_DIR));
  await s.close();
  const started = performance.now();
  await seed(db.prisma, { demo: true, reports, seed: 1, now: new Date(), log: (l) => console.log(l), parallel: { url: url.toString(), kind: "postgres" } });
  const secs = (performance.now() - started) / 1000;
  const counts = await db.prisma.$queryRaw<{ reports: number; taggings: number; identifiers: number }[]>`
    SELECT (SELECT count(*)::int FROM report) AS reports, (SELECT count(*)::int FROM report_tagging) AS taggings,
           (SELECT count(*)::int FROM report_identifier) AS identifiers`;
  console.log(`\nbench:seed  reports=${counts[0]!.reports} taggings=${counts[0]!.taggings} identifiers=${counts[0]!.identifiers}`);
  console.log(`bench:seed  ${secs.toFixed(1)} s, ${Math.round(reports / secs).toLocaleString("en-GB")} reports/s (target: 1,000,000 in < 180 s)`);
  if (args.has("keep")) console.log(`kept database ${name}`);
} finally {
  await db.close();
  if (!args.has("keep")) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  await admin.end();
}
