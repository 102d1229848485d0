import { describe, expect, it } from "vitest";
import { adviceFor, type AdviceInput } from "./advice";

const reportedAt = new Date("2026-11-20T15:00:00Z");
const hoursAgo = (h: number) => new Date(reportedAt.getTime() - h * 3_600_000);

const base: AdviceInput = {
  gave: [],
  moneyLost: false,
  paymentMethod: null,
  occurredAt: null,
  reportedAt,
  channel: null,
  tactics: [],
  removals: [],
  remoteTools: [],
  giftCards: [],
  brand: null,
  nation: "england",
};

const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe("adviceFor: which steps, in which order, how urgent", () => {
  const cases: { name: string; input: Partial<AdviceInput>; urgent: string[]; steps: string[] }[] = [
    {
      name: "Amazon renewal call, nothing lost or given",
      input: { brand: "Amazon", channel: "automated-call", tactics: ["press-1"] },
      urgent: [],
      steps: ["check-account", "no-loss", "spot-next"],
    },
    {
      name: "card details given, no money lost",
      input: { gave: ["card-details"], brand: "Amazon" },
      urgent: [],
      steps: ["call-bank-details", "check-account", "spot-next"],
    },
    {
      name: "bank transfer 3 hours ago: the bank call is urgent",
      input: { moneyLost: true, paymentMethod: "bank-transfer", occurredAt: hoursAgo(3), gave: ["bank-details"] },
      urgent: ["call-bank-money"],
      steps: ["spot-next"],
    },
    {
      name: "the same loss 3 days ago is still first, but not urgent",
      input: { moneyLost: true, paymentMethod: "bank-transfer", occurredAt: hoursAgo(72) },
      urgent: [],
      steps: ["call-bank-money", "spot-next"],
    },
    {
      name: "exactly 24 hours ago counts as the last 24 hours (the form's 'yesterday')",
      input: { moneyLost: true, paymentMethod: "card", occurredAt: hoursAgo(24) },
      urgent: ["call-bank-money"],
      steps: ["spot-next"],
    },
    {
      name: "remote access given a week ago: disconnect first, whatever the date",
      input: { gave: ["remote-access", "one-time-code"], occurredAt: hoursAgo(170), remoteTools: ["AnyDesk"], brand: "Amazon" },
      urgent: ["stop-remote-access"],
      steps: ["secure-accounts", "check-account", "spot-next"],
    },
    {
      name: "gift cards today: bank and gift card company, both urgent",
      input: { moneyLost: true, paymentMethod: "gift-cards", occurredAt: hoursAgo(1), giftCards: ["Google Play"] },
      urgent: ["call-bank-money", "gift-card-issuer"],
      steps: ["spot-next"],
    },
    {
      name: "asked to install an app but did not say they did",
      input: { tactics: ["remote-access"], brand: "BT" },
      urgent: [],
      steps: ["remote-asked", "check-account", "spot-next"],
    },
    {
      name: "a card number in the narrative means card details were shared, even if not ticked",
      input: { removals: ["card-number"] },
      urgent: [],
      steps: ["call-bank-details", "spot-next"],
    },
    {
      name: "crypto loss without a method answer is read from the tagger's tactic",
      input: { moneyLost: true, tactics: ["crypto"], occurredAt: hoursAgo(50), gave: ["personal-details"] },
      urgent: [],
      steps: ["call-bank-money", "crypto-exchange", "personal-details", "spot-next"],
    },
    {
      name: "a courier is not an account to check",
      input: { brand: "Royal Mail", channel: "sms" },
      urgent: [],
      steps: ["no-loss", "spot-next"],
    },
  ];

  it.each(cases)("$name", ({ input, urgent, steps }) => {
    const advice = adviceFor({ ...base, ...input });
    expect(ids(advice.urgent)).toEqual(urgent);
    expect(ids(advice.steps)).toEqual(steps);
  });

  it("names the remote tool, the gift card and the brand in the steps' parameters", () => {
    const advice = adviceFor({
      ...base,
      gave: ["remote-access", "password"],
      remoteTools: ["AnyDesk", "TeamViewer"],
      moneyLost: true,
      paymentMethod: "gift-cards",
      giftCards: ["Apple"],
      occurredAt: hoursAgo(2),
      brand: "Amazon",
    });
    expect(advice.urgent).toEqual([
      { id: "stop-remote-access", params: { tools: ["AnyDesk", "TeamViewer"] } },
      { id: "call-bank-money", params: {} },
      { id: "gift-card-issuer", params: { giftCards: ["Apple"] } },
    ]);
    expect(advice.steps[0]).toEqual({ id: "secure-accounts", params: { brand: "Amazon" } });
  });
});

describe("adviceFor: where to report officially", () => {
  const bodies = (input: Partial<AdviceInput>) => adviceFor({ ...base, ...input }).reportTo.map((b) => b.id);

  it.each([
    [{ nation: "wales", channel: "sms" }, ["report-fraud", "bank-159", "texts-7726"]],
    [{ nation: "northern-ireland", channel: "email" }, ["report-fraud", "bank-159", "emails-phishing"]],
    [{ nation: "scotland", channel: "phone-call" }, ["police-scotland", "bank-159", "calls-7726"]],
    [{ nation: "outside-uk", channel: "website" }, ["local-police", "bank-159"]],
    [{ nation: "england", channel: null }, ["report-fraud", "bank-159", "texts-7726", "emails-phishing"]],
  ] as const)("%j -> %j", (input, expected) => {
    expect(bodies(input)).toEqual(expected);
  });

  it("uses the deployment's own list when given one", () => {
    const own = [{ id: "force-line", name: { en: "x", cy: "x" }, how: { en: "y", cy: "y" }, appliesTo: { always: true as const } }];
    expect(adviceFor(base, own).reportTo.map((b) => b.id)).toEqual(["force-line"]);
  });
});
