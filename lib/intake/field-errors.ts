// Validation failures travel as { field: [code] }: the field is a dotted path in the
// shape that was validated ("moneyLost.amount" for the API, "amount" for the form) and
// the code is a short kebab-case reason ("too-short"). Pages and the API turn codes into
// words (lib/i18n, lib/intake/api-error-messages.ts), so one schema serves both languages.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

const OWN_CODE = /^[a-z][a-z0-9-]*$/;

/** Our schemas set kebab-case codes as messages; anything else is mapped from zod's issue code. */
export function issueCode(issue: z.core.$ZodIssue): string {
  if (OWN_CODE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return "invalid";
    case "too_small":
      return "too-short";
    case "too_big":
      return "too-long";
    case "invalid_value":
    case "invalid_format":
    case "invalid_union":
      return "invalid";
    default:
      return "invalid";
  }
}

/** One list of codes per field, first problem first; unknown keys each become their own field. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  const add = (field: string, code: string) => {
    const list = (out[field] ??= []);
    if (!list.includes(code)) list.push(code);
  };
  for (const issue of error.issues) {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(base ? `${base}.${key}` : key, "unknown-field");
      continue;
    }
    add(base || "body", issueCode(issue));
  }
  return out;
}

/** The code to show for a field: its first one. */
export const firstCode = (errors: FieldErrors, field: string): string | undefined => errors[field]?.[0];
