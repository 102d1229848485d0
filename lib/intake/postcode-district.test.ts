import { describe, expect, it } from "vitest";
import { parsePostcodeDistrict } from "./postcode-district";

describe("parsePostcodeDistrict", () => {
  it.each([
    ["SA31", "SA31"],
    ["sa31", "SA31"],
    [" M1 ", "M1"],
    ["EC1A", "EC1A"],
    ["W1A", "W1A"],
    ["B33", "B33"],
    ["M11", "M11"],
    ["CF10", "CF10"],
  ])("accepts the district %j as %j", (input, expected) => {
    expect(parsePostcodeDistrict(input)).toBe(expected);
  });

  it.each([
    ["SA31 1AA", "SA31"],
    ["sw1a 1aa", "SW1A"],
    ["SW1A1AA", "SW1A"],
    ["M1 1AE", "M1"],
    ["M11AE", "M1"],
    ["EC1A 1BB", "EC1A"],
  ])("keeps only the district of the full postcode %j", (input, expected) => {
    expect(parsePostcodeDistrict(input)).toBe(expected);
  });

  it.each(["", "S", "31", "SAA31", "SA 31 1", "1SA", "SA31 1A", "ABC", "SA31-1AA", "<b>M1", "M1 1AE 2"])(
    "rejects %j",
    (input) => {
      expect(parsePostcodeDistrict(input)).toBeNull();
    },
  );
});
