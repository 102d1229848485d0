// npm run bench:dashboard [-- --reports 1000000] [--runs 5] [--naive-runs 2] [--database scampulse_bench_1m]
// On the PostgreSQL server named by DATABASE_URL: uses (or creates and seeds) a database of
// N demo reports, then times every dashboard aggregate for a fixed set of filter combinations
// and ranges, beside the same questions answered by GROUP BY over the raw report table, and
// checks that both give the same answers. Target: p95 < 150 ms for every aggregate.
import os from "node:os";
import pg from "pg";
import { openDatabase } from "@/lib/server/db";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrate";
import { seed } from "@/lib/server/seed/seed";
import { channelMix } from "@/lib/server/stats/channel-mix";
import { dailyCountsForSurges } from "@/lib/server/stats/daily-counts-for-surges";
import { headlineFigures } from "@/lib/server/stats/headline-figures";
import { lossOverTime } from "@/lib/server/stats/loss-over-time";
import { reportsByRegion } from "@/lib/server/stats/reports-by-region";
import { reportsOverTime } from "@/lib/server/stats/reports-over-time";
import { rollUpStats } from "@/lib/server/stats/roll-up-stats";
import type { StatsDb } from "@/lib/server/stats/stat-sql";
import { tacticCounts } from "@/lib/server/stats/tactic-counts";
import { parseFilters, type DashboardFilters } from "@/lib/stats/filters";
import { usesRollup } from "@/lib/stats/query-plan";
import { DEFAULT_SURGE_CONFIG } from "@/lib/surge";
import { parseArgs } from "./lib/run-command";
import * as naive from "./lib/naive-dashboard";

const args = parseArgs(process.argv.slice(2));
const target = Number(args.get("reports") ?? 1_000_000);
const runs = Number(args.get("runs") ?? 5);
const naiveRuns = Number(args.get("naive-runs") ?? 2);
const dbName = String(args.get("database") ?? (target === 1_000_000 ? "scampulse_bench_1m" : `scampulse_bench_${target}`));
const base = process.env.DATABASE_URL;
if (!base) {
  console.error("bench:dashboard needs DATABASE_URL (a PostgreSQL server); it keeps its data in its own database there.");
  process.exit(1);
}
if (!/^[a-z0-9_]+$/.test(dbName)) throw new Error(`--database must be lower-case letters, digits and _`);

type Query = (db: StatsDb, f: DashboardFilters) => Promise<unknown>;
const QUERIES: [string, Query, Query, Parameters<typeof usesRollup>[1]][] = [
  ["headlineFigures", headlineFigures, naive.naiveHeadline, {}],
  ["reportsOverTime", reportsOverTime, naive.naiveReportsOverTime, { byScript: true }],
  ["reportsByRegion", reportsByRegion, naive.naiveReportsByRegion, { byRegion: true }],
  ["channelMix", channelMix, naive.naiveChannelMix, {}],
  ["tacticCounts", tacticCounts, naive.naiveTacticCounts, {}],
  ["lossOverTime", lossOverTime, naive.naiveLossOverTime, {}],
];
const COMBOS: [string, string][] = [
  ["none", ""],
  ["one region", "region=greater-manchester"],
  ["a nation", "nation=wales"],
  ["script + region", "script=renewal&region=dyfed-powys"],
  ["tactic", "tactic=remote-access"],
  ["brand", "brand=Amazon"],
  ["lost money", "lost=yes"],
  ["several combined", "nation=england&script=delivery&channel=sms&lost=yes"],
  ["brand + channel", "brand=Royal+Mail&channel=sms"],
  ["two tactics + nation", "tactic=gift-cards,remote-access&nation=england"],
];
const RANGES = ["7d", "28d", "90d", "12m"];

async function ensureDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE "${dbName}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base!);
  url.pathname = `/${dbName}`;
  return url.toString();
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
const ms = (x: number) => (Number.isNaN(x) ? "-" : x < 10 ? x.toFixed(1) : x.toFixed(0));

async function time(fn: () => Promise<unknown>): Promise<[number, unknown]> {
  const t = performance.now();
  const out = await fn();
  return [performance.now() - t, out];
}

