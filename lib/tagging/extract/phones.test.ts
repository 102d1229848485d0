import { describe, expect, it } from "vitest";
import type { CountryCode } from "libphonenumber-js";
import { extractPhones } from "./phones";
import { foldText } from "../fold-text";

const phones = (text: string, region: CountryCode = "GB") => extractPhones(text, foldText(text), region).map((p) => p.e164);

describe("extractPhones", () => {
  it.each([
    ["call us on 0800 123 4567", "+448001234567"],
    ["ring +44 20 7946 0000 now", "+442079460000"],
    ["number was 0161 496 0738.", "+441614960738"],
    ["call 1-888-261-4477 to cancel", "+18882614477"],
    ["call our billing department at +1 (808) 555-0143", "+18085550143"],
    ["my mobile 07911 123456", "+447911123456"],
    ["0044 7911 123456", "+447911123456"],
  ])("%s", (text, e164) => {
    expect(phones(text)).toEqual([e164]);
  });

  it("does not take amounts, dates, order numbers or card numbers for phones", () => {
    expect(phones("charged £1,350.00 on 12/03/2024")).toEqual([]);
    expect(phones("order #402-7745123-9901234 placed")).toEqual([]);
    expect(phones("card 4929 1234 5678 9012")).toEqual([]);
    expect(phones("Your DHL shipment 4839201 is waiting")).toEqual([]);
    expect(phones("paid 1499.99 dollars")).toEqual([]);
  });

  it("reads national numbers in the configured region", () => {
    expect(phones("call (415) 555-2671", "US")).toEqual(["+14155552671"]);
    expect(phones("ring 020 7946 0000", "GB")).toEqual(["+442079460000"]);
  });
});
