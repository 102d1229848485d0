import { describe, expect, it } from "vitest";
import { canonicalJson, requestHash } from "./request-hash";

const key = Buffer.alloc(32, 1);

describe("requestHash (idempotency fingerprint)", () => {
  it("ignores the order of keys, at every depth", () => {
    const a = { narrative: "x", moneyLost: { amount: 5, currency: "GBP" }, gave: ["password"] };
    const b = { gave: ["password"], moneyLost: { currency: "GBP", amount: 5 }, narrative: "x" };
    expect(requestHash(key, a)).toBe(requestHash(key, b));
  });

  it("treats an undefined field as absent and a date as its ISO form", () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ at: new Date("2026-11-20T10:00:00Z") })).toBe('{"at":"2026-11-20T10:00:00.000Z"}');
  });

  it("changes with any value, with array order, and with the key", () => {
    const h = requestHash(key, { narrative: "x", gave: ["a", "b"] });
    expect(requestHash(key, { narrative: "y", gave: ["a", "b"] })).not.toBe(h);
    expect(requestHash(key, { narrative: "x", gave: ["b", "a"] })).not.toBe(h);
    expect(requestHash(key, { narrative: "x", gave: ["a", "b"], region: null })).not.toBe(h);
    expect(requestHash(Buffer.alloc(32, 2), { narrative: "x", gave: ["a", "b"] })).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});
