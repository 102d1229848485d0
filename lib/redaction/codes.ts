import type { RedactionKind } from "./kinds";
import type { Span } from "./spans";
import { phraseAt, tokenize, wordAfter, wordBefore, type Token } from "./tokens";

/**
 * Security codes (CVV), PINs and one-time codes. A bare "482913" is not
 * secret on its own (it could be a reference, an amount or a time), so a
 * number is only removed when a cue word sits within a few tokens of it in
 * the same sentence: "the code was 482913", "gave him the 6 digit code
 * 482 913", "cvv 123", "482913 is your verification code".
 *
 * Digits decide between kinds: a CVV has 3-4 digits, a PIN 4-6, a one-time
 * code 4-8 (a 3-digit "code" is taken to be a card security code).
 */

type CueKind = "cvv" | "security" | "pin" | "otp";

const CUES: ReadonlyArray<{ phrase: readonly string[]; kind: CueKind }> = [
  // Common misspellings are included: reporters type fast and on phones.
  ...["cvv", "cvv2", "cvc", "cvc2", "cv2", "csc", "ccv"].map((w) => ({ phrase: [w], kind: "cvv" as const })),
  { phrase: ["on", "the", "back"], kind: "cvv" },
  { phrase: ["at", "the", "back"], kind: "cvv" },
  { phrase: ["back", "of", "the", "card"], kind: "cvv" },
  { phrase: ["back", "of", "my", "card"], kind: "cvv" },
  { phrase: ["security", "number"], kind: "cvv" },
  { phrase: ["security", "digits"], kind: "cvv" },
  { phrase: ["security", "numbers"], kind: "cvv" },
  { phrase: ["ar", "y", "cefn"], kind: "cvv" }, // Welsh: on the back
  { phrase: ["cefn", "y", "cerdyn"], kind: "cvv" }, // Welsh: back of the card
  { phrase: ["security", "code"], kind: "security" },
  { phrase: ["cod", "diogelwch"], kind: "security" }, // Welsh: security code
  { phrase: ["personal", "identification", "number"], kind: "pin" },
  { phrase: ["pin"], kind: "pin" },
  { phrase: ["pins"], kind: "pin" },
  { phrase: ["one", "time", "passcode"], kind: "otp" },
  { phrase: ["one", "time", "password"], kind: "otp" },
  { phrase: ["one", "time", "code"], kind: "otp" },
  ...[
    "code", "codes", "otp", "otps", "2fa", "verification", "verifcation", "verfication",
    "authentication", "authorisation", "authorization",
  ].map((w) => ({ phrase: [w], kind: "otp" as const })),
  ...["cod", "côd", "codau", "nghod", "nghôd", "untro"].map((w) => ({ phrase: [w], kind: "otp" as const })), // Welsh
];

const CUES_BY_FIRST_WORD = new Map<string, { phrase: readonly string[]; kind: CueKind }[]>();
for (const cue of [...CUES].sort((a, b) => b.phrase.length - a.phrase.length)) {
  const first = cue.phrase[0] ?? "";
  CUES_BY_FIRST_WORD.set(first, [...(CUES_BY_FIRST_WORD.get(first) ?? []), cue]);
}

/** "area code 020", "post code", "promo code 1234": these codes are not secrets. */
const NOT_SECRET_CODE = new Set([
  "area", "post", "postal", "zip", "country", "dialling", "dialing", "std", "sort", "promo", "promotional",
  "discount", "voucher", "coupon", "tracking", "bar", "qr", "reference", "ref", "error", "tax", "source",
  "dress", "morse", "referral", "booking", "short",
]);

