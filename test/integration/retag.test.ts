import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareReport, tagInputFor, type NewReportInput } from "@/lib/reports/prepare-report";
import { insertReports } from "@/lib/server/reports/insert-reports";
import { seedRegions } from "@/lib/server/seed/regions";
import { retagStale } from "@/lib/server/tagging/retag";
import { createUser } from "@/lib/server/users";
import { TAGGER_VERSION, tagReport } from "@/lib/tagging/tag-report";
import { backend, migratedDatabase, type TestDatabase } from "./helpers/test-db";

let db: TestDatabase;
const input = (narrative: string): NewReportInput => ({
  source: "analyst", receivedAt: new Date("2026-10-01T10:00:00Z"), occurredAt: null, channel: null, brand: null, narrative,
  regionId: "gwent", postcodeDistrict: null, identifiers: [], lossAmountMinor: null, lossCurrency: null, paymentMethod: null,
  gave: [], ageBand: null,
});

beforeAll(async () => {
  db = await migratedDatabase();
  await seedRegions(db.prisma);
});
afterAll(async () => db?.drop());

describe(`bulk re-tag on ${backend}`, () => {
  it("re-tags old versions only, and never touches an analyst's override", async () => {
    const texts = [
      "automated call said my amazon prime will renew for 79.99 today press 1 to cancel",
      "text from evri says parcel held pay 1.45 redelivery fee at the link",
    ];
    const [a, b] = await insertReports(
      db.prisma,
      texts.map((t, i) => prepareReport(input(t), tagReport(tagInputFor(input(t))), `SP-TEST-000${i}`)),
    );
    const user = await createUser(db.prisma, { email: "sup@force.example", role: "supervisor", password: "long enough password" });
    // An analyst corrected report a's script; both taggings are from an "old" classifier.
    await db.prisma.report.update({ where: { id: a }, data: { script: "other" } });
    await db.prisma.tagOverride.create({
      data: { reportId: a!, userId: user.id, field: "script", fromValue: "renewal", toValue: "other", reason: "test" },
    });
    await db.prisma.reportTagging.updateMany({ data: { version: "tagger-0.0.1", script: "unknown", tactics: [] } });
    await db.prisma.report.update({ where: { id: b }, data: { script: "unknown", tactics: [] } });

    const result = await retagStale(db.prisma);
    expect(result).toEqual({ retagged: 2, version: TAGGER_VERSION });

    const ra = await db.prisma.report.findUniqueOrThrow({ where: { id: a }, include: { tagging: true } });
    const rb = await db.prisma.report.findUniqueOrThrow({ where: { id: b }, include: { tagging: true } });
    expect(ra.tagging?.version).toBe(TAGGER_VERSION);
    expect(ra.tagging?.script).toBe("renewal");
    expect(ra.script).toBe("other"); // the override stands
    expect(ra.tactics).toContain("press-1"); // tactics were not overridden, so they follow
    expect(rb.script).toBe("delivery");
    expect(rb.tagging?.script).toBe("delivery");

    // Nothing left to do on a second run.
    expect((await retagStale(db.prisma)).retagged).toBe(0);
  });
});
