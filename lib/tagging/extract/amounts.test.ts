import { describe, expect, it } from "vitest";
import { extractAmounts, parseAmountNumber } from "./amounts";
import { foldText } from "../fold-text";

const amounts = (text: string, region = "GB") => extractAmounts(text, foldText(text), region).map(({ value, currency, text: t }) => ({ value, currency, text: t }));

describe("extractAmounts", () => {
  it.each([
    ["£79.97 will be taken", { value: 79.97, currency: "GBP", text: "£79.97" }],
    ["a $799 iPhone", { value: 799, currency: "USD", text: "$799" }],
    ["unauthorised spending over £1,000", { value: 1000, currency: "GBP", text: "over £1,000" }],
    ["unauthorised spending (often over£1,000)", { value: 1000, currency: "GBP", text: "over£1,000" }],
    ["it was 79.99 pounds", { value: 79.99, currency: "GBP", text: "79.99 pounds" }],
    ["spent 1.500 € in Spain", { value: 1500, currency: "EUR", text: "1.500 €" }],
    ["took £1k", { value: 1000, currency: "GBP", text: "£1k" }],
    ["seventy: 79 pounds 99 will renew", { value: 79.99, currency: "GBP", text: "79 pounds 99" }],
    ["lost 6 grand", { value: 6000, currency: "GBP", text: "6 grand" }],
    ["900 quid to a Binance account", { value: 900, currency: "GBP", text: "900 quid" }],
    ["a 45p charge", { value: 0.45, currency: "GBP", text: "45p" }],
    ["GBP 95.00 renewal", { value: 95, currency: "GBP", text: "GBP 95.00" }],
    ["pay 2.40 EUR duty", { value: 2.4, currency: "EUR", text: "2.40 EUR" }],
    ["a fee of 0.5 BTC", { value: 0.5, currency: "BTC", text: "0.5 BTC" }],
    ["nearly $29,900 refunded", { value: 29900, currency: "USD", text: "nearly $29,900" }],
  ])("%s", (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });

  it("uses the region's currency when the text has none", () => {
    expect(amounts("sent them 15k", "US")).toEqual([{ value: 15000, currency: "USD", text: "15k" }]);
  });

  it("does not read phone numbers, dates or order numbers as money", () => {
    expect(amounts("call 0800 123 4567 on 12/03/2024 about order 402-7745123-9901234")).toEqual([]);
  });

  it("parses separators the way people write them", () => {
    expect(parseAmountNumber("1,234.56")).toBe(1234.56);
    expect(parseAmountNumber("1.234,56")).toBe(1234.56);
    expect(parseAmountNumber("49,99")).toBe(49.99);
    expect(parseAmountNumber("1,000,000")).toBe(1_000_000);
  });

  it("gives spans into the original text", () => {
    const text = "He said OVER £1,000 was spent";
    const [a] = extractAmounts(text, foldText(text), "GB");
    expect(a && text.slice(a.start, a.end)).toBe("OVER £1,000");
  });
});
