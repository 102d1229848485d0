import type { Span } from "./spans";
import { digitGap, tokenize, type Token } from "./tokens";

/**
 * Passwords typed after a cue: "my password is Fluffy2020!", "pw: hunter2",
 * "password for amazon was 'blue sky 99'", "fy nghyfrinair yw Cymru1990".
 *
 * The value is everything up to the next space (or the closing quote), so no
 * fragment of it survives. To avoid eating ordinary words ("my password was
 * stolen"), a bare lower-case word is only taken after a linking word
 * ("is", "was", "yw") and when it is not a common English word; anything
 * with a digit, a symbol or inner capitals is taken; after ":" or "=" or in
 * quotes the value is always taken.
 */

const CUE_WORDS = new Set([
  "password", "passwords", "passcode", "passcodes", "passwd", "pwd", "pw",
  "pasword", "passwrod", "passowrd", "passward", "paswd", // common misspellings
  "cyfrinair", "gyfrinair", "nghyfrinair", "chyfrinair", "cyfrineiriau", "gyfrineiriau",
]);
const LINKING_WORDS = new Set(["is", "was", "were", "are", "be", "being", "as", "to", "s", "yw", "oedd", "ydy", "ydi", "ydyw"]);
/** Words that follow "password is/was" in ordinary sentences. */
const ORDINARY_WORDS = new Set([
  "a", "an", "the", "my", "his", "her", "their", "your", "our", "its", "this", "that", "it", "same", "one", "something",
  "nothing", "stolen", "changed", "compromised", "hacked", "reset", "leaked", "weak", "strong", "wrong", "correct",
  "right", "not", "now", "still", "also", "too", "very", "probably", "definitely", "already", "just", "different",
  "secure", "safe", "taken", "known", "used", "shared", "saved", "written", "needed", "required", "in", "on", "at",
  "for", "of", "what", "which", "easy", "simple", "obvious", "sent", "given", "asked", "been", "no", "never", "only",
  "then", "there", "here", "and", "but", "or", "so", "because", "unchanged", "expired", "locked", "blocked",
  "incorrect", "invalid", "updated", "new", "old", "mine", "long", "short", "all", "both", "again", "done",
  "recovered", "guessed", "cracked", "fine", "ok", "okay", "gone", "out", "exposed", "breached", "stored",
  "written", "kept", "emailed", "texted", "requested", "needed", "accepted", "rejected", "wrong", "entered",
  "typed", "told", "read", "said", "set", "using", "use", "change", "enter", "give", "type", "he", "she", "they",
  "we", "i", "you", "when", "where", "how", "why", "if", "with", "by", "from", "into", "about", "like",
  "yn", "wedi", "ddim", "dim", "ei", "eu", "fy", "y", "yr", "newydd", "hen",
]);
const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", "`": "`", "\u201c": "\u201d", "\u2018": "\u2019" };
const PLACEHOLDER_AT = /^\[(?:card number|security code|PIN|one-time code|bank details|IBAN|password) removed\]/;
const PLACEHOLDER_ANYWHERE = /\[(?:card number|security code|PIN|one-time code|bank details|IBAN|password) removed\]/;
const MAX_QUOTED = 100;
/**
 * Longer unbroken runs are taken without judging them. Judging means reading
 * the whole run, and many cues in front of one long rejected run
 * ("pw-x-pw-x-...") would make that quadratic; taking it covers the later cues.
 */
const MAX_JUDGED = 200;
const MAX_FILLER_WORDS = 4;

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9" && ch !== "";
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\u00a0";
}

function placeholderAt(text: string, pos: number): boolean {
  return text.charAt(pos) === "[" && PLACEHOLDER_AT.test(text.slice(pos, pos + 24));
}

interface Value {
  start: number;
  end: number;
  /** Quoted, or too long to judge: taken as it is. */
  forced: boolean;
}