/** A number right after these is a phone number, a menu option, an address or a measure, not a code. */
const NOT_CODE_BEFORE = new Set([
  "call", "called", "dial", "dialled", "dialed", "ring", "rang", "phone", "phoned", "press", "pressed", "option",
  "extension", "ext", "from", "flat", "house", "room", "aged", "age", "gbp", "usd", "eur", "ffoniwch",
]);
const NOT_CODE_AFTER = new Set([
  "pounds", "pound", "quid", "gbp", "usd", "dollars", "euros", "eur", "pence", "p", "k", "grand", "percent",
  "am", "pm", "hrs", "hours", "minutes", "mins", "seconds", "secs", "days", "weeks", "months", "years", "times",
  "digit", "digits", "punt", "bunt",
]);
const YEAR_LEAD = new Set([
  "in", "since", "year", "of", "from", "until", "till", "before", "after", "during", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
  "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ers", "yn",
]);

const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 5;

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

/** Amounts, times, dates, phone options and years that happen to sit near a cue. */
function notACode(text: string, tokens: readonly Token[], n: number, start: number, end: number, digits: string): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (text.slice(start, end).includes(".")) return true; // 79.97 is one chained number: an amount
  if (/[.,:/]/.test(before) && isDigit(text.charAt(start - 2))) return true; // 1,000 / 10:30 / 12/05
  if (/[.,:/]/.test(after) && isDigit(text.charAt(end + 1))) return true;
  if (/[£$€¥%]/.test(before) || /[£$€¥]/.test(text.charAt(start - 2)) || after === "%") return true;
  const previous = wordBefore(tokens, n);
  const next = wordAfter(tokens, n);
  if (previous && NOT_CODE_BEFORE.has(previous)) return true;
  if (next && NOT_CODE_AFTER.has(next)) return true;
  if (digits.length === 4 && /^(19|20)[0-9]{2}$/.test(digits) && previous && YEAR_LEAD.has(previous)) return true;
  return false;
}

const FLAG: Readonly<Record<CueKind, number>> = { cvv: 1, security: 2, pin: 4, otp: 8 };

/** `cues` is a bit set of FLAG values found around the number. */
function pickKind(cues: number, length: number): RedactionKind | null {
  if (cues & FLAG.cvv && length >= 3 && length <= 4) return "cvv";
  if (cues & FLAG.pin && length >= 4 && length <= 6) return "pin";
  if (cues & FLAG.security) {
    if (length >= 3 && length <= 4) return "cvv";
    if (length <= 8) return "one-time-code";
  }
  if (cues & FLAG.otp) {
    if (length === 3) return "cvv";
    if (length >= 4 && length <= 8) return "one-time-code";
  }
  return null;
}

export function findCodes(text: string, tokens: readonly Token[] = tokenize(text)): Span[] {
  const cueEndingAt: (CueKind | undefined)[] = new Array<CueKind | undefined>(tokens.length);
  const cueStartingAt: (CueKind | undefined)[] = new Array<CueKind | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type !== "word") continue;
    const cue = CUES_BY_FIRST_WORD.get(token.lower)?.find((c) => phraseAt(tokens, i, c.phrase));
    if (!cue) continue;
    const previous = wordBefore(tokens, i);
    if (cue.kind === "otp" && previous && NOT_SECRET_CODE.has(previous)) continue;
    cueStartingAt[i] = cue.kind;
    cueEndingAt[i + cue.phrase.length - 1] = cue.kind;
    i += cue.phrase.length - 1; // words inside a phrase are not cues of their own
  }

  const spans: Span[] = [];
  tokens.forEach((token, n) => {
    if (token.type !== "number" || token.digits.length < 3 || token.digits.length > 8) return;
    let found = 0;
    for (let j = n - 1; j >= 0 && n - j - 1 <= WINDOW_BEFORE; j--) {
      if (tokens[j]?.type === "boundary") break;
      const kind = cueEndingAt[j];
      if (kind) found |= FLAG[kind];
    }
    for (let j = n + 1; j < tokens.length && j - n - 1 <= WINDOW_AFTER; j++) {
      if (tokens[j]?.type === "boundary") break;
      const kind = cueStartingAt[j];
      if (kind) found |= FLAG[kind];
    }
    if (found === 0) return;
    const kind = pickKind(found, token.digits.length);
    if (!kind || notACode(text, tokens, n, token.start, token.end, token.digits)) return;
    spans.push({ start: token.start, end: token.end, kind, counts: true });
  });
  return spans;
}
