// The CSV importer on a real database: good rows land with their tags and identifiers, bad
// rows are reported (row, column, reason) and skipped, nothing unredacted is stored, and
// the run is recorded with its error report.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorReportCsv } from "@/lib/import/error-report";
import { getImportRun } from "@/lib/server/import/import-runs";
import { importCsv, type ImportOptions } from "@/lib/server/import/import-csv";
import { workerPreparers } from "@/lib/server/import/worker-preparers";
import { seedRegions } from "@/lib/server/seed/regions";
import { chunked, csvText } from "./helpers/import-fixtures";
import { backend, migratedDatabase, type TestDatabase } from "./helpers/test-db";

const now = new Date("2026-11-20T12:00:00Z");
let db: TestDatabase;
beforeAll(async () => {
  db = await migratedDatabase();
  await seedRegions(db.prisma);
});
afterAll(async () => db?.drop());

const HEADER = ["Crime Ref", "Date Reported", "Force", "What happened", "Contact method", "Impersonated", "Scammer number", "Amount lost", "Paid by", "Gave", "Age"];
const FILE = csvText([
  HEADER,
  ["AF-1", "03/04/2025", "Dyfed-Powys Police", "Caller said my Amazon Prime would renew for £79.99 unless I pressed 1.\nHe took my card number 4111 1111 1111 1111.", "phone", "Amazon", "0800 123 4567", "£79.99", "card", "card details", "67"],
  ["AF-2", "2025-04-05", "kent", "Text said my parcel was held; pay £1.45 at royalmail-redelivery.com", "text", "Royal Mail", "royalmail-redelivery[.]com; 07700 900123", "1.45", "card", "card details|personal details", "45-64"],
  ["AF-3", "31/02/2025", "Atlantis", "", "fax", "", "", "-5", "", "", ""],
  ["AF-4", "2025-04-06T10:00:00Z", "Metropolitan Police Service", "Someone from Amazon security asked me to install AnyDesk", "email", "Amazon", "4111111111111111", "", "", "remote access", "75+"],
  ["AF-5", "2025-04-07", "Essex", "Bank called", "phone", "", "", "", "", "", "", "stray cell"],
]);

const run = (text: string, opts: Partial<ImportOptions> = {}) =>
  importCsv(db.prisma, chunked(text), { filename: "reports.csv", now, ...opts });

