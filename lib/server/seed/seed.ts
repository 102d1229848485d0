// What `npm run db:seed` and the first `npm start` load.
import type { PrismaClient } from "../../generated/prisma/client";
import { ensureDemoUsers } from "../users";
import type { DbKind } from "../db";
import { seedDemoSlice } from "./demo-reports";
import { seedInWorkers } from "./seed-parallel";
import { seedRegions } from "./regions";

export interface SeedOptions {
  demo: boolean;
  reports: number;
  seed: number;
  now: Date;
  log?: (line: string) => void;
  /** A server connection the load may split across worker threads (large loads only). */
  parallel?: { url: string; kind: DbKind };
}

/** Below this, threads cost more to start than they save. */
const PARALLEL_FROM = 50_000;

export async function seed(prisma: PrismaClient, opts: SeedOptions): Promise<void> {
  const log = opts.log ?? (() => {});
  log(`regions: ${await seedRegions(prisma)} police force areas`);
  if (!opts.demo) return;
  log(`demo users: ${await ensureDemoUsers(prisma)} created`);
  const started = Date.now();
  let lastPrint = 0;
  let done = 0;
  const total = opts.reports;
  const progress = (n: number) => {
    done += n;
    if (Date.now() - lastPrint < 2_000 && done < total) return;
    lastPrint = Date.now();
    const secs = (Date.now() - started) / 1000;
    log(`demo reports: ${done.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")} (${Math.round(done / secs).toLocaleString("en-GB")}/s)`);
  };
  const slice = { count: total, seed: opts.seed, now: opts.now.toISOString(), offset: await prisma.report.count(), batchSize: 2_000 };
  const n =
    opts.parallel && total >= PARALLEL_FROM
      ? await seedInWorkers(opts.parallel, slice, progress)
      : await seedDemoSlice(prisma, { ...slice, part: { index: 0, of: 1 } }, progress);
  log(`demo reports: ${n.toLocaleString("en-GB")} loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** An empty database is one with no reports and no users: the first start of a new install. */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  const [reports, users] = await Promise.all([prisma.report.count(), prisma.user.count()]);
  return reports === 0 && users === 0;
}
