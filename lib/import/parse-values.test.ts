import { describe, expect, it } from "vitest";
import * as demo from "../demo/labels";
import { CHANNELS } from "../tagging/labels";
import {
  AGE_BANDS,
  GAVE,
  parseAgeBand,
  parseChannel,
  parseGave,
  parsePaymentMethod,
  parsePostcodeDistrict,
  parseStatus,
  PAYMENT_METHODS,
  STATUSES,
} from "./parse-choices";
import { parseCurrency, parseMoney } from "./parse-money";
import { parseRegion } from "./parse-region";
import type { Parsed } from "./parse-result";

const value = <T>(r: Parsed<T>) => (r.ok ? r.value : `error: ${r.reason}`);

describe("the answer vocabularies", () => {
  it("spell values the way the rest of ScamPulse stores them", () => {
    expect(PAYMENT_METHODS).toEqual(demo.PAYMENT_METHODS);
    // The same spellings; order is each list's own business.
    expect([...GAVE].sort()).toEqual([...demo.GAVE].sort());
    expect(AGE_BANDS).toEqual(demo.AGE_BANDS);
    expect(STATUSES).toEqual(demo.STATUSES);
  });

  it("read every stored spelling as itself", () => {
    for (const c of CHANNELS) expect(value(parseChannel(c))).toBe(c === "unknown" ? null : c);
    for (const p of PAYMENT_METHODS) expect(value(parsePaymentMethod(p))).toBe(p);
    for (const g of GAVE) expect(value(parseGave(g))).toEqual([g]);
    for (const a of AGE_BANDS) expect(value(parseAgeBand(a))).toBe(a);
    for (const s of STATUSES) expect(value(parseStatus(s))).toBe(s);
  });
});

describe("parseRegion", () => {
  it.each([
    ["dyfed-powys", "dyfed-powys"],
    ["Dyfed Powys", "dyfed-powys"],
    ["DYFED-POWYS POLICE", "dyfed-powys"],
    ["Heddlu Dyfed-Powys", "dyfed-powys"],
    ["W15000004", "dyfed-powys"],
    ["Cumbria Constabulary", "cumbria"],
    ["Avon & Somerset Constabulary", "avon-and-somerset"],
    ["Metropolitan Police Service", "metropolitan"],
    ["the Met", "metropolitan"],
    ["Hampshire and Isle of Wight Constabulary", "hampshire"],
    ["Hampshire Constabulary", "hampshire"],
    ["Police Scotland", "police-scotland"],
    ["Police Service of Northern Ireland", "psni"],
    ["PSNI", "psni"],
    ["Gogledd Cymru", "north-wales"],
    ["outside the UK", "outside-uk"],
    ["Kent Police", "kent"],
  ])("%j -> %s", (input, id) => expect(value(parseRegion(input))).toBe(id));

  it.each(["Atlantis", "Police", "Wales", ""])("refuses %j", (input) => {
    expect(value(parseRegion(input))).toMatch(/^error: .* is not a police force area we know/);
  });
});

