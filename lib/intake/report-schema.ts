// The one shape of a report as it enters ScamPulse: the partner API's JSON body, and what
// the public form's answers are turned into (form-answers.ts). Its output is what the
// intake service stores, so anything it lets through is safe to store: text cleaned,
// identifiers bounded, contact details dropped unless the reporter consented.
import { z } from "zod";
import {
  ALWAYS,
  BRAND_MAX,
  EXTERNAL_ID_MAX,
  NAME_MAX,
  identifierListRule,
  isEmail,
  isPhoneLike,
  lossAmountIssue,
  narrativeRule,
  optionalText,
  postcodeRule,
  regionRule,
} from "./schema-parts";
import { AGE_BANDS, GAVE, PAYMENT_METHODS, REPORT_CHANNELS, type AgeBand, type Gave, type PaymentMethod, type ReportChannel } from "./vocabulary";

/** Earliest date a report may say it happened. */
export const EARLIEST_OCCURRED = new Date("2000-01-01T00:00:00Z");
/** Clock difference allowed between a partner's "now" and ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** ISO 8601 date ("2026-11-20", read as midday UTC) or date-time with a zone ("...Z", "+01:00"). */
export function parseOccurredAt(value: string, now: Date): { date: Date } | { code: string } {
  const ok = DATE_ONLY.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success;
  if (!ok) return { code: "invalid" };
  const date = new Date(DATE_ONLY.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return { code: "invalid" };
  // A date with no time is allowed to be "today" wherever the reporter is.
  const limit = now.getTime() + (DATE_ONLY.test(value) ? 36 * 3_600_000 : CLOCK_SKEW_MS);
  if (date.getTime() > limit) return { code: "future" };
  if (date < EARLIEST_OCCURRED) return { code: "too-old" };
  return { date };
}

const moneyLostRule = z.strictObject(
  {
    amount: z.number({ error: "invalid" }).nullish(),
    currency: z
      .string({ error: "invalid" })
      .regex(/^[A-Za-z]{3}$/, { message: "invalid" })
      .transform((s) => s.toUpperCase())
      .nullish(),
    method: z.enum(PAYMENT_METHODS, { error: "invalid" }).nullish(),
  },
  { error: "invalid" },
);

const contactRule = z.strictObject(
  {
    name: optionalText(NAME_MAX).nullish(),
    email: optionalText(254).nullish(),
    phone: optionalText(40).nullish(),
    consent: z.boolean({ error: (i) => (i.input === undefined ? "required" : "invalid") }),
  },
  { error: "invalid" },
);

export function reportBodySchema(now: Date) {
  return z
    .strictObject(
      {
        narrative: narrativeRule,
        region: regionRule,
        channel: z.enum(REPORT_CHANNELS, { error: "invalid" }).nullish(),
        occurredAt: z.string({ error: "invalid" }).nullish(),
        brand: optionalText(BRAND_MAX).nullish(),
        identifiers: identifierListRule.nullish(),
        postcodeDistrict: postcodeRule.nullish(),
        moneyLost: moneyLostRule.nullish(),
        gave: z.array(z.enum(GAVE, { error: "invalid" }), { error: "invalid" }).nullish(),
        ageBand: z.enum(AGE_BANDS, { error: "invalid" }).nullish(),
        externalId: optionalText(EXTERNAL_ID_MAX).nullish(),
        contact: contactRule.nullish(),
      },
      { error: "invalid" },
    )
    .superRefine((body, ctx) => {
      if (typeof body.occurredAt === "string") {
        const parsed = parseOccurredAt(body.occurredAt, now);
        if ("code" in parsed) ctx.addIssue({ code: "custom", path: ["occurredAt"], message: parsed.code });
      }
      const amount = body.moneyLost?.amount;
      if (typeof amount === "number") {
        const code = lossAmountIssue(amount);
        if (code) ctx.addIssue({ code: "custom", path: ["moneyLost", "amount"], message: code });
      }
      const c = body.contact;
      if (c?.consent === true) {
        if (!c.email && !c.phone) ctx.addIssue({ code: "custom", path: ["contact", "email"], message: "email-or-phone" });
        if (typeof c.email === "string" && !isEmail(c.email)) ctx.addIssue({ code: "custom", path: ["contact", "email"], message: "invalid" });
        if (typeof c.phone === "string" && !isPhoneLike(c.phone)) ctx.addIssue({ code: "custom", path: ["contact", "phone"], message: "invalid" });
      }
    }, ALWAYS)
    .transform((body): ReportSubmission => {
      const lost = body.moneyLost;
      const consented = body.contact?.consent === true;
      return {
        narrative: body.narrative,
        regionId: body.region,
        channel: body.channel ?? null,
        occurredAt: body.occurredAt != null ? (parseOccurredAt(body.occurredAt, now) as { date: Date }).date : null,
        brand: body.brand ?? null,
        identifiers: body.identifiers ?? [],
        postcodeDistrict: body.postcodeDistrict ?? null,
        moneyLost: lost
          ? {
              amountMinor: lost.amount != null ? Math.round(lost.amount * 100) : null,
              currency: lost.currency ?? "GBP",
              method: lost.method ?? null,
            }
          : null,
        gave: [...new Set(body.gave ?? [])],
        ageBand: body.ageBand ?? null,
        externalId: body.externalId ?? null,
        // Without consent the details are dropped here, so nothing downstream can store them.
        contact: consented
          ? { name: body.contact!.name ?? null, email: body.contact!.email ?? null, phone: body.contact!.phone ?? null }
          : null,
      };
    });
}

/** The JSON a partner sends (and the form's answers are turned into). */
export type ReportBody = z.input<ReturnType<typeof reportBodySchema>>;

/** A validated report, ready for redaction and storage. */
export interface ReportSubmission {
  /** Cleaned but not yet redacted: redaction happens in the intake service. */
  narrative: string;
  regionId: string;
  channel: ReportChannel | null;
  occurredAt: Date | null;
  brand: string | null;
  identifiers: string[];
  postcodeDistrict: string | null;
  moneyLost: { amountMinor: number | null; currency: string; method: PaymentMethod | null } | null;
  gave: Gave[];
  ageBand: AgeBand | null;
  externalId: string | null;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
}

/** Top-level fields of the body, for the OpenAPI document's consistency test. */
export const REPORT_BODY_FIELDS = [
  "narrative",
  "region",
  "channel",
  "occurredAt",
  "brand",
  "identifiers",
  "postcodeDistrict",
  "moneyLost",
  "gave",
  "ageBand",
  "externalId",
  "contact",
] as const;
