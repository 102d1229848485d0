// A stored report as the intake answers with it: the reference and tags the API returns,
// and the facts the confirmation page's advice is chosen from. Read back from the
// database for new reports and idempotent replays alike, so both answer the same.
import { regionById, type Nation } from "../../domain/regions";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { ACCOUNT_BRANDS, type AdviceInput } from "../../intake/advice";
import type { ConfirmationData } from "../../intake/confirmation-token";
import { isGave, isPaymentMethod } from "../../intake/vocabulary";
import { REDACTION_KINDS, REDACTION_PLACEHOLDERS, type RedactionKind } from "../../redaction/kinds";
import { isTactic, type Channel, type Script, type Tactic } from "../../tagging/labels";
import { fromPrismaEnum } from "../enum-map";

type Tx = Prisma.TransactionClient | PrismaClient;

export interface StoredReport {
  id: number;
  reference: string;
  script: Script;
  tactics: Tactic[];
  channel: Channel;
  requestHash: string | null;
  confirmation: ConfirmationData;
}

const SELECT = {
  id: true,
  reference: true,
  receivedAt: true,
  occurredAt: true,
  channel: true,
  brand: true,
  narrative: true,
  regionId: true,
  lossAmountMinor: true,
  paymentMethod: true,
  gave: true,
  script: true,
  tactics: true,
  requestHash: true,
  tagging: { select: { evidence: true, brands: true } },
  contact: { select: { reportId: true } },
} as const;

export async function findStoredReport(tx: Tx, where: { id: number } | { idempotencyKey: string }): Promise<StoredReport | null> {
  const row = await tx.report.findUnique({ where, select: SELECT });
  if (!row) return null;
  const evidence = Array.isArray(row.tagging?.evidence) ? (row.tagging.evidence as { tag?: unknown }[]) : [];
  const named = (prefix: string) => [
    ...new Set(evidence.flatMap((e) => (typeof e.tag === "string" && e.tag.startsWith(prefix) ? [e.tag.slice(prefix.length)] : []))),
  ];
  const removals = removalsIn(row.narrative ?? "");
  const channel = fromPrismaEnum<Channel>(row.channel);
  const tactics = row.tactics.filter(isTactic);
  const nation: Nation = regionById(row.regionId)?.nation ?? "outside-uk";
  const advice: AdviceInput = {
    gave: row.gave.filter(isGave),
    moneyLost: (row.lossAmountMinor ?? 0) > 0 || row.paymentMethod !== null,
    paymentMethod: isPaymentMethod(row.paymentMethod) ? row.paymentMethod : null,
    occurredAt: row.occurredAt,
    reportedAt: row.receivedAt,
    channel: channel === "unknown" ? null : channel,
    tactics,
    removals,
    remoteTools: named("remote-tool:"),
    giftCards: named("gift-card:"),
    // The tagger's canonical brand names only: free text never reaches the advice wording.
    brand: row.tagging?.brands.find((b) => ACCOUNT_BRANDS.has(b)) ?? null,
    nation,
  };
  return {
    id: row.id,
    reference: row.reference,
    script: fromPrismaEnum<Script>(row.script),
    tactics,
    channel,
    requestHash: row.requestHash,
    confirmation: { reference: row.reference, removals, contactConsented: row.contact !== null, advice },
  };
}

/** Which kinds of detail redaction removed, read back from the placeholders it left. */
export function removalsIn(narrative: string): RedactionKind[] {
  return REDACTION_KINDS.filter((kind) => narrative.includes(REDACTION_PLACEHOLDERS[kind]));
}
