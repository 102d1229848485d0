// Plain-English names for tag values, for staff screens, charts and CSV headers.
import type { Channel, Script, Tactic } from "../tagging/labels";

export const SCRIPT_NAMES: Record<Script, string> = {
  renewal: "Subscription renewal",
  "unauthorized-spend": "Unauthorised purchase",
  "refund-overpayment": "Refund / overpayment",
  "account-security": "Account security",
  delivery: "Delivery",
  other: "Other scam",
  unknown: "Not enough to tell",
};

export const TACTIC_NAMES: Record<Tactic, string> = {
  "remote-access": "Remote access",
  "gift-cards": "Gift cards",
  "otp-request": "One-time code asked for",
  "card-details": "Card details asked for",
  credentials: "Password or login asked for",
  "bank-transfer": "Bank transfer",
  crypto: "Cryptocurrency",
  "press-1": "Press 1",
  "callback-number": "Call-back number",
  "phishing-link": "Phishing link",
  "spoofed-caller-id": "Spoofed caller ID",
  threat: "Threat",
};

export const CHANNEL_NAMES: Record<Channel, string> = {
  "phone-call": "Phone call",
  "automated-call": "Automated call",
  voicemail: "Voicemail",
  sms: "Text message",
  email: "Email",
  "social-media": "Social media",
  website: "Website",
  "in-person": "In person",
  unknown: "Not known",
};

/** Okabe-Ito colours (distinguishable with colour-blindness), one per script. */
export const SCRIPT_COLOURS: Record<Script, string> = {
  renewal: "#0072B2",
  "unauthorized-spend": "#D55E00",
  "refund-overpayment": "#009E73",
  "account-security": "#CC79A7",
  delivery: "#E69F00",
  other: "#56B4E9",
  unknown: "#7a7a7a",
};