describe("parseMoney", () => {
  it.each([
    ["79.99", undefined, { amountMinor: 7999, currency: "GBP" }],
    ["£1,250.50", undefined, { amountMinor: 125050, currency: "GBP" }],
    ["£ 40", undefined, { amountMinor: 4000, currency: "GBP" }],
    ["1250.5", undefined, { amountMinor: 125050, currency: "GBP" }],
    ["0.1", undefined, { amountMinor: 10, currency: "GBP" }],
    ["GBP 40", undefined, { amountMinor: 4000, currency: "GBP" }],
    ["40 eur", undefined, { amountMinor: 4000, currency: "EUR" }],
    ["€30", undefined, { amountMinor: 3000, currency: "EUR" }],
    ["$20", undefined, { amountMinor: 2000, currency: "USD" }],
    ["$20", "CAD", { amountMinor: 2000, currency: "CAD" }],
    ["20", "EUR", { amountMinor: 2000, currency: "EUR" }],
    ["0", undefined, { amountMinor: 0, currency: "GBP" }],
    ["none", undefined, { amountMinor: 0, currency: "GBP" }],
    ["21474836.47", undefined, { amountMinor: 2147483647, currency: "GBP" }],
  ] as const)("%j (currency column %s)", (input, currency, expected) => {
    expect(value(parseMoney(input, currency))).toEqual(expected);
  });

  it.each([
    ["-5", undefined, "is negative"],
    ["lots", undefined, "is not an amount"],
    ["1.234", undefined, "is not an amount"],
    ["1,23", undefined, "is not an amount"],
    ["1.234,56", undefined, "is not an amount"],
    ["GBP 40 EUR", undefined, "names two currencies"],
    ["40 ABC", undefined, 'unknown currency "ABC"'],
    ["€30", "GBP", "is in EUR but the currency column says GBP"],
    ["21474836.48", undefined, "is too large"],
  ] as const)("%j (currency column %s) is refused: %s", (input, currency, reason) => {
    expect(value(parseMoney(input, currency))).toContain(reason);
  });

  it("reads currency codes and symbols", () => {
    expect(value(parseCurrency(" gbp "))).toBe("GBP");
    expect(value(parseCurrency("€"))).toBe("EUR");
    expect(value(parseCurrency("pounds"))).toContain("is not a currency code");
  });
});

describe("choices", () => {
  it.each([
    ["Phone", "phone-call"],
    ["cold call", "phone-call"],
    ["Robocall", "automated-call"],
    ["Text message", "sms"],
    ["E-mail", "email"],
    ["Facebook", "social-media"],
    ["in-person", "in-person"],
    ["Doorstep", "in-person"],
    ["unknown", null],
    ["other", null],
  ])("channel %j -> %s", (input, expected) => expect(value(parseChannel(input))).toBe(expected));

  it.each([
    ["Gift cards", "gift-cards"],
    ["iTunes", "gift-cards"],
    ["Faster Payment", "bank-transfer"],
    ["Debit card", "card"],
    ["Bitcoin", "crypto"],
    ["Western Union", "other"],
    ["none", null],
  ])("payment %j -> %s", (input, expected) => expect(value(parsePaymentMethod(input))).toBe(expected));

  it.each([
    ["card details; one-time code", ["card-details", "one-time-code"]],
    ["Card details | Passwords or login | card", ["card-details", "password"]],
    ["AnyDesk, bank details", ["remote-access", "bank-details"]],
    ["nothing", []],
    ["None", []],
  ])("gave %j -> %j", (input, expected) => expect(value(parseGave(input))).toEqual(expected));

  it.each([
    ["67", "65-74"],
    ["18", "under-25"],
    ["44", "25-44"],
    ["75", "75-plus"],
    ["18-24", "under-25"],
    ["65 to 69", "65-74"],
    ["75+", "75-plus"],
    ["over 80", "75-plus"],
    ["Under 25", "under-25"],
    ["<25", "under-25"],
    ["75 plus", "75-plus"],
  ])("age %j -> %s", (input, expected) => expect(value(parseAgeBand(input))).toBe(expected));

  it.each(["60-69", "200", "over 60", "under 30", "old"])("age %j is refused", (input) => {
    expect(value(parseAgeBand(input))).toContain("is not an age band");
  });

  it.each([
    ["SA31", "SA31"],
    ["sa31 1ab", "SA31"],
    ["SW1A 1AA", "SW1A"],
    ["M1", "M1"],
    ["M11AE", "M1"],
  ])("postcode %j -> %s", (input, expected) => expect(value(parsePostcodeDistrict(input))).toBe(expected));

  it("refuses unknown words with the allowed list", () => {
    expect(value(parseChannel("fax"))).toBe('error: "fax" is not a channel: use one of phone-call, automated-call, voicemail, sms, email, social-media, website, in-person, unknown');
    expect(value(parseGave("everything"))).toContain("is not something we record as given away");
    expect(value(parseStatus("open"))).toContain("is not a status: use one of new, triaged, closed, spam, duplicate");
    expect(value(parsePostcodeDistrict("London"))).toContain("is not a postcode district");
  });
});
