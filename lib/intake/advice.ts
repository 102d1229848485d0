// Advice tailored to one report: which steps to show, in what order, which of them are
// urgent, and where to report officially. Pure and table-tested (advice.test.ts); the
// words live in lib/i18n (advice), the official bodies in reporting-bodies.ts.
import type { Nation } from "../domain/regions";
import type { RedactionKind } from "../redaction/kinds";
import type { Channel, Tactic } from "../tagging/labels";
import { REPORTING_BODIES, type ReportingBody } from "./reporting-bodies";
import type { Gave, PaymentMethod } from "./vocabulary";

export interface AdviceInput {
  gave: readonly Gave[];
  moneyLost: boolean;
  paymentMethod: PaymentMethod | null;
  occurredAt: Date | null;
  /** When the report was made: "the last 24 hours" counts back from here. */
  reportedAt: Date;
  /** The reporter's answer, else the tagger's; null or "unknown" when neither knows. */
  channel: Channel | null;
  tactics: readonly Tactic[];
  /** What redaction removed from the narrative: a card number there means card details were shared. */
  removals: readonly RedactionKind[];
  /** Remote-control apps and gift cards named in the narrative (tagger evidence). */
  remoteTools: readonly string[];
  giftCards: readonly string[];
  /** Canonical brand name, only when it is one the tagger knows. */
  brand: string | null;
  nation: Nation;
}

export type AdviceStepId =
  | "call-bank-money"
  | "call-bank-details"
  | "stop-remote-access"
  | "remote-asked"
  | "gift-card-issuer"
  | "crypto-exchange"
  | "secure-accounts"
  | "personal-details"
  | "check-account"
  | "no-loss"
  | "spot-next";

export interface AdviceParams {
  brand?: string;
  tools?: string[];
  giftCards?: string[];
}

export interface AdviceStep {
  id: AdviceStepId;
  params: AdviceParams;
}

export interface Advice {
  /** Shown first, before anything else, when not empty. */
  urgent: AdviceStep[];
  steps: AdviceStep[];
  reportTo: ReportingBody[];
}

const DAY_MS = 24 * 3_600_000;

/** Brands whose customers have an account to check and secure (not couriers, HMRC or the police). */
export const ACCOUNT_BRANDS: ReadonlySet<string> = new Set([
  "Amazon", "Apple", "Microsoft", "PayPal", "eBay", "Netflix", "Disney+", "Spotify", "Google", "Meta",
  "Barclays", "HSBC", "Lloyds", "NatWest", "Santander", "Halifax", "Nationwide", "Monzo", "Starling", "TSB",
  "RBS", "Tesco Bank", "Metro Bank", "Chase", "BT", "Virgin Media", "Sky", "O2", "EE", "Vodafone",
  "British Gas", "Coinbase", "Binance",
]);

const CARD_OR_BANK_REMOVALS: ReadonlySet<RedactionKind> = new Set(["card-number", "cvv", "pin", "bank-account", "iban"]);
const SECRET_REMOVALS: ReadonlySet<RedactionKind> = new Set(["one-time-code", "password"]);

export function adviceFor(input: AdviceInput, bodies: readonly ReportingBody[] = REPORTING_BODIES): Advice {
  const gave = new Set(input.gave);
  const tactics = new Set(input.tactics);
  const method = input.paymentMethod;
  const lostRecently =
    input.moneyLost && input.occurredAt !== null && input.reportedAt.getTime() - input.occurredAt.getTime() <= DAY_MS;
  const gaveCardOrBank =
    gave.has("card-details") || gave.has("bank-details") || input.removals.some((k) => CARD_OR_BANK_REMOVALS.has(k));
  const gaveSecrets = gave.has("one-time-code") || gave.has("password") || input.removals.some((k) => SECRET_REMOVALS.has(k));
  // The method answer wins; without one, a loss plus the tagger's tactic is enough to warn.
  const paidGiftCards = method === "gift-cards" || (input.moneyLost && method === null && tactics.has("gift-cards"));
  const paidCrypto = method === "crypto" || (input.moneyLost && method === null && tactics.has("crypto"));
  const brand = input.brand && ACCOUNT_BRANDS.has(input.brand) ? input.brand : null;

  const urgent: AdviceStep[] = [];
  const steps: AdviceStep[] = [];
  const step = (id: AdviceStepId, params: AdviceParams = {}): AdviceStep => ({ id, params });

  // An app that still gives the scammer control is the most urgent thing of all.
  if (gave.has("remote-access")) urgent.push(step("stop-remote-access", input.remoteTools.length ? { tools: [...input.remoteTools] } : {}));
  const moneySteps = [
    ...(input.moneyLost ? [step("call-bank-money")] : gaveCardOrBank ? [step("call-bank-details")] : []),
    ...(paidGiftCards ? [step("gift-card-issuer", input.giftCards.length ? { giftCards: [...input.giftCards] } : {})] : []),
    ...(paidCrypto ? [step("crypto-exchange")] : []),
  ];
  (lostRecently ? urgent : steps).push(...moneySteps);

  if (!gave.has("remote-access") && tactics.has("remote-access")) steps.push(step("remote-asked"));
  if (gaveSecrets) steps.push(step("secure-accounts", brand ? { brand } : {}));
  if (gave.has("personal-details")) steps.push(step("personal-details"));
  if (brand) steps.push(step("check-account", { brand }));
  const remoteAsked = steps.some((s) => s.id === "remote-asked");
  if (!input.moneyLost && gave.size === 0 && !gaveCardOrBank && !gaveSecrets && !remoteAsked) steps.push(step("no-loss"));
  steps.push(step("spot-next"));

  return { urgent, steps, reportTo: reportingBodiesFor(input.nation, input.channel, bodies) };
}

export function reportingBodiesFor(nation: Nation, channel: Channel | null, bodies: readonly ReportingBody[]): ReportingBody[] {
  const ch = channel ?? "unknown";
  return bodies.filter(
    ({ appliesTo: a }) =>
      a.always === true ||
      (a.nations?.includes(nation) ?? false) ||
      (a.channels?.some((c) => c === ch) ?? false),
  );
}
