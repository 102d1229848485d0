// Reports for the dashboard statistics tests: small, fully known, inserted as plain rows so
// each test controls script, tactics, status and money exactly. Regions are seeded first.
import { Rng } from "@/lib/demo/prng";
import type { Channel, Nation, PrismaClient, ReportSource, ReportStatus, Script } from "@/lib/generated/prisma/client";
import type { ReportStatus as DomainStatus } from "@/lib/reports/prepare-report";
import { toPrismaEnum } from "@/lib/server/enum-map";
import { seedRegions } from "@/lib/server/seed/regions";
import { CHANNELS, SCRIPTS, TACTICS, type Channel as DomainChannel, type Script as DomainScript, type Tactic } from "@/lib/tagging/labels";

export interface TestReport {
  id?: number;
  reference: string;
  receivedAt: Date;
  regionId: string;
  script: DomainScript;
  tactics: Tactic[];
  channel: DomainChannel;
  brand: string | null;
  lossAmountMinor: number | null;
  lossCurrency: string | null;
  status: DomainStatus;
}

export async function prepareRegions(prisma: PrismaClient): Promise<void> {
  await seedRegions(prisma);
}

/** Inserts in one statement (as the seed and importer do); returns the reports with their ids. */
export async function insertTestReports(prisma: PrismaClient, reports: TestReport[]): Promise<TestReport[]> {
  const created = await prisma.report.createManyAndReturn({
    data: reports.map((r) => ({
      reference: r.reference,
      receivedAt: r.receivedAt,
      source: "demo" as ReportSource,
      channel: toPrismaEnum<Channel>(r.channel),
      brand: r.brand,
      narrative: "test",
      regionId: r.regionId,
      lossAmountMinor: r.lossAmountMinor,
      lossCurrency: r.lossCurrency,
      status: r.status as ReportStatus,
      script: toPrismaEnum<Script>(r.script),
      tactics: r.tactics,
    })),
    select: { id: true, reference: true },
  });
  const ids = new Map(created.map((c) => [c.reference, c.id]));
  return reports.map((r) => ({ ...r, id: ids.get(r.reference)! }));
}

export const TEST_REGIONS = ["metropolitan", "kent", "gwent", "dyfed-powys", "police-scotland", "psni", "outside-uk"];
export const TEST_NATIONS: Nation[] = ["england", "wales"];
const BRANDS = ["Amazon", " amazon", "AMAZON ", "HMRC", "Royal Mail", "Smith, Jones & Co", "O'Brien's Bank", null];
const STATUSES: DomainStatus[] = ["new", "new", "new", "triaged", "closed", "spam", "duplicate"];

/**
 * A deterministic mixed dataset: `count` reports spread over the `days` London days before
 * `end`, across both clock changes, with every script, channel and tactic, brands spelled
 * several ways, losses in GBP, other currencies, unstated currency, zero and none, and some
 * spam and duplicates that must never be counted.
 */
export function mixedReports(count: number, end: Date, days: number, seed = 7, prefix = "MX"): TestReport[] {
  const rng = new Rng(seed);
  const pick = <T>(list: readonly T[]): T => list[rng.int(list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const tactics = TACTICS.filter(() => rng.chance(0.18));
    const lossRoll = rng.next();
    const lossAmountMinor = lossRoll < 0.4 ? null : lossRoll < 0.55 ? 0 : pick([500, 1_000, 2_500, 9_999, 25_000, 120_000]);
    const currencyRoll = rng.next();
    const lossCurrency = lossAmountMinor === null ? null : currencyRoll < 0.85 ? "GBP" : currencyRoll < 0.95 ? "USD" : null;
    return {
      reference: `${prefix}-${String(i).padStart(5, "0")}`,
      // Any minute in the window, so some land just before and after London midnight.
      receivedAt: new Date(end.getTime() - rng.int(days * 24 * 60) * 60_000 - 1),
      regionId: pick(TEST_REGIONS),
      script: pick(SCRIPTS),
      tactics,
      channel: pick(CHANNELS),
      brand: pick(BRANDS),
      lossAmountMinor,
      lossCurrency,
      status: pick(STATUSES),
    };
  });
}
