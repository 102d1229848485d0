// The public form's answers: field names as the HTML form posts them, validated by the
// same rules as the API (schema-parts.ts) and turned into the API's body shape, so one
// intake service stores both. Runs in the browser before posting and on the server after.
import { z } from "zod";
import type { ReportBody } from "./report-schema";
import { EARLIEST_OCCURRED } from "./report-schema";
import {
  BRAND_MAX,
  NAME_MAX,
  cleanText,
  isEmail,
  isPhoneLike,
  lossAmountIssue,
  ALWAYS,
  narrativeRule,
  optionalText,
  parseAmountText,
  postcodeRule,
  regionRule,
} from "./schema-parts";
import { AGE_BANDS, FORM_CURRENCIES, GAVE, PAYMENT_METHODS, REPORT_CHANNELS, isGave } from "./vocabulary";

/** What a browser posts: one string per field, or several for checkboxes. */
export type FormRecord = Record<string, string | string[] | undefined>;

export const WHEN_CHOICES = ["today", "yesterday", "date"] as const;
export const NOTHING = "nothing";
export const PREFER_NOT_TO_SAY = "prefer-not-to-say";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
/** A radio or select answer: "" when nothing was picked, else one of the allowed values. */
const choice = <T extends string>(values: readonly T[]) =>
  z.string().refine((s) => s === "" || (values as readonly string[]).includes(s), { message: "invalid" });

function answersSchema(now: Date) {
  return z
    .object({
      narrative: narrativeRule,
      channel: choice(REPORT_CHANNELS),
      when: choice(WHEN_CHOICES),
      whenDay: z.string(),
      whenMonth: z.string(),
      whenYear: z.string(),
      brand: optionalText(BRAND_MAX),
      identifiers: z.string().transform((s) => cleanText(s).split("\n")),
      lostMoney: choice(["yes", "no"] as const),
      amount: z.string(),
      currency: choice(FORM_CURRENCIES),
      method: choice(PAYMENT_METHODS),
      gave: z.array(z.string()),
      region: regionRule,
      postcodeDistrict: postcodeRule,
      ageBand: choice([...AGE_BANDS, PREFER_NOT_TO_SAY]),
      contactOk: choice(["yes", "no"] as const),
      contactName: optionalText(NAME_MAX),
      contactEmail: optionalText(254),
      contactPhone: optionalText(40),
      idempotencyKey: z.string(),
    })
    .superRefine((a, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (a.when === "date") {
        const date = dateFromParts(a.whenDay, a.whenMonth, a.whenYear);
        if (date === "missing") issue("whenDay", "date-required");
        else if (date === "invalid") issue("whenDay", "date-invalid");
        else if (date.getTime() > now.getTime() + 36 * 3_600_000) issue("whenDay", "future");
        else if (date < EARLIEST_OCCURRED) issue("whenDay", "too-old");
      }
      if (a.lostMoney === "yes" && a.amount.trim() !== "") {
        const amount = parseAmountText(a.amount);
        const code = amount === null ? "invalid" : lossAmountIssue(amount);
        if (code) issue("amount", code);
      }
      if (a.gave.some((g) => g !== NOTHING && !isGave(g))) issue("gave", "invalid");
      else if (a.gave.includes(NOTHING) && a.gave.length > 1) issue("gave", "nothing-and-other");
      if (a.identifiers.filter((s) => s.trim()).length > 20) issue("identifiers", "too-many");
      else if (a.identifiers.some((s) => [...s].length > 500)) issue("identifiers", "too-long");
      if (a.contactOk === "yes") {
        if (!a.contactEmail && !a.contactPhone) issue("contactEmail", "email-or-phone");
        if (a.contactEmail && !isEmail(a.contactEmail)) issue("contactEmail", "invalid");
        if (a.contactPhone && !isPhoneLike(a.contactPhone)) issue("contactPhone", "invalid");
      }
    }, ALWAYS);
}

export type FormAnswers = z.output<ReturnType<typeof answersSchema>>;

/** Midday UTC on the given day, "missing" when no part was given, "invalid" when it is not a real date. */
export function dateFromParts(day: string, month: string, year: string): Date | "missing" | "invalid" {
  const parts = [day, month, year].map((p) => p.trim());
  if (parts.every((p) => p === "")) return "missing";
  if (!parts.every((p) => /^\d+$/.test(p))) return "invalid";
  const [d, m, y] = parts.map(Number) as [number, number, number];
  if (y < 1000 || m < 1 || m > 12 || d < 1) return "invalid";
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return date.getUTCDate() === d && date.getUTCMonth() === m - 1 ? date : "invalid";
}

/** Reads a posted form into plain strings (files and React's own fields ignored). */
export function recordFromFormData(fd: FormData): FormRecord {
  const out: FormRecord = {};
  for (const [key, value] of fd.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : [...many(prev), value];
  }
  return out;
}

/** The form's fields as strings, with nothing missing: what the page re-renders after an error. */
export function formValues(record: FormRecord): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  out.gave = many(record.gave);
  return out;
}

export type ParsedForm =
  | { ok: true; answers: FormAnswers; body: ReportBody; idempotencyKey: string | null }
  | { ok: false; error: z.ZodError };

export function parseFormAnswers(record: FormRecord, now: Date): ParsedForm {
  const input = {
    ...Object.fromEntries(
      Object.keys(answersSchema(now).shape).map((k) => [k, one(record[k])]),
    ),
    gave: many(record.gave),
  };
  const result = answersSchema(now).safeParse(input);
  if (!result.success) return { ok: false, error: result.error };
  const a = result.data;
  return {
    ok: true,
    answers: a,
    body: toBody(a, now),
    idempotencyKey: UUID.test(a.idempotencyKey) ? a.idempotencyKey.toLowerCase() : null,
  };
}

function toBody(a: FormAnswers, now: Date): ReportBody {
  const lost = a.lostMoney === "yes";
  const amount = lost ? parseAmountText(a.amount) : null;
  return {
    narrative: a.narrative,
    region: a.region,
    channel: a.channel === "" ? null : (a.channel as ReportBody["channel"]),
    occurredAt: occurredAt(a, now),
    brand: a.brand,
    identifiers: a.identifiers,
    postcodeDistrict: a.postcodeDistrict ?? "",
    moneyLost: lost
      ? {
          amount,
          currency: a.currency || "GBP",
          method: a.method === "" ? null : (a.method as (typeof PAYMENT_METHODS)[number]),
        }
      : null,
    gave: a.gave.filter(isGave),
    ageBand: a.ageBand === "" || a.ageBand === PREFER_NOT_TO_SAY ? null : (a.ageBand as (typeof AGE_BANDS)[number]),
    contact:
      a.contactOk === "yes"
        ? { name: a.contactName, email: a.contactEmail, phone: a.contactPhone, consent: true }
        : null,
  };
}

/**
 * "Today" is the moment of reporting and "yesterday" exactly a day before it, so a loss
 * reported as yesterday's always counts as within 24 hours: erring towards the urgent
 * advice (call your bank now) is the safe mistake.
 */
function occurredAt(a: FormAnswers, now: Date): string | null {
  if (a.when === "today") return now.toISOString();
  if (a.when === "yesterday") return new Date(now.getTime() - 24 * 3_600_000).toISOString();
  if (a.when === "date") {
    const d = dateFromParts(a.whenDay, a.whenMonth, a.whenYear);
    return d instanceof Date ? d.toISOString().slice(0, 10) : null;
  }
  return null;
}

/** GAVE with "nothing", in the order the form lists them. */
export const GAVE_CHOICES = [...GAVE, NOTHING] as const;
