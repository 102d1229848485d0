// Append-only record of what staff do with data. Details never hold narratives or
// reporters' contact details: only ids, counts and the names of what changed.
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export type AuditAction =
  | "sign-in"
  | "sign-in.failed"
  | "sign-in.locked"
  | "sign-out"
  | "sign-out.everywhere"
  | "contact.view"
  | "tag.override"
  | "report.status"
  | "export"
  | "user.create"
  | "user.update"
  | "apikey.create"
  | "apikey.revoke"
  | "import.run"
  | "case.create"
  | "case.update"
  | "case.note"
  | "advisory.transition"
  | "privacy.erase"
  | "retention.purge";

export interface AuditEntry {
  userId?: string | null;
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  details?: Prisma.InputJsonValue;
}

export async function audit(db: PrismaClient | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      userId: entry.userId ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      details: entry.details,
    },
  });
}
