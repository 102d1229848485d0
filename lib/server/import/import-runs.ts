// The import_run record: created when an import starts, its counters moved forward inside
// each batch's transaction (so they always match what is committed, even after a crash),
// and closed with the error report. Also what an admin page reads back.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { ImportIssue } from "../../import/error-report";
import { audit } from "../audit";

export interface ImportCounts {
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  rowsFailed: number;
}

export type ImportRunStatus = "running" | "finished" | "failed";

/** How many problems the run record keeps; the counts stay exact beyond it. */
export const STORED_ISSUES_CAP = 10_000;

export async function startImportRun(
  prisma: PrismaClient,
  run: { filename: string; startedById: string | null },
): Promise<string> {
  const created = await prisma.importRun.create({
    data: { filename: run.filename.slice(0, 255), startedById: run.startedById, status: "running" },
    select: { id: true },
  });
  return created.id;
}

export async function recordProgress(
  tx: Prisma.TransactionClient | PrismaClient,
  runId: string,
  counts: ImportCounts,
): Promise<void> {
  await tx.importRun.update({ where: { id: runId }, data: counts, select: { id: true } });
}

export async function finishImportRun(
  prisma: PrismaClient,
  runId: string,
  end: { status: Exclude<ImportRunStatus, "running">; counts: ImportCounts; issues: readonly ImportIssue[]; startedById: string | null },
): Promise<void> {
  await prisma.importRun.update({
    where: { id: runId },
    data: {
      ...end.counts,
      status: end.status,
      finishedAt: new Date(),
      errors: end.issues.slice(0, STORED_ISSUES_CAP) as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  await audit(prisma, {
    userId: end.startedById,
    action: "import.run",
    entityType: "import_run",
    entityId: runId,
    details: { status: end.status, ...end.counts },
  });
}

export interface ImportRunView extends ImportCounts {
  id: string;
  filename: string;
  startedById: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  status: ImportRunStatus;
  issues: ImportIssue[];
}

/** One run with its stored problems, for the admin page and the error report download. */
export async function getImportRun(prisma: PrismaClient, id: string): Promise<ImportRunView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const run = await prisma.importRun.findUnique({ where: { id } });
  if (!run) return null;
  return {
    id: run.id,
    filename: run.filename,
    startedById: run.startedById,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    status: run.status as ImportRunStatus,
    rowsRead: run.rowsRead,
    rowsImported: run.rowsImported,
    rowsSkipped: run.rowsSkipped,
    rowsFailed: run.rowsFailed,
    issues: Array.isArray(run.errors) ? (run.errors as unknown as ImportIssue[]) : [],
  };
}

/** The latest runs, newest first, without their problem lists. */
export async function listImportRuns(prisma: PrismaClient, take = 20) {
  return prisma.importRun.findMany({
    orderBy: { startedAt: "desc" },
    take,
    select: {
      id: true, filename: true, startedAt: true, finishedAt: true, status: true,
      rowsRead: true, rowsImported: true, rowsSkipped: true, rowsFailed: true,
    },
  });
}
