// Writes prepared rows in batches, one transaction each: a batch's reports, taggings,
// identifiers and the run's counters commit together or not at all. If the database
// refuses a batch because of one row's data, the batch is split until that row is found,
// reported and left out, so one bad row never costs its neighbours.
import type { PrismaClient } from "../../generated/prisma/client";
import type { ImportIssue } from "../../import/error-report";
import type { PreparedReport } from "../../reports/prepare-report";
import { redact } from "../../redaction/redact";
import { insertNewReportsIn } from "../reports/insert-new-reports";
import { recordProgress, type ImportCounts } from "./import-runs";
import type { PendingRow } from "./prepare-rows";

/** Counts of the rows before a batch that never reached the writer (read, and rejected). */
export interface ReadCounts {
  rowsRead: number;
  rowsFailed: number;
}

export interface BatchWriterOptions {
  prisma: PrismaClient;
  /** Null for a dry run: nothing is written, existing keys are only looked up. */
  runId: string | null;
  newReference: () => string;
  onIssue: (issue: ImportIssue) => Promise<void>;
}

export function createBatchWriter(opts: BatchWriterOptions) {
  const totals = { imported: 0, skipped: 0, refused: 0 };
  const counts = (read: ReadCounts, add = { imported: 0, skipped: 0 }): ImportCounts => ({
    rowsRead: read.rowsRead,
    rowsImported: totals.imported + add.imported,
    rowsSkipped: totals.skipped + add.skipped,
    rowsFailed: read.rowsFailed + totals.refused,
  });

  async function commit(rows: PendingRow[], read: ReadCounts): Promise<void> {
    const prepared = rows.map((r) => ({ ...r.prepared, report: { ...r.prepared.report, reference: opts.newReference() } }));
    if (opts.runId === null) {
      const fresh = await countNew(opts.prisma, prepared);
      totals.imported += fresh;
      totals.skipped += rows.length - fresh;
      return;
    }
    const runId = opts.runId;
    const added = await opts.prisma.$transaction(
      async (tx) => {
        const ids = await insertNewReportsIn(tx, prepared, opts.newReference);
        const imported = ids.filter((id) => id !== null).length;
        const add = { imported, skipped: ids.length - imported };
        await recordProgress(tx, runId, counts(read, add));
        return add;
      },
      // A busy machine can keep the pool's connection or the event loop from answering for a
      // few seconds; Prisma's default wait (2 s) would fail the whole run for that.
      { timeout: 120_000, maxWait: 30_000 },
    );
    totals.imported += added.imported;
    totals.skipped += added.skipped;
  }

  async function write(rows: PendingRow[], read: ReadCounts): Promise<void> {
    if (rows.length === 0) return;
    try {
      await commit(rows, read);
    } catch (err) {
      const code = sqlState(err);
      // Only a refusal of the data itself can be pinned on a row; anything else (the
      // server gone, a timeout) ends the run, and a re-run picks up where it stopped.
      if (!code || !/^2[23]/.test(code)) throw err;
      if (rows.length === 1) {
        totals.refused++;
        const r = rows[0]!;
        await opts.onIssue({
          row: r.row,
          column: "",
          outcome: "skipped",
          externalId: r.externalId,
          reason: `the database refused this row (${redact(errorMessage(err)).text.slice(0, 160)})`,
        });
        return;
      }
      const mid = rows.length >> 1;
      await write(rows.slice(0, mid), read);
      await write(rows.slice(mid), read);
    }
  }

  return { write, counts, totals };
}

// Dry run: a row would be new if its key is not stored and it is the first with its key here.
async function countNew(prisma: PrismaClient, batch: PreparedReport[]): Promise<number> {
  const keys = [...new Set(batch.map((p) => p.report.idempotencyKey!))];
  const stored = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM report WHERE idempotency_key = ANY($1::text[])`,
    keys,
  );
  return keys.length - Number(stored[0]?.n ?? 0);
}

/** The PostgreSQL error code behind a Prisma driver-adapter error, if there is one. */
export function sqlState(err: unknown): string | null {
  const cause = (err as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } })?.meta
    ?.driverAdapterError?.cause;
  return typeof cause?.originalCode === "string" ? cause.originalCode : null;
}

function errorMessage(err: unknown): string {
  const cause = (err as { meta?: { driverAdapterError?: { cause?: { originalMessage?: unknown } } } })?.meta
    ?.driverAdapterError?.cause;
  return typeof cause?.originalMessage === "string" ? cause.originalMessage : String(err);
}
