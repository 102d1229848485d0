// Worker-thread side of preparer-pool.ts: prepares the chunks it is sent, in order.
import { parentPort, workerData } from "node:worker_threads";
import type { ColumnMapping } from "../../import/map-columns";
import type { CsvItem } from "./read-csv";
import { createRowPreparer } from "./prepare-rows";

const { mapping, now } = workerData as { mapping: ColumnMapping; now: Date };
const prepare = createRowPreparer(mapping, now);

parentPort!.on("message", ({ id, items }: { id: number; items: CsvItem[] }) => {
  try {
    parentPort!.postMessage({ id, chunk: prepare(items) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
