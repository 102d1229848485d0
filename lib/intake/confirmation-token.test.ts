import { describe, expect, it } from "vitest";
import { signConfirmation, verifyConfirmation, type ConfirmationData } from "./confirmation-token";

const key = Buffer.alloc(32, 3);
const now = new Date("2026-11-20T10:00:00Z");
const data: ConfirmationData = {
  reference: "SP-7KQ3-9XDP",
  removals: ["card-number"],
  contactConsented: false,
  advice: {
    gave: ["card-details"],
    moneyLost: true,
    paymentMethod: "card",
    occurredAt: new Date("2026-11-20T08:00:00Z"),
    reportedAt: now,
    channel: "phone-call",
    tactics: ["card-details"],
    removals: ["card-number"],
    remoteTools: [],
    giftCards: [],
    brand: "Amazon",
    nation: "wales",
  },
};

describe("confirmation token", () => {
  it("round-trips, dates included", () => {
    expect(verifyConfirmation(signConfirmation(data, key, now), key, now)).toEqual(data);
  });

  it("refuses an altered payload, another key, an expired token and junk", () => {
    const token = signConfirmation(data, key, now);
    const [body, sig] = token.split(".");
    const forged = Buffer.from(Buffer.from(body!, "base64url").toString().replace("SP-7KQ3-9XDP", "SP-0000-0000")).toString("base64url");
    expect(verifyConfirmation(`${forged}.${sig}`, key, now)).toBeNull();
    expect(verifyConfirmation(token, Buffer.alloc(32, 4), now)).toBeNull();
    expect(verifyConfirmation(token, key, new Date(now.getTime() + 31 * 60_000))).toBeNull();
    expect(verifyConfirmation("nonsense", key, now)).toBeNull();
    expect(verifyConfirmation(undefined, key, now)).toBeNull();
  });

  it("keeps the reference out of plain sight only by signing, not encrypting: no narrative or contact inside", () => {
    const json = Buffer.from(signConfirmation(data, key, now).split(".")[0]!, "base64url").toString();
    expect(Object.keys(JSON.parse(json)).sort()).toEqual(["advice", "contactConsented", "exp", "reference", "removals"]);
  });
});
