// npm run import -- FILE.csv [--dry-run] [--errors FILE] [--map "Header=field;Other=-"]
//                            [--delimiter ";"|tab] [--batch N] [--workers N]
// Imports historical reports from a CSV file (see lib/server/import/import-csv.ts) into the
// database the app uses, printing progress and a summary. Every problem goes to an error
// report CSV (row, column, reason), by default next to the input as FILE.errors.csv.
// Safe to run again, also after it was stopped: rows already imported are skipped.
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { stringify } from "csv-stringify";
import { describeIssue, ERROR_REPORT_HEADER, errorReportRecord } from "@/lib/import/error-report";
import { FIELD_LABELS, isImportField, type ImportField } from "@/lib/import/fields";
import type { ColumnMapping } from "@/lib/import/map-columns";
import { importCsv } from "@/lib/server/import/import-csv";
import { workerPreparers } from "@/lib/server/import/worker-preparers";
import { parseArgs, runCommand } from "./lib/run-command";

const USAGE = `usage: npm run import -- FILE.csv [--dry-run] [--errors FILE] [--map "Header=field;Header=-"] [--delimiter ";"|tab] [--batch N] [--workers N]`;

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith("--") && !isOptionValue(a));
const args = parseArgs(argv.filter((a) => a !== file));
if (!file || args.has("help")) {
  console.error(USAGE);
  process.exit(file ? 0 : 1);
}
const dryRun = args.has("dry-run");
const errorsPath = String(args.get("errors") ?? (file === "-" ? "import-errors.csv" : defaultErrorsPath(file)));
const batchSize = args.has("batch") ? Number(args.get("batch")) : undefined;
// One thread tags while this one reads the file and writes to the database.
const workers = args.has("workers") ? Number(args.get("workers")) : os.availableParallelism() > 1 ? 1 : 0;
const delimiterArg = args.get("delimiter");
const delimiter = delimiterArg === "tab" ? "\t" : typeof delimiterArg === "string" ? delimiterArg : undefined;

function isOptionValue(a: string): boolean {
  const i = argv.indexOf(a);
  return i > 0 && ["--errors", "--map", "--delimiter", "--batch", "--workers"].includes(argv[i - 1]!);
}

function defaultErrorsPath(input: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}.errors.csv`);
}

/** "Caller number=identifiers;Notes=-": "-" ignores a column. */
function parseMapping(spec: string): Record<string, ImportField | null> {
  const out: Record<string, ImportField | null> = {};
  for (const pair of spec.split(";").filter((p) => p.trim())) {
    const at = pair.lastIndexOf("=");
    const header = pair.slice(0, at).trim();
    const field = pair.slice(at + 1).trim();
    if (at < 1 || (field !== "-" && !isImportField(field))) {
      throw new Error(`--map: "${pair}" should be "Header=field" with field one of ${Object.keys(FIELD_LABELS).join(", ")}, or "-"`);
    }
    out[header] = field === "-" ? null : (field as ImportField);
  }
  return out;
}

function printMapping(mapping: ColumnMapping) {
  for (const c of mapping.columns) {
    const to = c.field ? `${c.field} (${FIELD_LABELS[c.field]})` : "not imported";
    console.log(`  ${JSON.stringify(c.header).padEnd(28)} -> ${to}${c.note ? `  [${c.note}]` : ""}`);
  }
}

const n = (x: number) => x.toLocaleString("en-GB");

await runCommand("import", async (db) => {
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw new Error("--batch must be a whole number above 0");
  if (!(Number.isInteger(workers) && workers >= 0 && workers <= 16)) throw new Error("--workers must be a whole number from 0 to 16");
  const mapping = typeof args.get("map") === "string" ? parseMapping(args.get("map") as string) : undefined;
  const source = file === "-" ? process.stdin : createReadStream(file);
  const report = stringify();
  const out = createWriteStream(errorsPath);
  report.pipe(out);
  report.write([...ERROR_REPORT_HEADER]);
  let shown = 0;
  let lastPrint = 0;
  const started = Date.now();
  console.log(`${dryRun ? "Checking" : "Importing"} ${file} into ${db.location}${dryRun ? " (dry run: nothing is written)" : ""}`);

  const summary = await importCsv(db.prisma, source, {
    filename: file === "-" ? "stdin" : path.basename(file),
    dryRun,
    mapping,
    delimiter,
    batchSize,
    preparers: workers > 0 ? workerPreparers(workers) : undefined,
    onMapping: (m) => {
      console.log("Columns:");
      printMapping(m);
    },
    onIssue: async (issue) => {
      if (shown++ < 5) console.log(`  ${describeIssue(issue)}`);
      if (!report.write(errorReportRecord(issue))) await once(report, "drain");
    },
    onProgress: (p) => {
      if (Date.now() - lastPrint < 1_000) return;
      lastPrint = Date.now();
      const rate = p.rowsRead / ((Date.now() - started) / 1000);
      console.log(`  ${n(p.rowsRead)} rows: ${n(p.rowsImported)} ${dryRun ? "new" : "imported"}, ${n(p.rowsSkipped)} already in, ${n(p.rowsFailed)} rejected (${n(Math.round(rate))} rows/s)`);
    },
  });
  report.end();
  await once(out, "close");

  const verb = dryRun ? "would be imported" : "imported";
  console.log(
    `${summary.status === "finished" ? "Done" : "Stopped"} in ${summary.seconds.toFixed(1)} s: ${n(summary.rowsRead)} rows read, ` +
      `${n(summary.rowsImported)} ${verb}, ${n(summary.rowsSkipped)} already in (skipped), ${n(summary.rowsFailed)} rejected.`,
  );
  if (summary.runId) console.log(`Import run ${summary.runId}.`);
  console.log(`Error report: ${errorsPath} (${n(summary.issueCount)} ${summary.issueCount === 1 ? "problem" : "problems"}).`);
  if (summary.failure) throw new Error(summary.failure);
});
