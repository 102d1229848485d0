// Reading the audit log for the admin page: filter by action, user and record, newest first.
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export interface AuditQuery {
  action?: string;
  email?: string;
  entity?: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

export async function readAuditLog(prisma: PrismaClient, q: AuditQuery) {
  const where: Prisma.AuditEventWhereInput = {
    ...(q.action ? { action: { startsWith: q.action } } : {}),
    ...(q.email ? { user: { email: { contains: q.email.toLowerCase() } } } : {}),
    ...(q.entity ? { OR: [{ entityId: q.entity }, { entityType: q.entity }] } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (q.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, details: true, user: { select: { email: true } } },
    }),
  ]);
  return { total, rows };
}
