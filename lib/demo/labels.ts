/**
 * Label vocabularies for the demo generator. Defined here rather than
 * imported from lib/tagging so the generator stays independent of the tagger
 * it is meant to exercise (and of that module's release cycle); the strings
 * are the shared hyphenated forms from the foundation issue.
 */

export const CHANNELS = ["phone-call", "automated-call", "voicemail", "sms", "email", "social-media", "website", "in-person", "unknown"] as const;
export type Channel = (typeof CHANNELS)[number];

export const SCRIPTS = ["renewal", "unauthorized-spend", "refund-overpayment", "account-security", "delivery", "other", "unknown"] as const;
export type Script = (typeof SCRIPTS)[number];

export const GAVE = ["card-details", "one-time-code", "password", "remote-access", "bank-details", "personal-details"] as const;
export type Gave = (typeof GAVE)[number];

export const PAYMENT_METHODS = ["gift-cards", "bank-transfer", "card", "crypto", "other"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const AGE_BANDS = ["under-25", "25-44", "45-64", "65-74", "75-plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const STATUSES = ["new", "triaged", "closed", "spam", "duplicate"] as const;
export type Status = (typeof STATUSES)[number];

export const IDENTIFIER_KINDS = ["phone", "email", "url", "domain", "other"] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Channels where the victim heard a voice (live or recorded). */
export const VOICE_CHANNELS: readonly Channel[] = ["phone-call", "automated-call", "voicemail"];

export function isVoiceChannel(channel: Channel): boolean {
  return channel === "phone-call" || channel === "automated-call" || channel === "voicemail";
}
