// npm run bench:import [-- --rows N] [--bad-every N] [--workers N] [--again] [--keep]
// Writes a synthetic CSV of N reports (default 500,000; lib/import/synthetic-csv.ts), imports
// it into a throwaway database on the PostgreSQL server named by DATABASE_URL, and prints
// the import rate and the peak memory. The import runs in a child process of its own, so
// the figures are the importer's alone, not the CSV generator's. --again imports the same
// file a second time (every row already in) to time a re-run.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "csv-stringify";
import pg from "pg";
import { syntheticCsvRecords } from "@/lib/import/synthetic-csv";
import { openDatabase } from "@/lib/server/db";
import { importCsv } from "@/lib/server/import/import-csv";
import { workerPreparers } from "@/lib/server/import/worker-preparers";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrate";
import { seedRegions } from "@/lib/server/seed/regions";
import { parseArgs } from "./lib/run-command";

const args = parseArgs(process.argv.slice(2));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const n = (x: number) => Math.round(x).toLocaleString("en-GB");

interface ChildResult {
  seconds: number;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  rowsFailed: number;
  status: string;
  failure: string | null;
  peakRss: number;
  peakHeap: number;
  /** RSS and heap when 25, 50, 75 and 100% of the rows were done: flat means streaming. */
  checkpoints: { done: number; rss: number; heap: number }[];
}

if (args.has("child")) await child();
else await parent();

/** Imports one file and prints its figures as JSON on the last line of stdout. */
async function child() {
  const db = await openDatabase({ type: "url", url: String(args.get("url")), kind: "postgres" });
  const total = Number(args.get("rows"));
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    return m;
  };
  const timer = setInterval(sample, 50);
  const checkpoints: ChildResult["checkpoints"] = [];
  let next = 0.25;
  try {
    const summary = await importCsv(db.prisma, createReadStream(String(args.get("file"))), {
      filename: "bench.csv",
      preparers: Number(args.get("workers")) > 0 ? workerPreparers(Number(args.get("workers"))) : undefined,
      onProgress: (p) => {
        if (p.rowsRead < total * next) return;
        const m = sample();
        checkpoints.push({ done: p.rowsRead, rss: m.rss, heap: m.heapUsed });
        next += 0.25;
        process.stderr.write(`  ${n(p.rowsRead)} rows (${Math.round((p.rowsRead / total) * 100)}%), rss ${mb(m.rss)}, heap ${mb(m.heapUsed)}\n`);
      },
    });
    clearInterval(timer);
    const result: ChildResult = { ...summary, peakRss, peakHeap, checkpoints };
    console.log(JSON.stringify(result));
  } finally {
    clearInterval(timer);
    await db.close();
  }
}

async function runChild(file: string, url: string, rows: number, workers: number): Promise<ChildResult> {
  const script = fileURLToPath(import.meta.url);
  const childArgs = ["--child", "--file", file, "--url", url, "--rows", String(rows), "--workers", String(workers)];
  const proc = spawn(process.execPath, [...process.execArgv, script, ...childArgs], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  proc.stdout.on("data", (c: Buffer) => (out += c.toString()));
  const [code] = await once(proc, "exit");
  if (code !== 0) throw new Error(`the import process exited with ${code}`);
  return JSON.parse(out.trim().split("\n").pop()!) as ChildResult;
}

function print(label: string, r: ChildResult) {
  console.log(`\nbench:import ${label}: ${r.status}, ${n(r.rowsRead)} rows read in ${r.seconds.toFixed(1)} s = ${n(r.rowsRead / r.seconds)} rows/s`);
  if (r.failure) console.log(`bench:import ${label}: ${r.failure}`);
  console.log(`bench:import ${label}: ${n(r.rowsImported)} imported, ${n(r.rowsSkipped)} already in, ${n(r.rowsFailed)} rejected`);
  console.log(`bench:import ${label}: peak RSS ${mb(r.peakRss)}, peak heap ${mb(r.peakHeap)}; at ${r.checkpoints.map((c) => `${n(c.done)}: ${mb(c.rss)}/${mb(c.heap)}`).join(", ")} (rss/heap)`);
}

async function parent() {
  const rows = Number(args.get("rows") ?? 500_000);
  const badEvery = Number(args.get("bad-every") ?? 200);
  const workers = Number(args.get("workers") ?? (os.availableParallelism() > 1 ? 1 : 0));
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.error("bench:import needs DATABASE_URL (a PostgreSQL server); it creates and drops its own database there.");
    process.exit(1);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "scampulse-bench-import-"));
  const file = path.join(dir, "reports.csv");
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const name = `scampulse_bench_${randomBytes(3).toString("hex")}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    const t = performance.now();
    const out = createWriteStream(file);
    const csv = stringify();
    csv.pipe(out);
    for (const r of syntheticCsvRecords({ count: rows, now: new Date(), badEvery })) {
      if (!csv.write(r)) await once(csv, "drain");
    }
    csv.end();
    await once(out, "close");
    console.log(`bench:import wrote ${n(rows)} rows (${mb((await stat(file)).size)}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    await admin.query(`CREATE DATABASE "${name}"`);
    const db = await openDatabase({ type: "url", url: url.toString(), kind: "postgres" });
    const s = await db.session();
    await migrate(s, await readMigrations(MIGRATIONS_DIR));
    await s.close();
    await seedRegions(db.prisma);
    await db.close();

    console.log(`bench:import importing with ${workers} worker thread(s), ${os.availableParallelism()} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`);
    const first = await runChild(file, url.toString(), rows, workers);
    print("first run", first);
    if (args.has("again")) print("re-run", await runChild(file, url.toString(), rows, workers));
  } finally {
    if (!args.has("keep")) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    else console.log(`kept database ${name}`);
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  }
}
