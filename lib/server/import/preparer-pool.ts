// Where prepare-rows.ts runs. By default in the importing thread: what a route handler
// uses, and all a Next.js bundle may contain. Scripts can pass worker-preparers.ts instead,
// so tagging the next rows overlaps parsing the file and writing to the database.
import type { ColumnMapping } from "../../import/map-columns";
import { createRowPreparer, type PreparedChunk } from "./prepare-rows";
import type { CsvItem } from "./read-csv";

export interface PreparerPool {
  /** Chunks prepared at once (0: in this thread, one record at a time). */
  parallelism: number;
  /** Resolves in the order chunks were sent, so the error report stays in file order. */
  prepare(items: CsvItem[]): Promise<PreparedChunk>;
  close(): Promise<void>;
}

export type PreparerFactory = (mapping: ColumnMapping, now: Date) => PreparerPool;

export const inThreadPreparers: PreparerFactory = (mapping, now) => {
  const prepare = createRowPreparer(mapping, now);
  return { parallelism: 0, prepare: async (items) => prepare(items), close: async () => {} };
};
