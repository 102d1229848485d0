import { describe, expect, it } from "vitest";
import { apiErrorMessage } from "./api-error-messages";
import { toFieldErrors } from "./field-errors";
import { reportBodySchema } from "./report-schema";

const now = new Date("2026-11-20T12:00:00Z");
const schema = reportBodySchema(now);
const valid = {
  narrative: "Automated call said my Amazon Prime would renew for £79.99, press 1 to cancel.",
  region: "dyfed-powys",
};

function errorsOf(body: unknown) {
  const r = schema.safeParse(body);
  if (r.success) throw new Error("expected a rejection");
  return toFieldErrors(r.error);
}

describe("reportBodySchema: accepted bodies", () => {
  it("needs only the narrative and the area", () => {
    const r = schema.parse(valid);
    expect(r).toMatchObject({ regionId: "dyfed-powys", channel: null, gave: [], moneyLost: null, contact: null });
  });

  it("reads every field, converting the loss to minor units and the district to capitals", () => {
    const r = schema.parse({
      ...valid,
      channel: "automated-call",
      occurredAt: "2026-11-20T08:15:00+00:00",
      brand: "Amazon",
      identifiers: ["0800 123 4567", " ", "0800 123 4567", "amaz0n-help.com"],
      postcodeDistrict: "sa31 1aa",
      moneyLost: { amount: 79.97, currency: "gbp", method: "gift-cards" },
      gave: ["card-details", "card-details"],
      ageBand: "75-plus",
      externalId: "BANK-123",
      contact: { name: "A", email: "a@example.org", consent: true },
    });
    expect(r).toMatchObject({
      occurredAt: new Date("2026-11-20T08:15:00Z"),
      identifiers: ["0800 123 4567", "amaz0n-help.com"],
      postcodeDistrict: "SA31",
      moneyLost: { amountMinor: 7997, currency: "GBP", method: "gift-cards" },
      gave: ["card-details"],
      contact: { name: "A", email: "a@example.org", phone: null },
    });
  });

  it("drops contact details given without consent", () => {
    expect(schema.parse({ ...valid, contact: { email: "a@example.org", consent: false } }).contact).toBeNull();
  });

  it("cleans control characters out of the narrative", () => {
    expect(schema.parse({ ...valid, narrative: `${valid.narrative}\u0000\r\n` }).narrative).toBe(valid.narrative);
  });
});

describe("reportBodySchema: every rejection names the field", () => {
  const cases: [string, unknown, Record<string, string[]>][] = [
    ["missing everything", {}, { narrative: ["required"], region: ["required"] }],
    ["short narrative", { ...valid, narrative: "too short" }, { narrative: ["too-short"] }],
    ["long narrative", { ...valid, narrative: "x".repeat(10_001) }, { narrative: ["too-long"] }],
    ["whitespace narrative", { ...valid, narrative: "   \n  " }, { narrative: ["required"] }],
    ["unknown area", { ...valid, region: "atlantis" }, { region: ["unknown"] }],
    ["wrong channel", { ...valid, channel: "pigeon" }, { channel: ["invalid"] }],
    ["date in the future", { ...valid, occurredAt: "2027-01-01" }, { occurredAt: ["future"] }],
    ["not a date", { ...valid, occurredAt: "last Tuesday" }, { occurredAt: ["invalid"] }],
    ["date-time without zone", { ...valid, occurredAt: "2026-11-20T08:00:00" }, { occurredAt: ["invalid"] }],
    ["too old", { ...valid, occurredAt: "1999-12-31" }, { occurredAt: ["too-old"] }],
    ["negative loss", { ...valid, moneyLost: { amount: -5 } }, { "moneyLost.amount": ["too-small"] }],
    ["fractions of a penny", { ...valid, moneyLost: { amount: 1.005 } }, { "moneyLost.amount": ["too-precise"] }],
    ["loss as text", { ...valid, moneyLost: { amount: "£5" } }, { "moneyLost.amount": ["invalid"] }],
    ["bad currency", { ...valid, moneyLost: { amount: 5, currency: "POUNDS" } }, { "moneyLost.currency": ["invalid"] }],
    ["bad method", { ...valid, moneyLost: { method: "cheque" } }, { "moneyLost.method": ["invalid"] }],
    ["bad gave", { ...valid, gave: ["soul"] }, { "gave.0": ["invalid"] }],
    ["bad age", { ...valid, ageBand: "old" }, { ageBand: ["invalid"] }],
    ["bad postcode", { ...valid, postcodeDistrict: "12345" }, { postcodeDistrict: ["invalid"] }],
    ["too many identifiers", { ...valid, identifiers: Array.from({ length: 21 }, (_, i) => `id${i}`) }, { identifiers: ["too-many"] }],
    ["consent without a way to contact", { ...valid, contact: { name: "A", consent: true } }, { "contact.email": ["email-or-phone"] }],
    ["consent with a bad email", { ...valid, contact: { email: "nope", consent: true } }, { "contact.email": ["invalid"] }],
    ["contact without consent answer", { ...valid, contact: { email: "a@example.org" } }, { "contact.consent": ["required"] }],
    ["a misspelt field", { ...valid, narative: "x" }, { narative: ["unknown-field"] }],
    [
      "several problems at once, a wrong type among them",
      { narrative: 5, region: "dyfed-powys", postcodeDistrict: "12345", moneyLost: { amount: -1 }, occurredAt: "2099-01-01" },
      { narrative: ["invalid"], postcodeDistrict: ["invalid"], "moneyLost.amount": ["too-small"], occurredAt: ["future"] },
    ],
  ];

  it.each(cases)("%s", (_name, body, expected) => {
    expect(errorsOf(body)).toEqual(expected);
  });

  it.each(cases)("%s: the API message starts with the field and is not a bare code", (_name, body) => {
    for (const [field, codes] of Object.entries(errorsOf(body))) {
      for (const code of codes) {
        const message = apiErrorMessage(field, code);
        expect(message.startsWith(`${field} `)).toBe(true);
        expect(message).not.toContain(`(${code})`);
      }
    }
  });

  it("refuses a body that is not an object", () => {
    expect(errorsOf(null)).toEqual({ body: ["invalid"] });
    expect(errorsOf([valid])).toEqual({ body: ["invalid"] });
  });
});
