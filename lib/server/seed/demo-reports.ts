// Loads N synthetic reports (lib/demo) through the same preparation and tagging as real
// ones. Rows are written in multi-row batches; the next batch is generated and tagged while
// the database writes the previous one. Large loads on a server database split the batches
// between worker threads (demo-seed-worker.ts), each with its own connection.
import type { PrismaClient } from "../../generated/prisma/client";
import type { DemoReport } from "../../demo/demo-report";
import { generateDemoReports } from "../../demo/generate-demo-reports";
import { sequentialReference } from "../../domain/reference";
import { prepareReport, tagInputFor, type NewReportInput } from "../../reports/prepare-report";
import { tagReport } from "../../tagging/tag-report";
import { insertReports } from "../reports/insert-reports";

export interface DemoSliceOptions {
  count: number;
  seed: number;
  /** ISO string, so it crosses into worker threads unchanged. */
  now: string;
  /** Reports already in the database: numbering continues after them. */
  offset: number;
  batchSize: number;
  /** This slice takes batches index, index + of, index + 2*of, ... */
  part: { index: number; of: number };
}

function toInput(d: DemoReport): NewReportInput {
  return {
    source: "demo",
    receivedAt: d.receivedAt,
    occurredAt: d.occurredAt,
    channel: d.channel === "unknown" ? null : d.channel,
    brand: d.brand,
    narrative: d.narrative,
    regionId: d.regionId,
    postcodeDistrict: d.postcodeDistrict,
    identifiers: d.identifiers.map((i) => i.raw),
    lossAmountMinor: d.lossAmountMinor,
    lossCurrency: d.lossCurrency,
    paymentMethod: d.paymentMethod,
    gave: d.gave,
    ageBand: d.ageBand,
    status: d.status,
  };
}

/** Generates the whole deterministic stream and stores this slice's batches. */
export async function seedDemoSlice(
  prisma: PrismaClient,
  opts: DemoSliceOptions,
  onBatch: (stored: number) => void = () => {},
): Promise<number> {
  let stored = 0;
  let pending: Promise<unknown> = Promise.resolve();
  let batch: DemoReport[] = [];
  let batchStart = 0;
  const flush = async () => {
    const prepared = batch.map((d, j) => {
      const input = toInput(d);
      return prepareReport(input, tagReport(tagInputFor(input)), sequentialReference(opts.offset + batchStart + j, opts.seed));
    });
    batch = [];
    await pending;
    pending = insertReports(prisma, prepared).then(() => {
      stored += prepared.length;
      onBatch(prepared.length);
    });
  };
  let i = 0;
  for (const demo of generateDemoReports({ count: opts.count, seed: opts.seed, now: new Date(opts.now) })) {
    const batchNo = Math.floor(i / opts.batchSize);
    if (batchNo % opts.part.of === opts.part.index) {
      if (batch.length === 0) batchStart = i;
      batch.push(demo);
      if (batch.length === opts.batchSize) await flush();
    }
    i++;
  }
  if (batch.length) await flush();
  await pending;
  return stored;
}
