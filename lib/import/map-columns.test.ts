import { describe, expect, it } from "vitest";
import { fieldForHeader, normalizeHeader, type ImportField } from "./fields";
import { headerOf, mapColumns, pickFields, previewMapping } from "./map-columns";

describe("normalizeHeader", () => {
  it.each([
    ["Date Reported", "date reported"],
    ["date_reported", "date reported"],
    ["dateReported", "date reported"],
    ["  DATE-REPORTED ", "date reported"],
    ["Avon & Somerset", "avon and somerset"],
  ])("%j -> %j", (input, expected) => expect(normalizeHeader(input)).toBe(expected));
});

describe("fieldForHeader", () => {
  const cases: [string, ImportField | null][] = [
    ["narrative", "narrative"],
    ["What happened", "narrative"],
    ["Description", "narrative"],
    ["Force", "region"],
    ["Police Force Area", "region"],
    ["region", "region"],
    ["receivedAt", "receivedAt"],
    ["Date Reported", "receivedAt"],
    ["Date", "receivedAt"],
    ["occurred_at", "occurredAt"],
    ["Incident Date", "occurredAt"],
    ["Contact method", "channel"],
    ["Impersonated brand", "brand"],
    ["Scammer number", "identifiers"],
    ["URL", "identifiers"],
    ["Amount lost", "lossAmount"],
    ["lossAmount", "lossAmount"],
    ["Currency", "lossCurrency"],
    ["Paid by", "paymentMethod"],
    ["What was given", "gave"],
    ["Age", "ageBand"],
    ["Postcode", "postcodeDistrict"],
    ["Crime Ref", "externalId"],
    ["id", "externalId"],
    ["external_id", "externalId"],
    ["Status", "status"],
    // The reporter's own details must not become scammer identifiers by accident.
    ["Phone", null],
    ["Email", null],
    ["Victim name", null],
  ];
  it.each(cases)("%j -> %s", (header, field) => expect(fieldForHeader(header)).toBe(field));
});

describe("mapColumns", () => {
  it("maps known headers, ignores unknown ones and says why", () => {
    const m = mapColumns(["Crime Ref", "Force", "What happened", "Date Reported", "Victim name", ""]);
    expect(m.problems).toEqual([]);
    expect(m.columns.map((c) => c.field)).toEqual(["externalId", "region", "narrative", "receivedAt", null, null]);
    expect(m.columns[4]!.note).toBe("not recognised");
    expect(m.columns[5]!.note).toBe("no header");
  });

  it("keeps the first of two columns for one field, but every identifier column", () => {
    const m = mapColumns(["narrative", "force", "region", "date", "url", "scammer number"]);
    expect(m.columns.map((c) => c.field)).toEqual(["narrative", "region", null, "receivedAt", "identifiers", "identifiers"]);
    expect(m.columns[2]!.note).toContain('"force" already gives');
    expect(headerOf(m, "identifiers")).toBe("url + scammer number");
  });

  it.each([
    [["force", "date"], ["No column gives what happened (narrative)."]],
    [["narrative", "date"], ["No column gives police force area (region)."]],
    [["narrative", "force"], [expect.stringContaining("No column gives a date")]],
  ])("reports what is missing from %j", (headers, problems) => {
    expect(mapColumns(headers).problems).toEqual(problems);
  });

  it("lets choices by hand win, including ignoring a column", () => {
    const m = mapColumns(["Notes", "Force", "Date", "Phone", "Description"], { notes: "narrative", Description: null, phone: "identifiers" });
    expect(m.problems).toEqual([]);
    expect(m.columns.map((c) => [c.field, c.note])).toEqual([
      ["narrative", "chosen by hand"],
      ["region", null],
      ["receivedAt", null],
      ["identifiers", "chosen by hand"],
      [null, "ignored by choice"],
    ]);
  });

  it("refuses a choice for a column the file does not have, or an unknown field", () => {
    const m = mapColumns(["narrative", "force", "date"], { Nope: "brand", force: "colour" as ImportField });
    expect(m.problems).toEqual([
      "No column gives police force area (region).",
      'The file has no column "Nope" to map.',
      '"force" is mapped to an unknown field "colour".',
    ]);
  });
});

describe("pickFields and previewMapping", () => {
  const m = mapColumns(["narrative", "force", "date", "url", "scammer number", "notes"]);

  it("leaves out empty cells and joins identifier columns", () => {
    expect(pickFields(m, ["story", " kent ", "", "evil.com", "0800 123 4567", "x"])).toEqual({
      narrative: "story",
      region: " kent ",
      identifiers: "evil.com|0800 123 4567",
    });
  });

  it("shows up to three examples per column through the caller's filter", () => {
    const rows = [["a", "kent"], ["b", ""], ["c", "essex"], ["d", "kent"], ["e", "gwent"]];
    const preview = previewMapping(m, rows, (v) => v.toUpperCase());
    expect(preview[0]).toEqual({ header: "narrative", field: "narrative", label: "What happened", note: null, examples: ["A", "B", "C"] });
    expect(preview[1]!.examples).toEqual(["KENT", "ESSEX", "KENT"]);
    expect(preview[5]).toMatchObject({ field: null, label: "Not imported", examples: [] });
  });
});
