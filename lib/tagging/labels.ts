/**
 * Label vocabularies. These exact hyphenated strings are stored as database
 * enum values, so renaming one is a migration, not a refactor.
 */

export const SCRIPTS = [
  "renewal",
  "unauthorized-spend",
  "refund-overpayment",
  "account-security",
  "delivery",
  "other",
  "unknown",
] as const;
export type Script = (typeof SCRIPTS)[number];

export const TACTICS = [
  "remote-access",
  "gift-cards",
  "otp-request",
  "card-details",
  "credentials",
  "bank-transfer",
  "crypto",
  "press-1",
  "callback-number",
  "phishing-link",
  "spoofed-caller-id",
  "threat",
] as const;
export type Tactic = (typeof TACTICS)[number];

export const CHANNELS = [
  "phone-call",
  "automated-call",
  "voicemail",
  "sms",
  "email",
  "social-media",
  "website",
  "in-person",
  "unknown",
] as const;
export type Channel = (typeof CHANNELS)[number];

const scriptSet: ReadonlySet<string> = new Set(SCRIPTS);
const tacticSet: ReadonlySet<string> = new Set(TACTICS);
const channelSet: ReadonlySet<string> = new Set(CHANNELS);

export function isScript(value: unknown): value is Script {
  return typeof value === "string" && scriptSet.has(value);
}

export function isTactic(value: unknown): value is Tactic {
  return typeof value === "string" && tacticSet.has(value);
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === "string" && channelSet.has(value);
}
