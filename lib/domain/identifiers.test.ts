import { describe, expect, it } from "vitest";
import { defang, normalizeIdentifier, refang } from "./identifiers";

describe("normalizeIdentifier", () => {
  it.each([
    ["0800 123 4567", "phone", "+448001234567"],
    ["+44 20 7946 0000", "phone", "+442079460000"],
    ["07700 900123", "phone", "+447700900123"],
    ["Support@Amazon-Refunds.co.uk", "email", "support@amazon-refunds.co.uk"],
    ["https://secure.amaz0n-billing-uk.com/login", "url", "amaz0n-billing-uk.com"],
    ["hxxps://evil[.]co[.]uk/x", "url", "evil.co.uk"],
    ["amzn-prime-help.net", "domain", "amzn-prime-help.net"],
    ["Amazon Prime", "other", "amazon prime"],
  ])("%s is a %s (%s)", (input, kind, normalized) => {
    const id = normalizeIdentifier(input);
    expect(id.kind).toBe(kind);
    expect(id.normalized).toBe(normalized);
  });

  it("stores links defanged so they are never live", () => {
    const id = normalizeIdentifier("https://amaz0n-billing-uk.com/login");
    expect(id.raw).toBe("hxxps://amaz0n-billing-uk[.]com/login");
    expect(id.raw).not.toMatch(/https?:\/\//);
  });

  it("reads numbers in another country when told to", () => {
    expect(normalizeIdentifier("(202) 555-0143", "US").normalized).toBe("+12025550143");
  });
});

describe("defang and refang", () => {
  it("are inverse for ordinary URLs", () => {
    const url = "https://a.b.example.com/path?q=1";
    expect(refang(defang(url))).toBe(url);
  });
});
