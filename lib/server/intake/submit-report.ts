// The one way a report gets in from outside: the public form and the partner API both
// call submitReport. validate -> redact -> idempotency -> abuse guard -> tag -> prepare ->
// store (report, tagging, identifiers, contact only with consent, audit) in a transaction.
// Nothing here logs or returns the narrative; the audit row says what happened, not what
// was written or by whom.
import { randomBytes } from "node:crypto";
import type { CountryCode } from "libphonenumber-js";
import { randomReference } from "../../domain/reference";
import type { PrismaClient } from "../../generated/prisma/client";
import { toFieldErrors, type FieldErrors } from "../../intake/field-errors";
import { reportBodySchema, type ReportSubmission } from "../../intake/report-schema";
import { requestHash } from "../../intake/request-hash";
import { redact } from "../../redaction/redact";
import { prepareReport, tagInputFor, type NewReportInput } from "../../reports/prepare-report";
import { tagReport } from "../../tagging/tag-report";
import { insertReportsIn } from "../reports/insert-reports";
import type { ApiClientRef } from "./api-keys";
import { findStoredReport, type StoredReport } from "./stored-report";

export type GuardResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface SubmitOptions {
  source: "public-form" | "partner-api";
  /** Unvalidated: the API's JSON, or the form's answers already turned into that shape. */
  body: unknown;
  now: Date;
  requestKey: Buffer;
  /** scope keeps one partner's keys apart from another's and from the form's. */
  idempotency?: { scope: string; key: string; hashInput?: unknown };
  /** Abuse checks: run after validation and replay detection, so neither costs a try. */
  guard?: () => Promise<GuardResult>;
  apiClient?: ApiClientRef;
  defaultPhoneRegion?: CountryCode;
  /** Injected by tests to force a reference collision. */
  newReference?: () => string;
}

export type SubmitResult =
  | { kind: "invalid"; fieldErrors: FieldErrors }
  | { kind: "created"; report: StoredReport }
  | { kind: "replayed"; report: StoredReport }
  | { kind: "conflict"; reference: string }
  | { kind: "refused"; retryAfterSeconds: number };

const MAX_REFERENCE_ATTEMPTS = 5;

export async function submitReport(prisma: PrismaClient, opts: SubmitOptions): Promise<SubmitResult> {
  const parsed = reportBodySchema(opts.now).safeParse(opts.body);
  if (!parsed.success) return { kind: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const submission = parsed.data;

  // Redact first: everything after this line only ever sees the redacted text.
  const narrative = redact(submission.narrative).text;
  const identifiers = submission.identifiers.filter((id) => redact(id).removals.length === 0);
  const brand = submission.brand === null ? null : redact(submission.brand).text;

  const idem = opts.idempotency;
  const storedKey = idem ? `${idem.scope}:${idem.key}` : null;
  const hash = idem ? requestHash(opts.requestKey, { ...(idem.hashInput ?? submission) as object, narrative }) : null;
  if (storedKey) {
    const existing = await findStoredReport(prisma, { idempotencyKey: storedKey });
    if (existing) return existing.requestHash === hash ? { kind: "replayed", report: existing } : { kind: "conflict", reference: existing.reference };
  }

  if (opts.guard) {
    const verdict = await opts.guard();
    if (!verdict.ok) return { kind: "refused", retryAfterSeconds: verdict.retryAfterSeconds };
  }

  const input = newReportInput(submission, { source: opts.source, now: opts.now, narrative, identifiers, brand, storedKey, hash });
  const tags = tagReport(tagInputFor(input), { defaultRegion: opts.defaultPhoneRegion ?? "GB" });
  const nextReference = opts.newReference ?? (() => randomReference((n) => randomBytes(n)));

  for (let attempt = 1; ; attempt++) {
    const prepared = prepareReport(input, tags, nextReference(), opts.defaultPhoneRegion ?? "GB");
    try {
      const outcome = await prisma.$transaction(async (tx) => {
        if (storedKey) {
          // Two copies of one submission (a double click) wait for each other here, so the
          // second finds the first's row instead of failing on the unique key.
          await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${storedKey}, 0))) AS l`;
          const raced = await findStoredReport(tx, { idempotencyKey: storedKey });
          if (raced) return { raced };
        }
        const [id] = await insertReportsIn(tx, [prepared]);
        if (submission.contact) {
          await tx.reporterContact.create({ data: { reportId: id!, ...submission.contact, consentAt: opts.now } });
        }
        await tx.auditEvent.create({
          data: {
            at: opts.now,
            action: "report.create",
            entityType: "report",
            entityId: String(id),
            details: { source: opts.source, ...(opts.apiClient ? { apiClient: opts.apiClient.keyPrefix } : {}) },
          },
        });
        return { id: id! };
      });
      if ("raced" in outcome) {
        const r = outcome.raced!;
        return r.requestHash === hash ? { kind: "replayed", report: r } : { kind: "conflict", reference: r.reference };
      }
      const report = await findStoredReport(prisma, { id: outcome.id });
      if (!report) throw new Error("the new report could not be read back");
      return { kind: "created", report };
    } catch (err) {
      // 40 random bits make a clash rare, not impossible: draw another reference.
      if (attempt < MAX_REFERENCE_ATTEMPTS && isUniqueViolationOn(err, "reference")) continue;
      throw err;
    }
  }
}

function newReportInput(
  s: ReportSubmission,
  x: { source: SubmitOptions["source"]; now: Date; narrative: string; identifiers: string[]; brand: string | null; storedKey: string | null; hash: string | null },
): NewReportInput {
  return {
    source: x.source,
    receivedAt: x.now,
    occurredAt: s.occurredAt,
    channel: s.channel,
    brand: x.brand,
    narrative: x.narrative,
    regionId: s.regionId,
    postcodeDistrict: s.postcodeDistrict,
    identifiers: x.identifiers,
    lossAmountMinor: s.moneyLost?.amountMinor ?? null,
    lossCurrency: s.moneyLost ? s.moneyLost.currency : null,
    paymentMethod: s.moneyLost?.method ?? null,
    gave: s.gave,
    ageBand: s.ageBand,
    idempotencyKey: x.storedKey,
    requestHash: x.hash,
    externalId: s.externalId,
  };
}

/** A unique-constraint failure naming the column, however the driver adapter reports it. */
export function isUniqueViolationOn(err: unknown, column: string): boolean {
  const text = describeError(err);
  return /23505|P2002|UniqueConstraintViolation|unique constraint/i.test(text) && text.includes(column);
}

function describeError(err: unknown, depth = 0): string {
  if (!err || typeof err !== "object" || depth > 3) return String(err);
  const e = err as { message?: unknown; code?: unknown; meta?: unknown; cause?: unknown };
  return [String(e.message ?? ""), String(e.code ?? ""), JSON.stringify(e.meta ?? null), describeError(e.cause, depth + 1)].join(" ");
}

/** For logs: the error's kind and code, never its message (a driver may quote the values). */
export function safeErrorSummary(err: unknown): string {
  if (!err || typeof err !== "object") return "unknown error";
  const e = err as { name?: unknown; code?: unknown };
  return [String(e.name ?? "Error"), e.code ? String(e.code) : ""].filter(Boolean).join(" ");
}
