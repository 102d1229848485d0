// Cells come from other systems' exports: NUL bytes and other control characters (which
// PostgreSQL text cannot hold, or which only hide things), Windows line ends, stray
// half surrogate pairs. Tidied here before any parser or the redactor sees a value.

import { redact } from "../redaction/redact";

// C0 controls except tab and line feed, DEL, and C1 controls.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

// A half of a surrogate pair with no other half: not valid Unicode, refused by PostgreSQL.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Multi-line text: keeps line breaks (as \n) and inner spacing, trims the ends. */
export function cleanText(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD").replace(/\r\n?/g, "\n").replace(CONTROLS, "").trim();
}

/** One-line values (ids, names, codes): whitespace runs become one space. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, " ");
}

/** Lower case, "&" as "and", punctuation as spaces: for comparing words people typed. */
export function foldWords(value: string): string {
  return cleanLine(value)
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}+<]+/gu, " ")
    .trim();
}

/**
 * A value quoted in an error message: redacted and shortened, so an error report never
 * carries a card number or a whole cell, whatever column it was typed into.
 */
export function quoteValue(value: string, max = 40): string {
  const line = cleanLine(redact(value).text);
  return `"${line.length > max ? `${line.slice(0, max - 1)}…` : line}"`;
}
