// Stores prepared reports unless one with the same idempotency key is already stored: the
// write behind re-runnable imports. A run killed half way leaves whole batches behind (one
// transaction each); running it again skips every report already in and adds the rest.
import type { PreparedReport } from "../../reports/prepare-report";
import { INSERT_REPORTS_FROM_UNNEST, insertTaggingsAndIdentifiers, reportParams, type Tx } from "./insert-reports";

// No conflict target: a clash on `reference` must not abort the whole batch either. Which
// constraint a skipped row hit is worked out afterwards (see below).
const INSERT_NEW_REPORTS = `${INSERT_REPORTS_FROM_UNNEST}
ON CONFLICT DO NOTHING
RETURNING id, idempotency_key`;

const EXISTING_KEYS = `SELECT idempotency_key FROM report WHERE idempotency_key = ANY($1::text[])`;

// References are 40 random bits: across a few million reports a clash is rare but real,
// and it is answered by drawing a new reference, never by dropping the report.
const MAX_REFERENCE_ATTEMPTS = 5;

/**
 * Inserts the reports of `batch` whose idempotency key is not yet stored, with their
 * tagging and identifiers, in the caller's transaction. Returns, in input order, the new
 * report id or null when the report was already there (stored before, or earlier in this
 * batch). Every report must carry an idempotency key. `newReference` replaces a reference
 * that turns out to be taken.
 */
export async function insertNewReportsIn(
  tx: Tx,
  batch: PreparedReport[],
  newReference: () => string,
): Promise<(number | null)[]> {
  const ids: (number | null)[] = batch.map(() => null);
  const rows = batch.slice();
  // Only the first of several rows with one key may go in; RETURNING names rows by key.
  const firstOfKey = new Map<string, number>();
  rows.forEach((p, i) => {
    const key = p.report.idempotencyKey;
    if (!key) throw new Error(`report ${p.report.reference} has no idempotency key`);
    if (!firstOfKey.has(key)) firstOfKey.set(key, i);
  });
  let pending = [...firstOfKey.values()];

  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > MAX_REFERENCE_ATTEMPTS) throw new Error("could not find free references for a batch of reports");
    const created = await tx.$queryRawUnsafe<{ id: number; idempotency_key: string }[]>(
      INSERT_NEW_REPORTS,
      ...reportParams(pending.map((i) => rows[i]!)),
    );
    for (const c of created) ids[firstOfKey.get(c.idempotency_key)!] = Number(c.id);
    const missing = pending.filter((i) => ids[i] === null);
    if (missing.length === 0) break;
    // A row that was not inserted either has a key that is already stored (skip it) or hit
    // a taken reference (draw another and try again).
    const keys = missing.map((i) => rows[i]!.report.idempotencyKey!);
    const stored = new Set(
      (await tx.$queryRawUnsafe<{ idempotency_key: string }[]>(EXISTING_KEYS, keys)).map((r) => r.idempotency_key),
    );
    pending = missing.filter((i) => !stored.has(rows[i]!.report.idempotencyKey!));
    for (const i of pending) rows[i] = { ...rows[i]!, report: { ...rows[i]!.report, reference: newReference() } };
  }

  const inserted = rows.flatMap((p, i) => (ids[i] === null ? [] : [{ p, id: ids[i]! }]));
  await insertTaggingsAndIdentifiers(
    tx,
    inserted.map((x) => x.p),
    inserted.map((x) => x.id),
  );
  return ids;
}
