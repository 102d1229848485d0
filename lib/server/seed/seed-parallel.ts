// Splits a large demo load between worker threads (one per core), each generating the same
// deterministic stream and storing every N-th batch through its own connection.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DbKind } from "../db";
import type { DemoSliceOptions } from "./demo-reports";

export async function seedInWorkers(
  target: { url: string; kind: DbKind },
  base: Omit<DemoSliceOptions, "part">,
  onStored: (n: number) => void,
  workers = Math.max(2, availableParallelism()),
): Promise<number> {
  let total = 0;
  await Promise.all(
    Array.from({ length: workers }, (_, index) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL("./demo-seed-worker-entry.mjs", import.meta.url), {
          workerData: { ...target, slice: { ...base, part: { index, of: workers } } },
        });
        worker.on("message", (m: { stored: number }) => {
          total += m.stored;
          onStored(m.stored);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed worker ${index} exited with ${code}`))));
      }),
    ),
  );
  return total;
}
