import { describe, expect, it } from "vitest";
import { tagReport, TAGGER_VERSION } from "./tag-report";
import type { Channel, Script, Tactic } from "./labels";

type Case = { text: string; channel?: Channel; script: Script; has?: Tactic[]; not?: Tactic[]; expectChannel?: Channel };

// Table of behaviours the issue asks for; each row is a sentence a victim could write.
const CASES: Case[] = [
  { text: "amazon prim call said 79.99 will be taken press 1 to cancel", script: "renewal", has: ["press-1"], expectChannel: "automated-call" },
  { text: "they said there was unauthorised spending of over £1,000 on my account, press 1 for the fraud department", script: "unauthorized-spend", has: ["press-1"] },
  { text: "They said there was an unauthorized $799 iPhone order. Then a refund, they put in $7,990 by mistake and I had to send back the difference in gift cards", script: "refund-overpayment", has: ["gift-cards"] },
  { text: "Royal Mail: your parcel is waiting, pay the £1.45 redelivery fee at royalmail-redeliver.com", script: "delivery", has: ["phishing-link"] },
  { text: "Evri text about a missed delivery, they want a fee to rebook", script: "delivery" },
  { text: "Barclays: your account is locked due to suspicious activity, verify at barclays-secure.net", script: "account-security", has: ["phishing-link"] },
  { text: "HMRC says I am due a tax rebate of £320, claim at hmrc-claim.com", script: "other", has: ["phishing-link"] },
  { text: "HMRC called, unpaid tax, arrest warrant unless I pay in iTunes vouchers", script: "other", has: ["threat", "gift-cards"] },
  { text: "Invested £5,000 in a crypto trading platform I found on Instagram, cannot withdraw", script: "other", has: ["crypto"], expectChannel: "social-media" },
  { text: "scam call", script: "unknown" },
  { text: "Amazon called me. I hung up.", script: "unknown" },
  // Negations: the victim refusing keeps the tactic, a denied ask removes it.
  { text: "automated amazon prime renewal call, I did not press 1", script: "renewal", has: ["press-1"] },
  { text: "they said my card was used for a £900 order I didn't make. they asked for my card details but I didn't give them", script: "unauthorized-spend", has: ["card-details"] },
  { text: "caller said my amazon account was hacked but they never asked for my password", script: "account-security", not: ["credentials"] },
  { text: "text about an unpaid Royal Mail fee, there was no link in it", script: "delivery", not: ["phishing-link"] },
  // The genuine site the victim checked is a domain, not a phishing link.
  { text: "Email said my Prime renews at £95. I checked amazon.co.uk myself and it is real.", script: "renewal", not: ["phishing-link"] },
  // Remote access tools, spelled as victims spell them.
  { text: "he got me to install any desk so he could cancel the subscription renewal", script: "renewal", has: ["remote-access"] },
  { text: "made me download team viewer to process the refund I was owed", script: "refund-overpayment", has: ["remote-access"] },
  { text: "The number was the same as the one on the back of my card. They said my account was compromised and to move my money to a safe account", script: "account-security", has: ["spoofed-caller-id", "bank-transfer"] },
];

describe("tagReport", () => {
  it.each(CASES)("$text", ({ text, channel, script, has = [], not = [], expectChannel }) => {
    const result = tagReport({ text, ...(channel ? { channel } : {}) });
    expect(result.script).toBe(script);
    for (const t of has) expect(result.tactics).toContain(t);
    for (const t of not) expect(result.tactics).not.toContain(t);
    if (expectChannel) expect(result.channel).toBe(expectChannel);
  });

  it("lets a channel from the form win over the text", () => {
    const text = "I got a text saying my parcel is held";
    expect(tagReport({ text }).channel).toBe("sms");
    const result = tagReport({ text, channel: "email" });
    expect(result.channel).toBe("email");
    expect(result.evidence).toContainEqual({ tag: "channel:email", start: 0, end: 0, rule: "form.channel" });
    expect(tagReport({ text, channel: "unknown" }).channel).toBe("sms");
  });

  it("lists a form brand first and canonicalises known ones", () => {
    const result = tagReport({ text: "Royal Mail text about a parcel", brand: " amazon " });
    expect(result.brands).toEqual(["Amazon", "Royal Mail"]);
  });

  it("gives evidence spans inside the text for every tag", () => {
    const text =
      "IP got a call from 'Amazon' (number came up as Amazon) about a £979 iPhone order. He had her install AnyDesk, " +
      "said he refunded £9,790 by mistake and she bought £2,000 of Google Play cards. Call back 0800 123 4567 or visit hxxps://amaz0n-refund[.]com/x";
    const result = tagReport({ text });
    expect(result.script).toBe("refund-overpayment");
    for (const e of result.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      if (!e.rule.startsWith("form.")) expect(e.end).toBeGreaterThan(e.start);
    }
    const tags = new Set(result.evidence.map((e) => e.tag));
    expect(tags).toContain("script:refund-overpayment");
    for (const t of result.tactics) expect(tags).toContain(`tactic:${t}`);
    expect(tags).toContain(`channel:${result.channel}`);
    expect(tags).toContain("brand:Amazon");
    expect(result.phones).toEqual(["+448001234567"]);
    expect(result.urls).toContain("hxxps://amaz0n-refund[.]com/x");
    expect(result.giftCards).toEqual(["Google Play"]);
    expect(result.remoteTools).toEqual(["AnyDesk"]);
    expect(result.version).toBe(TAGGER_VERSION);
  });

  it("reports a close runner-up with its confidence", () => {
    const result = tagReport({ text: "my amazon account was hacked and someone ordered a £640 laptop with my card" });
    expect(["unauthorized-spend", "account-security"]).toContain(result.script);
    expect(result.runnerUp?.script).toBe(result.script === "account-security" ? "unauthorized-spend" : "account-security");
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it("is deterministic and tolerates empty or odd input", () => {
    const text = "Press 1 now. £79.99";
    expect(tagReport({ text })).toEqual(tagReport({ text }));
    expect(tagReport({ text: "" }).script).toBe("unknown");
    expect(tagReport({ text: "İstanbul AMAZON PRİME renewal" }).script).toBe("renewal");
  });
});
