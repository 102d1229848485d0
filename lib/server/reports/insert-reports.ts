// Stores prepared reports with their tagging and identifiers. Rows travel as one array per
// column through unnest(), so a batch of thousands is three statements: fast enough for the
// 1,000,000-report seed and imports, and the same code stores a single form submission.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { PreparedReport } from "../../reports/prepare-report";
import { pgArrayLiteral } from "./pg-array";

export type Tx = Prisma.TransactionClient | PrismaClient;

/** The reports' INSERT ... SELECT FROM unnest(), without a conflict or RETURNING clause, so
 * insert-new-reports.ts can add its own. Parameters: reportParams(). */
export const INSERT_REPORTS_FROM_UNNEST = `
INSERT INTO report (reference, received_at, occurred_at, source, channel, brand, narrative, region_id,
  postcode_district, loss_amount_minor, loss_currency, payment_method, gave, age_band, status,
  idempotency_key, request_hash, external_id, script, tactics, updated_at)
SELECT u.reference, u.received_at, u.occurred_at, u.source::"ReportSource", u.channel::"Channel", u.brand, u.narrative,
  u.region_id, u.postcode_district, u.loss_amount_minor, u.loss_currency, u.payment_method, u.gave::text[], u.age_band,
  u.status::"ReportStatus", u.idempotency_key, u.request_hash, u.external_id, u.script::"Script", u.tactics::text[], now()
FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
  $9::text[], $10::int[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[],
  $18::text[], $19::text[], $20::text[])
  AS u(reference, received_at, occurred_at, source, channel, brand, narrative, region_id, postcode_district,
       loss_amount_minor, loss_currency, payment_method, gave, age_band, status, idempotency_key, request_hash,
       external_id, script, tactics)`;

const INSERT_REPORTS = `${INSERT_REPORTS_FROM_UNNEST}
RETURNING id, reference`;

const INSERT_TAGGINGS = `
INSERT INTO report_tagging (report_id, script, confidence, runner_up, tactics, channel, brands, amounts, phones, domains, evidence, version)
SELECT u.report_id, u.script::"Script", u.confidence, u.runner_up::"Script", u.tactics::text[], u.channel::"Channel",
  u.brands::text[], u.amounts::jsonb, u.phones::text[], u.domains::text[], u.evidence::jsonb, u.version
FROM unnest($1::int[], $2::text[], $3::float8[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
  $10::text[], $11::text[], $12::text[])
  AS u(report_id, script, confidence, runner_up, tactics, channel, brands, amounts, phones, domains, evidence, version)`;

const INSERT_IDENTIFIERS = `
INSERT INTO report_identifier (report_id, kind, raw, normalized)
SELECT u.report_id, u.kind::"IdentifierKind", u.raw, u.normalized
FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS u(report_id, kind, raw, normalized)`;

/** Inserts a batch in one transaction; returns the new ids in input order. */
export async function insertReports(prisma: PrismaClient, batch: PreparedReport[]): Promise<number[]> {
  if (batch.length === 0) return [];
  return prisma.$transaction((tx) => insertReportsIn(tx, batch), { timeout: 120_000 });
}

const col = <T>(batch: PreparedReport[], pick: (p: PreparedReport) => T) => batch.map(pick);

export async function insertReportsIn(tx: Tx, batch: PreparedReport[]): Promise<number[]> {
  const created = await tx.$queryRawUnsafe<{ id: number; reference: string }[]>(INSERT_REPORTS, ...reportParams(batch));
  const idByRef = new Map(created.map((c) => [c.reference, Number(c.id)]));
  const ids = batch.map((p) => {
    const id = idByRef.get(p.report.reference);
    if (id === undefined) throw new Error(`report ${p.report.reference} was not inserted`);
    return id;
  });
  await insertTaggingsAndIdentifiers(tx, batch, ids);
  return ids;
}

/** The column arrays for INSERT_REPORTS_FROM_UNNEST, in parameter order. */
export function reportParams(batch: PreparedReport[]): unknown[] {
  const r = (p: PreparedReport) => p.report;
  return [
    col(batch, (p) => r(p).reference),
    col(batch, (p) => r(p).receivedAt),
    col(batch, (p) => r(p).occurredAt),
    col(batch, (p) => r(p).source),
    col(batch, (p) => r(p).channel),
    col(batch, (p) => r(p).brand),
    col(batch, (p) => r(p).narrative),
    col(batch, (p) => r(p).regionId),
    col(batch, (p) => r(p).postcodeDistrict),
    col(batch, (p) => r(p).lossAmountMinor),
    col(batch, (p) => r(p).lossCurrency),
    col(batch, (p) => r(p).paymentMethod),
    col(batch, (p) => pgArrayLiteral(r(p).gave)),
    col(batch, (p) => r(p).ageBand),
    col(batch, (p) => r(p).status),
    col(batch, (p) => r(p).idempotencyKey ?? null),
    col(batch, (p) => r(p).requestHash ?? null),
    col(batch, (p) => r(p).externalId ?? null),
    col(batch, (p) => r(p).script),
    col(batch, (p) => pgArrayLiteral(r(p).tactics)),
  ];
}

/** Stores the tagging and identifiers of reports already inserted as `ids` (same order as `batch`). */
export async function insertTaggingsAndIdentifiers(tx: Tx, batch: PreparedReport[], ids: number[]): Promise<void> {
  if (batch.length === 0) return;
  const t = (p: PreparedReport) => p.tagging;
  await tx.$executeRawUnsafe(
    INSERT_TAGGINGS,
    ids,
    col(batch, (p) => t(p).script),
    col(batch, (p) => t(p).confidence),
    col(batch, (p) => t(p).runnerUp),
    col(batch, (p) => pgArrayLiteral(t(p).tactics)),
    col(batch, (p) => t(p).channel),
    col(batch, (p) => pgArrayLiteral(t(p).brands)),
    col(batch, (p) => JSON.stringify(t(p).amounts)),
    col(batch, (p) => pgArrayLiteral(t(p).phones)),
    col(batch, (p) => pgArrayLiteral(t(p).domains)),
    col(batch, (p) => JSON.stringify(t(p).evidence)),
    col(batch, (p) => t(p).version),
  );
  const idents = batch.flatMap((p, i) => p.identifiers.map((x) => ({ id: ids[i]!, ...x })));
  if (idents.length) {
    await tx.$executeRawUnsafe(
      INSERT_IDENTIFIERS,
      idents.map((x) => x.id),
      idents.map((x) => x.kind),
      idents.map((x) => x.raw),
      idents.map((x) => x.normalized),
    );
  }
}
