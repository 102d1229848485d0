import { describe, expect, it } from "vitest";
import { Rng } from "../prng";
import { CARD_LIKE } from "../test-support";
import { primeRenewal } from "../variants/renewal";
import { orderThenRefund } from "../variants/refund-overpayment";
import { breakLongDigitRuns, composeNarrative, formatMoney, type NarrativeInput } from "./compose";
import { timePhrase } from "./time-phrase";

const RECEIVED = new Date("2026-11-20T10:30:00Z");

function input(overrides: Partial<NarrativeInput>): NarrativeInput {
  return {
    variant: primeRenewal,
    channel: "automated-call",
    brand: "Amazon",
    gave: [],
    lossMinor: null,
    lossCurrency: null,
    paymentMethod: null,
    occurredAt: new Date("2026-11-19T15:00:00Z"),
    receivedAt: RECEIVED,
    contact: (key) => (key === "phone" ? "07700 900123" : key === "url" ? "https://amaz0n-billing.example/cancel" : null),
    ...overrides,
  };
}

describe("composeNarrative", () => {
  it("is deterministic for the same random stream", () => {
    expect(composeNarrative(new Rng(1), input({}))).toBe(composeNarrative(new Rng(1), input({})));
  });

  it("mentions the money lost, written as people write it", () => {
    const rng = new Rng(2);
    let mentioned = 0;
    for (let i = 0; i < 300; i++) {
      const text = composeNarrative(rng, input({ lossMinor: 125_000, lossCurrency: "GBP", paymentMethod: "gift-cards", gave: ["remote-access"] }));
      if (/£1,?250|1250 pounds/.test(text)) mentioned++;
    }
    expect(mentioned / 300).toBeGreaterThan(0.95);
  });

  it("tells the overpayment twist in refund stories", () => {
    const rng = new Rng(3);
    for (let i = 0; i < 200; i++) {
      const text = composeNarrative(rng, input({ variant: orderThenRefund, channel: "phone-call", gave: ["remote-access"] }));
      expect(text, text).toMatch(/refund|overpa|too much|extra|back|return|owed/i);
    }
  });

  it("does not claim the victim just hung up when money went", () => {
    const rng = new Rng(4);
    for (let i = 0; i < 300; i++) {
      const text = composeNarrative(rng, input({ lossMinor: 50_000, lossCurrency: "GBP", paymentMethod: "bank-transfer", gave: [] }));
      expect(text).not.toMatch(/i (hung up|ignored it|didnt press anything)/i);
    }
  });

  it("varies the text a lot for the same facts", () => {
    const rng = new Rng(5);
    const texts = Array.from({ length: 500 }, () => composeNarrative(rng, input({})));
    expect(new Set(texts).size).toBeGreaterThan(480);
  });
});

describe("helpers", () => {
  it("formats money like a victim would", () => {
    const rng = new Rng(6);
    expect(formatMoney(rng, 7997, "GBP")).toBe("£79.97");
    const styles = new Set(Array.from({ length: 200 }, () => formatMoney(rng, 125_000, "GBP")));
    expect(styles).toEqual(new Set(["£1,250", "£1250", "1250 pounds"]));
    expect(formatMoney(rng, 79_900, "USD")).toBe("$799");
  });

  it("breaks digit runs that could read as card numbers", () => {
    expect(breakLongDigitRuns("from +442079460624 3 days ago")).not.toMatch(CARD_LIKE);
    expect(breakLongDigitRuns("call 07700 900123 1250 pounds")).not.toMatch(CARD_LIKE);
    expect(breakLongDigitRuns("1234567890123")).not.toMatch(CARD_LIKE);
    expect(breakLongDigitRuns("call 07700 900123 now")).toBe("call 07700 900123 now");
  });

  it("says when it happened consistently with occurredAt", () => {
    const rng = new Rng(7);
    const at = (iso: string) => timePhrase(rng, new Date(iso), RECEIVED);
    expect(["today", "earlier today", "this morning", "just now"]).toContain(at("2026-11-20T08:00:00Z"));
    expect(["yesterday", "yesterday afternoon"]).toContain(at("2026-11-19T15:00:00Z"));
    expect(["on monday", "a few days ago", "4 days ago"]).toContain(at("2026-11-16T15:00:00Z"));
    expect(["last month", "about a month ago", "a while ago", "in august"]).toContain(at("2026-08-10T15:00:00Z"));
    expect(["", "recently", "the other day"]).toContain(timePhrase(rng, null, RECEIVED));
  });
});
