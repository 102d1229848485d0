// Bulk import of historical reports from CSV, for `npm run import` and the admin upload:
// stream -> map columns -> validate -> redact -> tag -> prepare -> batched insert.
// Memory stays flat whatever the file size: one record is parsed at a time, and at most
// two batches (one being prepared, one being written) are held. Re-running an import, also
// after a crash or a kill, stores each row once (idempotency keys, see lib/import).
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import { randomReference } from "../../domain/reference";
import type { ImportIssue } from "../../import/error-report";
import { mapColumns, type ColumnMapping, type MappingOverrides } from "../../import/map-columns";
import { createBatchWriter } from "./batch-writer";
import { finishImportRun, startImportRun, STORED_ISSUES_CAP, type ImportCounts } from "./import-runs";
import type { PendingRow, PreparedChunk } from "./prepare-rows";
import { inThreadPreparers, type PreparerFactory, type PreparerPool } from "./preparer-pool";
import { readCsv, type CsvItem, type CsvSource } from "./read-csv";

export interface ImportProgress extends ImportCounts {
  runId: string | null;
}

export interface ImportOptions {
  filename: string;
  startedById?: string | null;
  /** A run created beforehand with startImportRun (an upload answers before the import ends). */
  runId?: string;
  /** Check, tag and count without writing anything (not even an import_run). */
  dryRun?: boolean;
  /** Column choices that win over the header aliases. */
  mapping?: MappingOverrides;
  delimiter?: string;
  batchSize?: number;
  /** Bounds dates (nothing in the future) and stands in for "now" in tests. */
  now?: Date;
  /** Where rows are validated, redacted and tagged: this thread by default; scripts may
   * pass workerPreparers(n) from worker-preparers.ts. */
  preparers?: PreparerFactory;
  /** Called once the header row is read and mapped. */
  onMapping?: (mapping: ColumnMapping) => void;
  /** Called after every batch is committed (dry run: checked). */
  onProgress?: (progress: ImportProgress) => void;
  /** Every problem, in file order and without a cap: to write a full error report. */
  onIssue?: (issue: ImportIssue) => void | Promise<void>;
  /** Tests: how references are drawn. */
  newReference?: () => string;
}

export interface ImportSummary extends ImportCounts {
  runId: string | null;
  status: "finished" | "failed";
  /** Why the whole import stopped, when it did. */
  failure: string | null;
  mapping: ColumnMapping | null;
  /** The first STORED_ISSUES_CAP problems (all of them are passed to onIssue). */
  issues: ImportIssue[];
  issueCount: number;
  seconds: number;
}

export const DEFAULT_BATCH_SIZE = 1_000;
// Records sent to a worker thread at a time: big enough that messaging costs little.
const CHUNK_SIZE = 250;

export async function importCsv(prisma: PrismaClient, source: CsvSource, opts: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const now = opts.now ?? new Date();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const startedById = opts.startedById ?? null;
  const runId = opts.dryRun ? null : (opts.runId ?? (await startImportRun(prisma, { filename: opts.filename, startedById })));
  const issues: ImportIssue[] = [];
  let issueCount = 0;
  const report = async (issue: ImportIssue) => {
    issueCount++;
    if (issues.length < STORED_ISSUES_CAP) issues.push(issue);
    await opts.onIssue?.(issue);
  };
  const read = { rowsRead: 0, rowsFailed: 0 };
  const newReference = opts.newReference ?? referenceMaker();
  const writer = createBatchWriter({ prisma, runId, newReference, onIssue: report });
  let mapping: ColumnMapping | null = null;
  let failure: string | null = null;
  let pool: PreparerPool | null = null;

  // Three stages overlap: reading the file, preparing rows (here or in worker threads) and
  // writing the previous batch. Each holds a bounded amount, so memory stays flat.
  let writing: Promise<void> = Promise.resolve();
  let batch: PendingRow[] = [];
  const flush = async () => {
    const rows = batch;
    const snapshot = { ...read };
    batch = [];
    await writing;
    writing = writer.write(rows, snapshot).then(() => opts.onProgress?.({ runId, ...writer.counts(snapshot) }));
    // Surface a failure of this write at the next await rather than as an unhandled rejection.
    writing.catch(() => {});
  };
  const preparing: Promise<PreparedChunk>[] = [];
  const takePrepared = async () => {
    const chunk = await preparing.shift()!;
    read.rowsRead += chunk.read;
    read.rowsFailed += chunk.failed;
    for (const issue of chunk.issues) await report(issue);
    for (const row of chunk.rows) {
      batch.push(row);
      if (batch.length >= batchSize) await flush();
    }
  };
  let chunk: CsvItem[] = [];

  try {
    for await (const item of readCsv(source, { delimiter: opts.delimiter })) {
      if (!mapping) {
        if (item.kind === "problem") {
          failure = "The header row is not valid CSV: nothing was imported.";
          await report({ row: item.row, column: "", outcome: "skipped", reason: item.reason });
          break;
        }
        mapping = mapColumns(item.values, opts.mapping);
        opts.onMapping?.(mapping);
        if (mapping.problems.length) {
          for (const reason of mapping.problems) await report({ row: 0, column: "", outcome: "skipped", reason });
          failure = "The columns of the file cannot be mapped: nothing was imported.";
          break;
        }
        pool = (opts.preparers ?? inThreadPreparers)(mapping, now);
        continue;
      }
      chunk.push(item);
      if (chunk.length < (pool!.parallelism > 0 ? CHUNK_SIZE : 1)) continue;
      preparing.push(pool!.prepare(chunk));
      chunk = [];
      // At most one chunk in flight per thread: memory stays flat however large the file.
      while (preparing.length > pool!.parallelism) await takePrepared();
    }
    if (!mapping && !failure) {
      failure = "The file is empty: it needs a header row and at least one report.";
      await report({ row: 0, column: "", outcome: "skipped", reason: failure });
    }
    if (pool && chunk.length) preparing.push(pool.prepare(chunk));
    while (preparing.length) await takePrepared();
    if (batch.length) await flush();
    await writing;
  } catch (err) {
    await writing.catch(() => {});
    await Promise.allSettled(preparing);
    failure = `The import stopped: ${err instanceof Error ? err.message.split("\n").filter(Boolean).pop() : String(err)}. Rows already imported stay; run it again to continue.`;
  } finally {
    await pool?.close();
  }

  const counts = writer.counts(read);
  const status = failure ? "failed" : "finished";
  // A row the database refused is reported after later rows were checked: restore file order.
  issues.sort((a, b) => a.row - b.row);
  if (runId) await finishImportRun(prisma, runId, { status, counts, issues, startedById });
  return {
    runId,
    status,
    failure,
    mapping,
    ...counts,
    issues,
    issueCount,
    seconds: (performance.now() - started) / 1000,
  };
}

// One call into the system's random source per reference is a measurable share of an
// import: draw 4 KB at a time and hand out 5 bytes per reference.
function referenceMaker(): () => string {
  let pool = Buffer.alloc(0);
  let at = 0;
  const take = (n: number) => {
    if (at + n > pool.length) [pool, at] = [randomBytes(4096), 0];
    at += n;
    return pool.subarray(at - n, at);
  };
  return () => randomReference(take);
}
