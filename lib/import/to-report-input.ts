// A validated row becomes what every other intake produces: a NewReportInput with its
// free text redacted and an idempotency key, so importing the same row twice stores it once.
import { createHash } from "node:crypto";
import { redact } from "../redaction/redact";
import type { NewReportInput } from "../reports/prepare-report";
import type { ImportRow } from "./validate-row";

/** Something changed on the way in that the analyst should know about; the row still lands. */
export interface RowNote {
  field: "identifiers" | "brand";
  reason: string;
}

export const IMPORT_KEY_PREFIX = "import:";

/**
 * `import:id:<external id>` when the file has one. Otherwise `import:sha256:<hash>` of the
 * row's content after normalisation: the same report exported twice (even with "Kent" in
 * one file and "kent police" in the other) gets the same key, but two genuinely different
 * reports that happen to read identically are also stored once. An external id column
 * avoids that and is the recommended way to import.
 * The hash is over the narrative as written, not as redacted, so that a later, better
 * redactor does not change the key and let a re-run store the report a second time. Only
 * the digest is kept, never the text.
 */
export function importKey(row: ImportRow): string {
  if (row.externalId) return `${IMPORT_KEY_PREFIX}id:${row.externalId}`;
  const content = JSON.stringify([
    row.narrative,
    row.regionId,
    row.receivedAt.toISOString(),
    row.occurredAt?.toISOString() ?? null,
    row.channel,
    row.brand,
    row.identifiers,
    row.lossAmountMinor,
    row.lossCurrency,
    row.paymentMethod,
    row.gave,
    row.ageBand,
    row.postcodeDistrict,
  ]);
  return `${IMPORT_KEY_PREFIX}sha256:${createHash("sha256").update(content).digest("hex")}`;
}

export function toReportInput(row: ImportRow): { input: NewReportInput; notes: RowNote[] } {
  const notes: RowNote[] = [];
  const narrative = redact(row.narrative).text;
  let brand = row.brand;
  if (brand !== null && redact(brand).text !== brand) {
    brand = null;
    notes.push({ field: "brand", reason: "looked like it held card or bank details, so it was left out" });
  }
  // An identifier is stored as given and used to link reports, so one that carries a card
  // number or bank details is dropped rather than stored half-redacted.
  const identifiers = row.identifiers.filter((x) => redact(x).text === x);
  if (identifiers.length < row.identifiers.length) {
    const n = row.identifiers.length - identifiers.length;
    notes.push({ field: "identifiers", reason: `${n} ${n === 1 ? "entry looked" : "entries looked"} like card or bank details and ${n === 1 ? "was" : "were"} left out` });
  }
  return {
    input: {
      source: "import",
      receivedAt: row.receivedAt,
      occurredAt: row.occurredAt,
      channel: row.channel,
      brand,
      narrative,
      regionId: row.regionId,
      postcodeDistrict: row.postcodeDistrict,
      identifiers,
      lossAmountMinor: row.lossAmountMinor,
      lossCurrency: row.lossCurrency,
      paymentMethod: row.paymentMethod,
      gave: row.gave,
      ageBand: row.ageBand,
      status: row.status,
      idempotencyKey: importKey(row),
      externalId: row.externalId,
    },
    notes,
  };
}
