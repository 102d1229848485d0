import { describe, expect, it } from "vitest";
import { importKey, toReportInput } from "./to-report-input";
import type { ImportRow } from "./validate-row";

const row: ImportRow = {
  narrative: "He read my card 4111 1111 1111 1111 back to me and asked for the code 123456.",
  regionId: "kent",
  receivedAt: new Date("2026-03-05T00:00:00Z"),
  occurredAt: null,
  channel: "phone-call",
  brand: "Amazon",
  identifiers: ["0800 123 4567", "4111 1111 1111 1111"],
  lossAmountMinor: 25000,
  lossCurrency: "GBP",
  paymentMethod: "card",
  gave: ["card-details", "one-time-code"],
  ageBand: "65-74",
  postcodeDistrict: "ME1",
  externalId: null,
  status: "new",
};

describe("toReportInput", () => {
  it("redacts the narrative and drops identifiers that carry card details, saying so", () => {
    const { input, notes } = toReportInput(row);
    expect(input.narrative).toBe("He read my card [card number removed] back to me and asked for the code [one-time code removed].");
    expect(input.identifiers).toEqual(["0800 123 4567"]);
    expect(notes).toEqual([{ field: "identifiers", reason: "1 entry looked like card or bank details and was left out" }]);
    expect(JSON.stringify(input)).not.toMatch(/4111|123456/);
    expect(input.source).toBe("import");
  });

  it("leaves out a brand that carries card details", () => {
    const { input, notes } = toReportInput({ ...row, brand: "card 4111111111111111", identifiers: [] });
    expect(input.brand).toBeNull();
    expect(notes.map((n) => n.field)).toEqual(["brand"]);
  });
});

describe("importKey", () => {
  it("uses the external id when there is one", () => {
    expect(importKey({ ...row, externalId: "AF-123" })).toBe("import:id:AF-123");
  });

  it("otherwise hashes the normalised content, never the text itself", () => {
    const key = importKey(row);
    expect(key).toMatch(/^import:sha256:[0-9a-f]{64}$/);
    expect(importKey({ ...row })).toBe(key);
    expect(toReportInput(row).input.idempotencyKey).toBe(key);
  });

  it.each([
    ["narrative", { narrative: "Something else happened." }],
    ["region", { regionId: "essex" }],
    ["date", { receivedAt: new Date("2026-03-06T00:00:00Z") }],
    ["amount", { lossAmountMinor: 25001 }],
    ["identifiers", { identifiers: ["0800 123 4568"] }],
  ])("changes when the %s changes", (_, change) => {
    expect(importKey({ ...row, ...change })).not.toBe(importKey(row));
  });

  it("does not change with the status an analyst gave it", () => {
    expect(importKey({ ...row, status: "closed" })).toBe(importKey(row));
  });
});
