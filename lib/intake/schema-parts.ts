// Field rules shared by the partner API's schema (report-schema.ts) and the public form's
// (form-answers.ts), so both refuse the same things for the same reasons. Browser-safe:
// the form runs these on the client before posting, and again on the server.
import { z } from "zod";
import { isRegionId } from "../domain/regions";
import { parsePostcodeDistrict } from "./postcode-district";
import { MAX_IDENTIFIER_LENGTH, MAX_IDENTIFIERS, MAX_LOSS_MAJOR, NARRATIVE_MAX, NARRATIVE_MIN } from "./vocabulary";

/** Error callback: "required" when the value is missing, else "invalid". */
export const requiredOrInvalid = (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? "required" : "invalid";

/**
 * Text as it will be stored: no NUL or other control characters (PostgreSQL refuses NUL,
 * and they are never meaningful), no lone surrogates, Unix line ends, trimmed.
 */
export function cleanText(value: string): string {
  return wellFormed(value)
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .trim();
}

/** Lone surrogates become U+FFFD (String.prototype.toWellFormed is too new for old phones). */
function wellFormed(s: string): string {
  if (!/[\ud800-\udfff]/.test(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
        continue;
      }
    }
    out += c >= 0xd800 && c <= 0xdfff ? "\ufffd" : s[i]!;
  }
  return out;
}

/** Length as a person counts it: characters, not UTF-16 units. */
export const charCount = (s: string) => [...s].length;

export const narrativeRule = z
  .string({ error: requiredOrInvalid })
  .transform(cleanText)
  .superRefine((s, ctx) => {
    const n = charCount(s);
    if (n === 0) ctx.addIssue({ code: "custom", message: "required" });
    else if (n < NARRATIVE_MIN) ctx.addIssue({ code: "custom", message: "too-short" });
    else if (n > NARRATIVE_MAX) ctx.addIssue({ code: "custom", message: "too-long" });
  });

export const regionRule = z
  .string({ error: requiredOrInvalid })
  .transform((s) => s.trim())
  .superRefine((s, ctx) => {
    if (s === "") ctx.addIssue({ code: "custom", message: "required" });
    else if (!isRegionId(s)) ctx.addIssue({ code: "custom", message: "unknown" });
  });

/** Optional short text: empty means absent. */
export const optionalText = (max: number) =>
  z
    .string({ error: "invalid" })
    .transform(cleanText)
    .refine((s) => charCount(s) <= max, { message: "too-long" })
    .transform((s) => (s === "" ? null : s));

export const postcodeRule = z
  .string({ error: "invalid" })
  // A refinement, not a failing transform: a failing transform would stop the other
  // fields' cross-checks, and the reporter would see one error at a time.
  .superRefine((s, ctx) => {
    if (s.trim() !== "" && !parsePostcodeDistrict(s)) ctx.addIssue({ code: "custom", message: "invalid" });
  })
  .transform((s) => (s.trim() === "" ? null : parsePostcodeDistrict(s)));

/** Object-level checks run even when a field already failed, so every problem is reported at once. */
export const ALWAYS = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** Scammer identifiers: trimmed, blanks dropped, duplicates dropped, bounded. */
export const identifierListRule = z
  .array(z.string({ error: "invalid" }), { error: "invalid" })
  .transform((list) => [...new Set(list.map(cleanText).filter((s) => s !== ""))])
  .superRefine((list, ctx) => {
    if (list.length > MAX_IDENTIFIERS) ctx.addIssue({ code: "custom", message: "too-many" });
    if (list.some((s) => charCount(s) > MAX_IDENTIFIER_LENGTH)) ctx.addIssue({ code: "custom", message: "too-long" });
  });

/** A loss in major units: positive, at most two decimal places, below the column's limit. */
export function lossAmountIssue(amount: number): string | null {
  if (!Number.isFinite(amount)) return "invalid";
  if (amount <= 0) return "too-small";
  if (amount > MAX_LOSS_MAJOR) return "too-large";
  if (Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6) return "too-precise";
  return null;
}

/** "£1,250.50", "1250.5", " 79.97 " -> number; null when it is not a plain amount. */
export function parseAmountText(text: string): number | null {
  const compact = text.trim().replace(/^[£$€]\s*/, "").replace(/,(?=\d{3}(?:\D|$))/g, "");
  if (!/^\d+(?:\.\d+)?$/.test(compact)) return null;
  return Number(compact);
}

const PHONE = /^\+?[0-9 ()-]{7,24}$/;
/** Loose on purpose: any number someone could be called back on, UK or abroad. */
export const isPhoneLike = (s: string) => PHONE.test(s) && s.replace(/\D/g, "").length >= 7 && s.replace(/\D/g, "").length <= 15;

const EMAIL = z.email();
export const isEmail = (s: string) => EMAIL.safeParse(s).success;

export const EXTERNAL_ID_MAX = 200;
export const BRAND_MAX = 200;
export const NAME_MAX = 200;
