import { describe, expect, it } from "vitest";
import { ibanValid, luhnValid } from "./validators";

describe("luhnValid", () => {
  it.each(["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "30569309025904"])(
    "accepts test card %s",
    (n) => expect(luhnValid(n)).toBe(true),
  );
  it.each(["4111111111111112", "1234567812345678", "4111 1111 1111 1111", ""])("rejects %j", (n) => {
    expect(luhnValid(n)).toBe(false);
  });
});

describe("ibanValid", () => {
  it.each(["GB82WEST12345698765432", "gb82west12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606"])(
    "accepts %s",
    (iban) => expect(ibanValid(iban)).toBe(true),
  );
  it.each([
    "GB82WEST12345698765433", // check digits wrong
    "GB82WEST1234569876543", // too short for GB
    "ZZ82WEST12345698765432", // no such country
    "GB82 WEST 1234 5698 7654 32", // callers pass the compact form
  ])("rejects %s", (iban) => expect(ibanValid(iban)).toBe(false));
});
