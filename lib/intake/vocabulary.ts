// The answers a report can carry besides its narrative, spelled the way they are stored
// (hyphenated, like lib/tagging/labels.ts). The form, the partner API, the advice rules
// and the OpenAPI document all read these lists, so adding a value is a one-line change.
import type { Channel } from "../tagging/labels";

/** How the scammer made contact: every channel a reporter can pick ("unknown" is for the tagger). */
export const REPORT_CHANNELS = [
  "phone-call",
  "automated-call",
  "voicemail",
  "sms",
  "email",
  "social-media",
  "website",
  "in-person",
] as const satisfies readonly Channel[];
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** What the reporter gave away. "Nothing" is a form answer, stored as an empty list. */
export const GAVE = ["card-details", "bank-details", "one-time-code", "password", "remote-access", "personal-details"] as const;
export type Gave = (typeof GAVE)[number];

export const PAYMENT_METHODS = ["gift-cards", "bank-transfer", "card", "crypto", "other"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const AGE_BANDS = ["under-25", "25-44", "45-64", "65-74", "75-plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Currencies offered by the form; the API takes any ISO 4217 code. */
export const FORM_CURRENCIES = ["GBP", "EUR", "USD"] as const;

/** Upper bound for a loss, in major units: keeps minor units inside a 32-bit column. */
export const MAX_LOSS_MAJOR = 20_000_000;

export const NARRATIVE_MIN = 20;
export const NARRATIVE_MAX = 10_000;
export const MAX_IDENTIFIERS = 20;
export const MAX_IDENTIFIER_LENGTH = 500;

const includes = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === "string" && (list as readonly string[]).includes(v);

export const isGave = (v: unknown): v is Gave => includes(GAVE, v);
export const isPaymentMethod = (v: unknown): v is PaymentMethod => includes(PAYMENT_METHODS, v);
export const isReportChannel = (v: unknown): v is ReportChannel => includes(REPORT_CHANNELS, v);
export const isAgeBand = (v: unknown): v is AgeBand => includes(AGE_BANDS, v);
