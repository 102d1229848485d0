import { describe, expect, it } from "vitest";
import type { AdviceStepId } from "../intake/advice";
import { listCy } from "./cy/confirmation";
import { messagesFor } from "./messages";

const STEPS: AdviceStepId[] = [
  "call-bank-money", "call-bank-details", "stop-remote-access", "remote-asked", "gift-card-issuer", "crypto-exchange",
  "secure-accounts", "personal-details", "check-account", "no-loss", "spot-next",
];

describe("public messages", () => {
  it("has every advice step in both languages, different words in each", () => {
    const en = messagesFor("en").advice;
    const cy = messagesFor("cy").advice;
    for (const id of STEPS) {
      const params = { brand: "Amazon", tools: ["AnyDesk"], giftCards: ["Apple"] };
      expect(en[id]?.title(params), id).toBeTruthy();
      expect(cy[id]?.title(params), id).not.toBe(en[id]?.title(params));
      expect(cy[id]?.body(params), id).not.toBe(en[id]?.body(params));
    }
  });

  it("puts the app and gift card names into the advice", () => {
    const cy = messagesFor("cy").advice;
    expect(cy["stop-remote-access"]!.body({ tools: ["AnyDesk", "TeamViewer"] })).toContain("dadosodwch AnyDesk a TeamViewer");
    expect(messagesFor("en").advice["gift-card-issuer"]!.body({ giftCards: ["Google Play", "Apple"] })).toContain("(Google Play and Apple)");
  });

  it("joins Welsh lists with a or ac, never ICU's a(c)", () => {
    expect(listCy(["AnyDesk", "TeamViewer"])).toBe("AnyDesk a TeamViewer");
    expect(listCy(["AnyDesk", "UltraViewer"])).toBe("AnyDesk ac UltraViewer");
    expect(listCy(["A", "B", "C"])).toBe("A, B a C");
    expect(listCy(["Steam"])).toBe("Steam");
  });
});
