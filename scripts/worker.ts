// npm run worker: the background job worker on its own, for scaled-out deployments where
// web instances run with SCAMPULSE_WORKER=off.
import { openDatabase } from "@/lib/server/db";
import { startWorker } from "@/lib/server/jobs/worker";

const db = await openDatabase();
const worker = await startWorker(db, (l) => console.log(l));
console.log(`worker running on ${db.location}; Ctrl-C to stop`);
const stop = async () => {
  await worker.stop();
  await db.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