const db = await openDatabase({ type: "url", url: await ensureDatabase(), kind: "postgres" });
try {
  const session = await db.session();
  const migrated = await migrate(session, await readMigrations(MIGRATIONS_DIR), (l) => console.log(l));
  await session.close();
  if (migrated.applied.length) await db.prisma.$executeRawUnsafe("ANALYZE");
  const have = await db.prisma.report.count();
  if (have < target) {
    console.log(`${dbName}: ${have.toLocaleString("en-GB")} reports, seeding ${(target - have).toLocaleString("en-GB")} more`);
    await seed(db.prisma, { demo: true, reports: target - have, seed: 1, now: new Date(), log: (l) => console.log(l) });
    await db.prisma.$executeRawUnsafe("VACUUM ANALYZE");
  }
  // Finished days go into the daily table, as the scheduled job does; only "today" stays per report.
  const rollStart = performance.now();
  const rolled = await rollUpStats(db.prisma, new Date());
  console.log(`rolled up to ${rolled.rolledUpTo} (${rolled.reports.toLocaleString("en-GB")} reports added) in ${((performance.now() - rollStart) / 1000).toFixed(1)} s`);
  const [latest] = await db.prisma.$queryRaw<{ last: Date }[]>`SELECT max(received_at) AS last FROM report`;
  const now = latest!.last;
  const load = os.loadavg().map((x) => x.toFixed(1)).join(" ");
  console.log(`\nbench:dashboard  ${dbName}: ${(await db.prisma.report.count()).toLocaleString("en-GB")} reports, "now" = ${now.toISOString()} (latest report)`);
  console.log(`bench:dashboard  ${runs} runs per query x combination x range (naive: ${naiveRuns}); ${os.cpus().length} CPUs, load ${load}\n`);

  type Sample = { query: string; combo: string; range: string; ours: number[]; naive: number[]; rollup: boolean };
  const samples: Sample[] = [];
  let compared = 0;
  const mismatches: string[] = [];
  for (const [combo, query] of COMBOS) {
    for (const range of RANGES) {
      const { filters, errors } = parseFilters(Object.fromEntries(new URLSearchParams(`range=${range}&${query}`)), now);
      if (errors.length) throw new Error(errors.join(" "));
      for (const [name, ours, slow, needs] of QUERIES) {
        const s: Sample = { query: name, combo, range, ours: [], naive: [], rollup: usesRollup(filters, needs) };
        const [, answer] = await time(() => ours(db.prisma, filters)); // warm-up, and the answer to check
        for (let i = 0; i < runs; i++) s.ours.push((await time(() => ours(db.prisma, filters)))[0]);
        for (let i = 0; i < naiveRuns; i++) {
          const [t, expected] = await time(() => slow(db.prisma, filters));
          s.naive.push(t);
          if (i === 0) {
            compared++;
            if (JSON.stringify(expected) !== JSON.stringify(answer)) mismatches.push(`${name} ${combo} ${range}`);
          }
        }
        samples.push(s);
      }
    }
    process.stdout.write(`  measured: ${combo}\n`);
  }
  // The window the surge job reads (lib/server/surge/refresh-alerts.ts).
  const c = DEFAULT_SURGE_CONFIG;
  const lookback = c.baselineDays + c.guardDays + Math.max(...c.windows) + c.sinceLookbackDays + 1;
  const surgeRange = { from: new Date(now.getTime() - lookback * 86_400_000), to: now };
  const surge: Sample = { query: `dailyCountsForSurges (${lookback} days, job)`, combo: "-", range: "-", ours: [], naive: [], rollup: true };
  await dailyCountsForSurges(db.prisma, surgeRange);
  for (let i = 0; i < runs; i++) surge.ours.push((await time(() => dailyCountsForSurges(db.prisma, surgeRange)))[0]);
  for (let i = 0; i < naiveRuns; i++) surge.naive.push((await time(() => naive.naiveDailyCounts(db.prisma, surgeRange)))[0]);

  const table = (title: string, key: (s: Sample) => string, rows: Sample[]) => {
    const groups = new Map<string, Sample[]>();
    for (const s of rows) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
    console.log(`\n${title}`);
    const head = ["", "ours p50", "ours p95", "ours max", "naive p50", "naive p95", "p50 ratio", "p95 ratio", "< 150 ms"];
    const lines = [...groups].map(([k, ss]) => {
      const o = ss.flatMap((s) => s.ours);
      const n = ss.flatMap((s) => s.naive);
      const ratio = (p: number) => (n.length ? `${(pct(n, p) / pct(o, p)).toFixed(0)}x` : "-");
      return [k, ms(pct(o, 50)), ms(pct(o, 95)), ms(Math.max(...o)), ms(pct(n, 50)), ms(pct(n, 95)), ratio(50), ratio(95), pct(o, 95) < 150 ? "yes" : "NO"];
    });
    const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
    console.log(fmt(head));
    console.log(widths.map((w) => "-".repeat(w)).join("  "));
    for (const l of lines) console.log(fmt(l));
  };
  table("Per aggregate (all combinations and ranges; milliseconds):", (s) => s.query, [...samples, surge]);
  table("Per filter combination (all aggregates and ranges):", (s) => s.combo, samples);
  table("Per range (all aggregates and combinations):", (s) => s.range, samples);
  table("By source table:", (s) => (s.rollup ? "report_stat_daily (rollup)" : "report_stat (per report)"), samples);
  console.log(`\nanswers checked against the naive GROUP BY: ${compared - mismatches.length}/${compared} equal`);
  for (const m of mismatches) console.log(`  MISMATCH ${m}`);
  console.log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  if (mismatches.length) process.exitCode = 1;
} finally {
  await db.close();
}
