import { describe, expect, it } from "vitest";
import { fieldErrorText, messagesFor } from "../i18n/messages";
import { toFieldErrors } from "./field-errors";
import { dateFromParts, parseFormAnswers, recordFromFormData, type FormRecord } from "./form-answers";
import { reportBodySchema } from "./report-schema";

const now = new Date("2026-11-20T15:00:00Z");
const base: FormRecord = {
  narrative: "They phoned saying they were Amazon and asked me to press 1 about a £79.99 renewal.",
  region: "dyfed-powys",
  brand: "Amazon",
  idempotencyKey: "0b7e4a52-2f59-4c1e-9f1a-6a1f5e3c2d10",
};

function errorsOf(record: FormRecord) {
  const r = parseFormAnswers(record, now);
  if (r.ok) throw new Error("expected a rejection");
  return toFieldErrors(r.error);
}

describe("parseFormAnswers: what the form turns into", () => {
  it("needs only what happened and where, and keeps the idempotency key", () => {
    const r = parseFormAnswers({ narrative: base.narrative, region: "psni" }, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.idempotencyKey).toBeNull();
    expect(r.body).toMatchObject({ region: "psni", channel: null, occurredAt: null, moneyLost: null, gave: [], contact: null });
  });

  it("turns answers into the API's body, which the API's schema accepts", () => {
    const r = parseFormAnswers(
      {
        ...base,
        channel: "phone-call",
        when: "yesterday",
        identifiers: "0800 123 4567\r\n\r\namaz0n-refund.com\n",
        lostMoney: "yes",
        amount: "£1,250.50",
        currency: "GBP",
        method: "bank-transfer",
        gave: ["bank-details", "one-time-code"],
        postcodeDistrict: "sa31",
        ageBand: "prefer-not-to-say",
        contactOk: "yes",
        contactEmail: "me@example.org",
      },
      now,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.idempotencyKey).toBe(base.idempotencyKey);
    expect(r.body).toMatchObject({
      occurredAt: "2026-11-19T15:00:00.000Z",
      identifiers: ["0800 123 4567", "", "amaz0n-refund.com"],
      moneyLost: { amount: 1250.5, currency: "GBP", method: "bank-transfer" },
      gave: ["bank-details", "one-time-code"],
      postcodeDistrict: "SA31",
      ageBand: null,
      contact: { email: "me@example.org", consent: true },
    });
    const stored = reportBodySchema(now).parse(r.body);
    expect(stored.moneyLost).toEqual({ amountMinor: 125050, currency: "GBP", method: "bank-transfer" });
    expect(stored.identifiers).toEqual(["0800 123 4567", "amaz0n-refund.com"]);
  });

  it("ignores money answers when the reporter said they lost none, and contact details without a yes", () => {
    const r = parseFormAnswers({ ...base, lostMoney: "no", amount: "oops", contactOk: "no", contactEmail: "x" }, now);
    expect(r.ok && r.body.moneyLost === null && r.body.contact === null).toBe(true);
  });

  it("reads a date given as day, month and year", () => {
    const r = parseFormAnswers({ ...base, when: "date", whenDay: "3", whenMonth: "11", whenYear: "2026" }, now);
    expect(r.ok && r.body.occurredAt).toBe("2026-11-03");
  });

  it("collects repeated checkbox values from FormData", () => {
    const fd = new FormData();
    fd.append("gave", "password");
    fd.append("gave", "one-time-code");
    fd.append("$ACTION_ID_abc", "");
    expect(recordFromFormData(fd)).toEqual({ gave: ["password", "one-time-code"] });
  });
});

describe("parseFormAnswers: every rejection names the field, in English and Welsh", () => {
  const cases: [string, FormRecord, Record<string, string[]>][] = [
    ["nothing filled in", {}, { narrative: ["required"], region: ["required"] }],
    ["too short", { ...base, narrative: "Amazon rang" }, { narrative: ["too-short"] }],
    ["area not from the list", { ...base, region: "narnia" }, { region: ["unknown"] }],
    ["another day without a date", { ...base, when: "date" }, { whenDay: ["date-required"] }],
    ["31 February", { ...base, when: "date", whenDay: "31", whenMonth: "2", whenYear: "2026" }, { whenDay: ["date-invalid"] }],
    ["a date next year", { ...base, when: "date", whenDay: "1", whenMonth: "1", whenYear: "2027" }, { whenDay: ["future"] }],
    ["an amount in words", { ...base, lostMoney: "yes", amount: "two hundred" }, { amount: ["invalid"] }],
    ["a zero amount", { ...base, lostMoney: "yes", amount: "0" }, { amount: ["too-small"] }],
    ["half pennies", { ...base, lostMoney: "yes", amount: "10.505" }, { amount: ["too-precise"] }],
    ["nothing and something", { ...base, gave: ["nothing", "password"] }, { gave: ["nothing-and-other"] }],
    ["a made-up thing given", { ...base, gave: ["soul"] }, { gave: ["invalid"] }],
    ["a bad postcode", { ...base, postcodeDistrict: "SA" }, { postcodeDistrict: ["invalid"] }],
    ["contact yes with nothing to contact", { ...base, contactOk: "yes", contactName: "Mair" }, { contactEmail: ["email-or-phone"] }],
    ["contact yes with a bad email", { ...base, contactOk: "yes", contactEmail: "mair@" }, { contactEmail: ["invalid"] }],
    ["contact yes with a bad phone", { ...base, contactOk: "yes", contactPhone: "call me" }, { contactPhone: ["invalid"] }],
    ["a tampered radio", { ...base, channel: "carrier-pigeon" }, { channel: ["invalid"] }],
    [
      "every problem at once, not one at a time",
      { narrative: "short", postcodeDistrict: "12345", lostMoney: "yes", amount: "lots", contactOk: "yes" },
      { narrative: ["too-short"], region: ["required"], postcodeDistrict: ["invalid"], amount: ["invalid"], contactEmail: ["email-or-phone"] },
    ],
    ["too many identifiers", { ...base, identifiers: Array.from({ length: 21 }, (_, i) => `0800 000 00${i}`).join("\n") }, { identifiers: ["too-many"] }],
  ];

  it.each(cases)("%s", (_name, record, expected) => {
    expect(errorsOf(record)).toEqual(expected);
  });

  it.each(cases)("%s: has its own message in both languages", (_name, record) => {
    for (const locale of ["en", "cy"] as const) {
      const m = messagesFor(locale);
      for (const [field, codes] of Object.entries(errorsOf(record))) {
        for (const code of codes) expect(fieldErrorText(m, field, code), `${locale} ${field}.${code}`).not.toBe(m.formErrors.fallback);
      }
    }
  });

  it("has a Welsh message for every English one, and they differ", () => {
    const en = messagesFor("en").formErrors.fields;
    const cy = messagesFor("cy").formErrors.fields;
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(cy[key]).not.toBe(en[key]);
  });
});

describe("dateFromParts", () => {
  it.each([
    [["29", "2", "2024"], "2024-02-29T12:00:00.000Z"],
    [["", "", ""], "missing"],
    [["29", "2", "2025"], "invalid"],
    [["1", "13", "2025"], "invalid"],
    [["x", "1", "2025"], "invalid"],
    [["1", "1", "25"], "invalid"],
  ] as const)("%j -> %s", (parts, expected) => {
    const d = dateFromParts(parts[0], parts[1], parts[2]);
    expect(d instanceof Date ? d.toISOString() : d).toBe(expected);
  });
});
