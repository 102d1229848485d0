import type { Span } from "./spans";
import { IBAN_LENGTHS, ibanValid } from "./validators";

/**
 * IBANs, written compact ("GB82WEST12345698765432") or grouped with single
 * spaces ("gb82 west 1234 5698 7654 32"). A start is two letters and two
 * digits at a word start; from there we collect at most 34 alphanumerics
 * (bounded work per start, so linear overall) and accept the country's exact
 * length if it ends at a word boundary and passes mod-97.
 */

// Not after a letter (that would be the middle of a word). A digit before is
// allowed: the card stage runs later and may remove it, and a second pass must
// then see the same IBAN the first one did.
const START_RE = /(?<!\p{L})[A-Za-z]{2}[0-9]{2}/gu;
function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSeparator(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 45;
}

/** Is the character at `index` part of a word (so a match ending here would cut a word)? */
function isWordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiAlnum(code);
  return /[\p{L}\p{N}]/u.test(text.charAt(index));
}

export function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  let resumeAt = 0;
  for (const match of text.matchAll(START_RE)) {
    const start = match.index;
    if (start < resumeAt) continue;
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;

    // Walk `length` alphanumerics, allowing one separator between them; build
    // the compact string only for candidates that end at a word boundary.
    let count = 0;
    let i = start;
    while (count < length && i < text.length) {
      const code = text.charCodeAt(i);
      if (isAsciiAlnum(code)) {
        count++;
        i++;
      } else if (count > 0 && isSeparator(code) && isAsciiAlnum(text.charCodeAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (count !== length || isWordCharAt(text, i)) continue;
    const compact = text.slice(start, i).replace(/[^A-Za-z0-9]/g, "");
    // A real BBAN is mostly digits; this stops words that happen to pass mod-97.
    const digitCount = compact.slice(4).replace(/[^0-9]/g, "").length;
    if (digitCount < 8 || !ibanValid(compact)) continue;
    spans.push({ start, end: i, kind: "iban", counts: true });
    resumeAt = i;
  }
  return spans;
}
