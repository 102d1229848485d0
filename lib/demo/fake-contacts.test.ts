import { describe, expect, it } from "vitest";
import { fakeDomain, fakeEmail, fakePhone, fakeUrl } from "./fake-contacts";
import { Rng } from "./prng";
import { isDramaNumber, REAL_DOMAINS } from "./test-support";

describe("fake contacts", () => {
  const brands = [null, "Amazon", "Apple", "Microsoft", "PayPal", "BT", "Royal Mail", "Evri", "DPD", "HMRC", "Barclays", "Netflix", "TV Licensing"];

  it("has checks that would catch real numbers and domains", () => {
    expect(isDramaNumber("07700 900123")).toBe(true);
    expect(isDramaNumber("+44 20 7946 0999")).toBe(true);
    expect(isDramaNumber("07700 901123")).toBe(false);
    expect(isDramaNumber("020 7946 1000")).toBe(false);
    for (const real of ["https://www.amazon.co.uk/orders", "support@gmail.com", "visit paypal.com now", "royalmail.com/track"]) expect(real).toMatch(REAL_DOMAINS);
    for (const fake of ["amaz0n-billing.com", "amazon.example", "paypa1-support.top"]) expect(fake).not.toMatch(REAL_DOMAINS);
  });

  it("only produces phone numbers from Ofcom's drama ranges", () => {
    const rng = new Rng(3);
    for (let i = 0; i < 5000; i++) {
      const raw = fakePhone(rng);
      expect(isDramaNumber(raw), raw).toBe(true);
    }
  });

  it("only produces reserved or misspelt look-alike domains", () => {
    const rng = new Rng(4);
    for (let i = 0; i < 5000; i++) {
      const brand = rng.pick(brands);
      for (const value of [fakeDomain(rng, brand), fakeUrl(rng, brand), fakeEmail(rng, brand)]) {
        expect(value, value).not.toMatch(REAL_DOMAINS);
        const host = value.replace(/^[a-z]+:\/\//, "").replace(/^[^@]*@/, "").replace("[.]", ".").split("/")[0]!;
        const reserved = /(\.example|\.test|\.invalid|(^|\.)example\.(com|net|org))$/.test(host);
        // A look-alike on a real TLD always joins a brand token to a word, never a bare token.
        const lookalike = /^[a-z0-9]+(-[a-z0-9]+)+\.[a-z]+$/.test(host);
        expect(reserved || lookalike, host).toBe(true);
      }
    }
  });
});
