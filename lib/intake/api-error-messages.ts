// English messages for the partner API's 400 answers: each starts with the field's name
// and says what a valid value looks like. Keyed like the form's ("field.code"), with a
// generic fallback per code so a new rule never answers with a bare code.
import { AGE_BANDS, GAVE, PAYMENT_METHODS, REPORT_CHANNELS } from "./vocabulary";

const oneOf = (values: readonly string[]) => `must be one of: ${values.join(", ")}`;

const SPECIFIC: Record<string, string> = {
  "narrative.required": "is required: what happened, in the reporter's words (20 to 10,000 characters)",
  "narrative.too-short": "must be at least 20 characters",
  "narrative.too-long": "must be at most 10,000 characters",
  "region.required": 'is required: a police force area id such as "dyfed-powys", or "outside-uk"',
  "region.unknown": 'is not a police force area id; see the enum in /api/v1/openapi.json (e.g. "dyfed-powys", "outside-uk")',
  "channel.invalid": oneOf(REPORT_CHANNELS),
  "occurredAt.invalid": "must be an ISO 8601 date (2026-11-20) or a date-time with a time zone (2026-11-20T09:30:00Z)",
  "occurredAt.future": "must not be in the future",
  "occurredAt.too-old": "must be on or after 2000-01-01",
  "brand.too-long": "must be at most 200 characters",
  "identifiers.invalid": "must be an array of strings",
  "identifiers.too-many": "must have at most 20 entries",
  "identifiers.too-long": "entries must be at most 500 characters each",
  "postcodeDistrict.invalid": "must be the first half of a UK postcode, e.g. SA31 or EC1A",
  "moneyLost.amount.invalid": "must be a number in major units, e.g. 79.97",
  "moneyLost.amount.too-small": "must be more than 0",
  "moneyLost.amount.too-large": "must be at most 20,000,000",
  "moneyLost.amount.too-precise": "must have at most 2 decimal places (major units, e.g. 79.97)",
  "moneyLost.currency.invalid": "must be a 3-letter ISO 4217 code, e.g. GBP",
  "moneyLost.method.invalid": oneOf(PAYMENT_METHODS),
  "ageBand.invalid": oneOf(AGE_BANDS),
  "externalId.too-long": "must be at most 200 characters",
  "contact.consent.required": "is required in contact: true only if the reporter agreed to be contacted",
  "contact.email.email-or-phone": "or contact.phone is required when contact.consent is true",
  "contact.email.invalid": "must be an email address",
  "contact.phone.invalid": "must be a phone number (7 to 15 digits, optionally starting with +)",
  "Idempotency-Key.invalid": "header must be 1 to 200 visible ASCII characters",
};

const GENERIC: Record<string, string> = {
  required: "is required",
  invalid: "is not valid",
  "too-short": "is too short",
  "too-long": "is too long",
  "unknown-field": "is not a field of this API; check the spelling against /api/v1/openapi.json",
};

export function apiErrorMessage(field: string, code: string): string {
  const gaveItem = /^gave\.\d+$/.test(field) && code === "invalid" ? oneOf(GAVE) : undefined;
  const specific = gaveItem ?? SPECIFIC[`${field}.${code}`] ?? GENERIC[code] ?? `is not valid (${code})`;
  return `${field} ${specific}`;
}