/** The value starting at `pos` (after spaces): a quoted phrase or a run of non-space characters. */
function valueAt(text: string, pos: number): Value | null {
  let start = pos;
  while (isSpace(text.charAt(start))) start++;
  if (start >= text.length || text.charAt(start) === "\n" || placeholderAt(text, start)) return null;
  const close = QUOTES[text.charAt(start)];
  if (close) {
    // Look for the closing quote in a bounded slice only: an unclosed quote
    // must not make each cue scan the rest of the text. Never across a
    // placeholder: removals shorten the text, and a quote that was too far
    // away on the first pass must not come within reach on the second.
    const inner = text.slice(start + 1, start + 1 + MAX_QUOTED);
    const offset = inner.indexOf(close);
    const quoted = inner.slice(0, offset);
    if (offset > 0 && !quoted.includes("\n") && !PLACEHOLDER_ANYWHERE.test(quoted)) {
      return { start, end: start + offset + 2, forced: true };
    }
  }
  // A value ending in digits takes the rest of their number and whatever is
  // glued to it ("pw 1234 5678x"): the card stage judged that number whole,
  // and a fragment left behind would be read differently on a second pass.
  let end = start;
  for (;;) {
    while (end < text.length && !/\s/.test(text.charAt(end)) && !placeholderAt(text, end)) end++;
    if (!isDigit(text.charAt(end - 1))) break;
    let next = end;
    while (next - end < 2 && next < text.length && !isDigit(text.charAt(next))) next++;
    if (!isDigit(text.charAt(next)) || !digitGap(text, end, next)) break;
    end = next;
  }
  // "." or "!!" alone is punctuation, not a password.
  if (end - start > MAX_JUDGED) return { start, end, forced: true };
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end, forced: false } : null;
}

/**
 * Drop sentence punctuation from the end ("hunter2." -> "hunter2"). A loop,
 * not /[.,!?]+$/: that regex retries from every position of a long run of
 * punctuation, which is quadratic on input like "pw !!!!...!x".
 */
function withoutTrailingPunctuation(raw: string): string {
  let end = raw.length;
  while (end > 0 && ".,;:!?)".includes(raw.charAt(end - 1))) end--;
  return raw.slice(0, end);
}

function looksSecret(raw: string): boolean {
  const core = withoutTrailingPunctuation(raw);
  if (core === "") return false;
  if (/[0-9]/.test(core) || /[^\p{L}'’-]/u.test(core)) return true;
  return /\p{Lu}/u.test(core.slice(1)); // inner capitals: "FluffyCat"
}

function isOrdinaryWord(raw: string): boolean {
  return ORDINARY_WORDS.has(withoutTrailingPunctuation(raw).toLowerCase());
}

function afterCue(text: string, tokens: readonly Token[], i: number): Value | null {
  const cue = tokens[i];
  if (!cue) return null;
  // Explicit: "password: x", "pw=x", "password - x".
  let pos = cue.end;
  while (isSpace(text.charAt(pos))) pos++;
  const mark = text.charAt(pos);
  if (mark === ":" || mark === "=" || ((mark === "-" || mark === "\u2013") && isSpace(text.charAt(pos + 1)))) {
    const value = valueAt(text, pos + 1);
    if (!value || value.forced) return value;
    const raw = text.slice(value.start, value.end);
    return /^[\p{L}']+$/u.test(raw) && isOrdinaryWord(raw) ? null : value;
  }
  // A value belongs to the nearest cue before it, so never reach past another
  // cue: "passcode the pw: x" is the pw's "x". That keeps a second pass from
  // finding what the first one skipped.
  const following = tokens[i + 1];
  if (following?.type === "word" && isCue(following.lower)) return null;
  const direct = valueAt(text, cue.end);
  if (direct && (direct.forced || looksSecret(text.slice(direct.start, direct.end)))) return direct;
  // "password (for amazon) is x": try each linking word among the next few words.
  for (let j = i + 1; j <= i + MAX_FILLER_WORDS + 1; j++) {
    const token = tokens[j];
    if (token?.type !== "word" || isCue(token.lower)) break;
    if (!LINKING_WORDS.has(token.lower)) continue;
    const value = valueAt(text, token.end);
    if (!value) continue;
    if (value.forced) return value;
    const raw = text.slice(value.start, value.end);
    if (looksSecret(raw) || (!isOrdinaryWord(raw) && !LINKING_WORDS.has(raw.toLowerCase()))) return value;
  }
  return null;
}

function isCue(lower: string): boolean {
  return CUE_WORDS.has(lower);
}

export function findPasswords(text: string, tokens: readonly Token[] = tokenize(text)): Span[] {
  const spans: Span[] = [];
  let coveredUntil = 0;
  tokens.forEach((token, i) => {
    if (token.start < coveredUntil || token.type !== "word" || !isCue(token.lower)) return;
    const value = afterCue(text, tokens, i);
    if (!value || value.start < coveredUntil) return;
    spans.push({ start: value.start, end: value.end, kind: "password", counts: true });
    coveredUntil = value.end;
  });
  return spans;
}
