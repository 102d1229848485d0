// Worker thread for large demo loads: opens its own connection and stores its slice.
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase, type DbKind } from "../db";
import { seedDemoSlice, type DemoSliceOptions } from "./demo-reports";

const { url, kind, slice } = workerData as { url: string; kind: DbKind; slice: DemoSliceOptions };
const db = await openDatabase({ type: "url", url, kind });
try {
  await seedDemoSlice(db.prisma, slice, (n) => parentPort?.postMessage({ stored: n }));
} finally {
  await db.close();
}
