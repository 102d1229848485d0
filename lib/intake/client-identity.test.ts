import { describe, expect, it } from "vitest";
import { clientAddress, clientBucketKey, normalizeAddress } from "./client-identity";

describe("clientAddress", () => {
  it("with no trusted proxy, takes the single value Next.js filled from the socket", () => {
    expect(clientAddress("203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("with no trusted proxy, treats a list as forged: one shared unknown client", () => {
    expect(clientAddress("198.51.100.1, 203.0.113.7", 0)).toBe("unknown");
    expect(clientAddress(null, 0)).toBe("unknown");
  });

  it("with one trusted proxy, takes the right-most entry and ignores what the client wrote", () => {
    expect(clientAddress("1.1.1.1, 2.2.2.2, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("with two trusted proxies, takes the second from the right", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("groups IPv6 clients by /64 and unwraps mapped IPv4", () => {
    expect(normalizeAddress("2001:db8:abcd:12:1:2:3:4")).toBe("2001:db8:abcd:12::/64");
    expect(normalizeAddress("[2001:DB8:abcd:12::99]:443")).toBe("2001:db8:abcd:12::/64");
    expect(normalizeAddress("::ffff:192.0.2.5")).toBe("192.0.2.5");
    expect(normalizeAddress("192.0.2.5:5123")).toBe("192.0.2.5");
    expect(normalizeAddress("not-an-ip")).toBe("unknown");
  });
});

describe("clientBucketKey (IP hashing)", () => {
  const key = Buffer.alloc(32, 7);
  const window = new Date("2026-11-20T10:00:00Z");

  it("is stable for the same client, scope and window", () => {
    expect(clientBucketKey(key, "form", "203.0.113.7", window)).toBe(clientBucketKey(key, "form", "203.0.113.7", window));
  });

  it("never contains the address, and starts with the scope", () => {
    const k = clientBucketKey(key, "form", "203.0.113.7", window);
    expect(k).toMatch(/^form:[A-Za-z0-9_-]{32}$/);
    expect(k).not.toContain("203");
  });

  it("differs by client, scope, window and server key", () => {
    const k = clientBucketKey(key, "form", "203.0.113.7", window);
    expect(clientBucketKey(key, "form", "203.0.113.8", window)).not.toBe(k);
    expect(clientBucketKey(key, "form-no-pow", "203.0.113.7", window)).not.toBe(k.replace("form:", "form-no-pow:"));
    expect(clientBucketKey(key, "form", "203.0.113.7", new Date("2026-11-20T11:00:00Z"))).not.toBe(k);
    expect(clientBucketKey(Buffer.alloc(32, 8), "form", "203.0.113.7", window)).not.toBe(k);
  });
});