describe(`CSV import on ${backend}`, () => {
  let first: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    first = await run(FILE);
  });

  it("imports the good rows and counts the rest", () => {
    expect(first).toMatchObject({ status: "finished", failure: null, rowsRead: 5, rowsImported: 3, rowsSkipped: 0, rowsFailed: 2 });
    expect(first.mapping?.problems).toEqual([]);
  });

  it("reports every problem with its row, column and reason", () => {
    const skipped = first.issues.filter((i) => i.outcome === "skipped").map(({ row, column, externalId }) => [row, column, externalId]);
    expect(skipped).toEqual([
      [4, "What happened", "AF-3"],
      [4, "Force", "AF-3"],
      [4, "Date Reported", "AF-3"],
      [4, "Contact method", "AF-3"],
      [4, "Amount lost", "AF-3"],
      [6, "", "AF-5"],
    ]);
    expect(first.issues.find((i) => i.column === "Force")?.reason).toContain('"Atlantis" is not a police force area');
    // The card number in AF-4's identifiers was left out; the row itself landed.
    expect(first.issues.filter((i) => i.outcome === "imported")).toEqual([
      { row: 5, column: "identifiers", outcome: "imported", externalId: "AF-4", reason: "1 entry looked like card or bank details and was left out" },
    ]);
  });

  it("stores each report with its tagging and identifiers, redacted", async () => {
    const reports = await db.prisma.$queryRaw<
      { external_id: string; region_id: string; channel: string; script: string; narrative: string; loss_amount_minor: number | null; gave: string[]; age_band: string | null; idempotency_key: string; source: string }[]
    >`SELECT external_id, region_id, channel::text AS channel, script::text AS script, narrative, loss_amount_minor, gave, age_band, idempotency_key, source::text AS source
      FROM report ORDER BY external_id`;
    expect(reports.map((r) => [r.external_id, r.region_id, r.channel, r.loss_amount_minor, r.age_band])).toEqual([
      ["AF-1", "dyfed-powys", "phone-call", 7999, "65-74"],
      ["AF-2", "kent", "sms", 145, "45-64"],
      ["AF-4", "metropolitan", "email", null, "75-plus"],
    ]);
    expect(reports.every((r) => r.source === "import" && r.idempotency_key === `import:id:${r.external_id}`)).toBe(true);
    expect(reports[0]!.narrative).toBe("Caller said my Amazon Prime would renew for £79.99 unless I pressed 1.\nHe took my card number [card number removed].");
    expect(reports[0]!.script).toBe("renewal");
    expect(reports[1]!.gave).toEqual(["card-details", "personal-details"]);
    expect(await db.prisma.reportTagging.count()).toBe(3);
    const idents = await db.prisma.reportIdentifier.findMany({ select: { kind: true, normalized: true }, orderBy: { normalized: "asc" } });
    expect(idents.map((i) => `${i.kind}:${i.normalized}`)).toEqual(
      expect.arrayContaining(["phone:+447700900123", "phone:+448001234567", "domain:royalmail-redelivery.com"]),
    );
  });

  it("never stores the card number, in reports, identifiers, the run or the audit trail", async () => {
    const hits = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT ((SELECT count(*) FROM report WHERE narrative LIKE '%4111%' OR brand LIKE '%4111%')
            + (SELECT count(*) FROM report_identifier WHERE raw LIKE '%4111%' OR normalized LIKE '%4111%')
            + (SELECT count(*) FROM report_tagging WHERE evidence::text LIKE '%4111%' OR phones::text LIKE '%4111%')
            + (SELECT count(*) FROM import_run WHERE errors::text LIKE '%4111%')
            + (SELECT count(*) FROM audit_event WHERE details::text LIKE '%4111%'))::int AS n`;
    expect(hits[0]!.n).toBe(0);
  });

  it("records the run, its counts and its downloadable error report, and audits it", async () => {
    const stored = await getImportRun(db.prisma, first.runId!);
    expect(stored).toMatchObject({ filename: "reports.csv", status: "finished", rowsRead: 5, rowsImported: 3, rowsSkipped: 0, rowsFailed: 2 });
    expect(stored!.finishedAt).toBeInstanceOf(Date);
    expect(stored!.issues).toEqual(first.issues);
    const csv = parse(errorReportCsv(stored!.issues)) as string[][];
    expect(csv[0]).toEqual(["row", "external_id", "column", "outcome", "reason"]);
    expect(csv[2]).toEqual(["4", "AF-3", "Force", "skipped", expect.stringContaining("is not a police force area")]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "import.run", entityId: first.runId! } });
    expect(audit.details).toEqual({ status: "finished", rowsRead: 5, rowsImported: 3, rowsSkipped: 0, rowsFailed: 2 });
  });

  it("imports nothing new when the same file is imported again", async () => {
    const again = await run(FILE);
    expect(again).toMatchObject({ status: "finished", rowsRead: 5, rowsImported: 0, rowsSkipped: 3, rowsFailed: 2 });
    expect(await db.prisma.report.count()).toBe(3);
  });

  it("a dry run checks and counts but writes nothing, not even a run", async () => {
    const runsBefore = await db.prisma.importRun.count();
    const text = FILE.replace(/AF-(\d)/g, "DRY-$1");
    const dry = await run(text, { dryRun: true });
    expect(dry).toMatchObject({ runId: null, status: "finished", rowsImported: 3, rowsSkipped: 0, rowsFailed: 2 });
    expect(await db.prisma.report.count()).toBe(3);
    expect(await db.prisma.importRun.count()).toBe(runsBefore);
    expect((await run(FILE, { dryRun: true })).rowsSkipped).toBe(3);
  });

  it("keys rows without an external id by their content, in this file and the next", async () => {
    const text = csvText([
      ["date", "force", "narrative", "amount"],
      ["2025-05-01", "Kent", "HMRC said I owed tax and must pay in gift cards", "£300"],
      ["2025-05-01", "kent police", "HMRC said I owed tax and must pay in gift cards", "300.00"],
      ["2025-05-02", "Kent", "HMRC said I owed tax and must pay in gift cards", "£300"],
    ]);
    expect(await run(text)).toMatchObject({ rowsImported: 2, rowsSkipped: 1, rowsFailed: 0 });
    expect(await run(text)).toMatchObject({ rowsImported: 0, rowsSkipped: 3 });
    const keys = await db.prisma.report.findMany({ where: { externalId: null }, select: { idempotencyKey: true } });
    expect(keys.map((k) => k.idempotencyKey)).toEqual([expect.stringMatching(/^import:sha256:/), expect.stringMatching(/^import:sha256:/)]);
  });

  it("stops before reading any row when the columns cannot be mapped, and says why", async () => {
    const result = await run(csvText([["Crime Ref", "Force", "Notes"], ["X-1", "Kent", "text"]]));
    expect(result).toMatchObject({ status: "failed", rowsRead: 0, rowsImported: 0 });
    expect(result.failure).toContain("cannot be mapped");
    expect(result.issues.map((i) => [i.row, i.reason])).toEqual([
      [0, "No column gives what happened (narrative)."],
      [0, expect.stringContaining("No column gives a date")],
    ]);
    expect((await getImportRun(db.prisma, result.runId!))?.status).toBe("failed");
  });

  it("accepts column choices by hand", async () => {
    const text = csvText([["Ref", "Force", "Notes", "When"], ["HAND-1", "Kent", "A caller from my bank asked me to move my savings", "2025-06-01"]]);
    const result = await run(text, { mapping: { Ref: "externalId", Notes: "narrative", When: "receivedAt" } });
    expect(result).toMatchObject({ status: "finished", rowsImported: 1 });
    expect(await db.prisma.report.count({ where: { externalId: "HAND-1" } })).toBe(1);
  });

  it("reads an empty file, a header alone and a web stream (what an upload gives)", async () => {
    expect(await run("")).toMatchObject({ status: "failed", failure: expect.stringContaining("The file is empty") });
    expect(await run("narrative,force,date\n")).toMatchObject({ status: "finished", rowsRead: 0 });
    const upload = new Blob(["\uFEFFnarrative;force;date\r\n\"Courier text; pay £2\";Gwent;01/06/2025\r\n"]).stream();
    const result = await importCsv(db.prisma, upload, { filename: "upload.csv", now, delimiter: ";" });
    expect(result).toMatchObject({ status: "finished", rowsImported: 1, rowsFailed: 0 });
  });

  it("prepares rows in worker threads with the same outcome, problems in file order", async () => {
    const text = FILE.replace(/AF-(\d)/g, "WRK-$1");
    const inThread = await run(text, { dryRun: true });
    const threaded = await run(text, { preparers: workerPreparers(2) });
    expect(threaded).toMatchObject({ status: "finished", rowsRead: 5, rowsImported: 3, rowsFailed: 2 });
    expect(threaded.issues).toEqual(inThread.issues.map((i) => ({ ...i })));
    const narratives = await db.prisma.report.findMany({ where: { externalId: { startsWith: "WRK-" } }, select: { narrative: true }, orderBy: { externalId: "asc" } });
    expect(narratives[0]!.narrative).toContain("[card number removed]");
  });

  it("reports a broken quote on its row and keeps the rows before it", async () => {
    const text = 'id,narrative,force,date\nQ-1,"A fine report",Kent,2025-06-02\nQ-2,"This quote never ends,Kent,2025-06-02\nQ-3,x,Kent,2025-06-02\n';
    const result = await run(text);
    expect(result).toMatchObject({ rowsImported: 1, rowsFailed: 1 });
    expect(result.issues[0]).toMatchObject({ row: 3, reason: expect.stringContaining("quoted value is never closed") });
  });
});
