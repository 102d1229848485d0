import { describe, expect, it } from "vitest";
import { mapColumns } from "./map-columns";
import { createRowValidator, MAX_NARRATIVE, type RowError } from "./validate-row";

const now = new Date("2026-06-15T12:00:00Z");
const HEADER = ["Crime Ref", "Date Reported", "Incident date", "Force", "What happened", "Contact", "Amount lost", "Currency", "Gave", "Age", "Scammer number", "URL"];
const mapping = mapColumns(HEADER, { Contact: "channel" });
const validate = createRowValidator(mapping, { now });

// A good row, with one column replaced.
function row(changes: Partial<Record<(typeof HEADER)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    "Crime Ref": "AF-1",
    "Date Reported": "05/03/2026",
    "Incident date": "2026-03-04",
    Force: "Kent Police",
    "What happened": "They said they were Amazon and asked me to install AnyDesk.",
    Contact: "phone",
    "Amount lost": "£250",
    Currency: "",
    Gave: "remote access",
    Age: "70",
    "Scammer number": "0800 123 4567",
    URL: "amaz0n-help[.]com",
  };
  return HEADER.map((h) => changes[h] ?? base[h]!);
}

function errorsOf(values: string[]): Omit<RowError, "row">[] {
  const r = validate(values, 7);
  if (r.ok) return [];
  expect(r.errors.every((e) => e.row === 7)).toBe(true);
  return r.errors.map(({ column, reason }) => ({ column, reason }));
}

describe("validateRow", () => {
  it("turns a good row into clean values", () => {
    const r = validate(row(), 2);
    expect(r).toEqual({
      ok: true,
      row: {
        narrative: "They said they were Amazon and asked me to install AnyDesk.",
        regionId: "kent",
        receivedAt: new Date("2026-03-05T00:00:00Z"),
        occurredAt: new Date("2026-03-04T00:00:00Z"),
        channel: "phone-call",
        brand: null,
        identifiers: ["0800 123 4567", "amaz0n-help[.]com"],
        lossAmountMinor: 25000,
        lossCurrency: "GBP",
        paymentMethod: null,
        gave: ["remote-access"],
        ageBand: "65-74",
        postcodeDistrict: null,
        externalId: "AF-1",
        status: "new",
      },
    });
  });

  it("takes the date it happened as the received date when there is no other", () => {
    const r = validate(row({ "Date Reported": "" }), 2);
    expect(r.ok && r.row.receivedAt.toISOString()).toBe("2026-03-04T00:00:00.000Z");
  });

  it("strips control characters and NUL bytes, keeps line breaks and other scripts", () => {
    const r = validate(row({ "What happened": "  Galwad\u0000 gan \u202Eryw\u200Bun\r\nyn dweud 📦\u0007 " }), 2);
    expect(r.ok && r.row.narrative).toBe("Galwad gan \u202Eryw\u200Bun\nyn dweud 📦");
  });

  const bad: [string, Partial<Record<(typeof HEADER)[number], string>>, Omit<RowError, "row">[]][] = [
    ["an empty narrative", { "What happened": "   " }, [{ column: "What happened", reason: "is empty: every report needs what happened" }]],
    ["an unknown force", { Force: "Atlantis" }, [{ column: "Force", reason: expect.stringContaining('"Atlantis" is not a police force area') }]],
    ["no force", { Force: "" }, [{ column: "Force", reason: "is empty: every report needs a police force area (or outside-uk)" }]],
    ["no date at all", { "Date Reported": "", "Incident date": "" }, [{ column: "Date Reported", reason: expect.stringContaining("every report needs a date") }]],
    ["an impossible date", { "Date Reported": "30/02/2026" }, [{ column: "Date Reported", reason: '"30/02/2026" is not a real date' }]],
    ["an incident after the report", { "Incident date": "2026-03-09" }, [{ column: "Incident date", reason: "is after the date the report was received" }]],
    ["a bad amount", { "Amount lost": "a lot" }, [{ column: "Amount lost", reason: expect.stringContaining("is not an amount") }]],
    ["a currency clash", { Currency: "EUR" }, [{ column: "Amount lost", reason: '"£250" is in GBP but the currency column says EUR' }]],
    ["an unknown channel", { Contact: "pigeon" }, [{ column: "Contact", reason: expect.stringContaining('"pigeon" is not a channel') }]],
    ["an id holding a card number", { "Crime Ref": "4111 1111 1111 1111" }, [{ column: "Crime Ref", reason: "looks like it holds card or bank details, not an id" }]],
    ["too many identifiers", { URL: Array.from({ length: 20 }, (_, i) => `site${i}.com`).join(";") }, [{ column: "Scammer number + URL", reason: "has 21 entries; at most 20 are kept per report" }]],
    ["a narrative over the limit", { "What happened": "x".repeat(MAX_NARRATIVE + 1) }, [{ column: "What happened", reason: "is 10,001 characters long; the limit is 10,000" }]],
  ];
  it.each(bad)("reports %s with its column and reason", (_, changes, expected) => {
    expect(errorsOf(row(changes))).toEqual(expected);
  });

  it("reports every bad cell of a row at once", () => {
    const errors = errorsOf(row({ Force: "Nowhere", Contact: "fax", Age: "200", Gave: "everything", "Amount lost": "-1" }));
    expect(errors.map((e) => e.column).sort()).toEqual(["Age", "Amount lost", "Contact", "Force", "Gave"]);
  });

  it("refuses a row with more cells than the header, but not empty trailing ones", () => {
    expect(errorsOf([...row(), "stray"])).toEqual([{ column: "", reason: expect.stringContaining("has 13 cells but the header has 12") }]);
    expect(validate([...row(), "", " "], 2).ok).toBe(true);
  });

  it("treats missing trailing cells as empty", () => {
    const r = validate(row().slice(0, 6), 2);
    expect(r.ok && r.row.lossAmountMinor).toBe(null);
  });

  it("never echoes a card number typed into the wrong column", () => {
    const errors = errorsOf(row({ Force: "card 4111 1111 1111 1111", Age: "4111111111111111" }));
    expect(JSON.stringify(errors)).not.toMatch(/4111/);
  });
});
