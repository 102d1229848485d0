// CSV text and streams for the importer's integration tests.
import { stringify } from "csv-stringify/sync";
import { syntheticCsvRecords } from "@/lib/import/synthetic-csv";

export const csvText = (records: readonly (readonly string[])[]) => stringify(records.map((r) => [...r]));

/** The text as a byte stream in small chunks, so records and characters span chunk boundaries. */
export async function* chunked(text: string, size = 97): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** The first `fraction` of the bytes, then the connection "drops": what a killed upload looks like. */
export async function* cutOff(text: string, fraction: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  const end = Math.floor(bytes.length * fraction);
  for (let i = 0; i < end; i += 4096) yield bytes.subarray(i, Math.min(i + 4096, end));
  throw new Error("connection reset by peer");
}

/** A synthetic export of `count` reports; every `badEvery`-th row is broken on purpose. */
export function syntheticCsv(count: number, badEvery = 0, idPrefix = "EXT-"): string {
  return csvText([...syntheticCsvRecords({ count, now: new Date("2026-11-20T12:00:00Z"), badEvery, idPrefix })]);
}
