/**
 * A small tokenizer for the cue-word rules. Windows ("a code within a few
 * words of 'cvv'") are counted in tokens, not characters, and a placeholder
 * is one token just like the number it replaced, so a second pass sees the
 * same distances as the first: that is what keeps redaction idempotent.
 *
 * Every regex here is a flat alternation of bounded or single-class runs, so
 * matching is linear in the input length.
 */

export interface Part {
  start: number;
  end: number;
}

export type Token =
  | { type: "word"; start: number; end: number; lower: string }
  // One number may span several digit groups: "482 913", "20-00-00", "4111.1111".
  | { type: "number"; start: number; end: number; digits: string; parts: Part[] }
  | { type: "placeholder"; start: number; end: number }
  | { type: "boundary"; start: number; end: number };

const PLACEHOLDERS = [
  "[card number removed]",
  "[security code removed]",
  "[PIN removed]",
  "[one-time code removed]",
  "[bank details removed]",
  "[IBAN removed]",
  "[password removed]",
];
const NON_ASCII_WORD_CHAR = /^[\p{L}\p{M}\p{N}]+$/u;

function isGroupSeparator(code: number): boolean {
  return code === 32 || code === 45 || code === 0xa0 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

/**
 * Do the digit groups ending at `previousEnd` and starting at `start` belong
 * to one number? Yes across one or two separators ("482 913", "4111 - 1111")
 * or a single dot ("4111.1111"). Card detection and the tokenizer share this
 * rule so that removing a number always removes a whole chain and never
 * leaves a fragment that a second pass would read differently.
 */
export function digitGap(text: string, previousEnd: number, start: number): "separator" | "dot" | null {
  const gap = start - previousEnd;
  if (gap === 1) {
    const code = text.charCodeAt(previousEnd);
    if (code === 46) return "dot";
    return isGroupSeparator(code) ? "separator" : null;
  }
  if (gap === 2 && isGroupSeparator(text.charCodeAt(previousEnd)) && isGroupSeparator(text.charCodeAt(previousEnd + 1))) {
    return "separator";
  }
  return null;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Length (1 or 2 UTF-16 units) of the word character at `i`, or 0 if it is not one. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  const length = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return NON_ASCII_WORD_CHAR.test(text.slice(i, i + length)) ? length : 0;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}

/**
 * One left-to-right pass over the characters (no regex backtracking at all):
 * placeholders, words, digit groups and sentence ends. Everything else
 * (spaces, most punctuation) separates tokens without being one.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 91 /* [ */) {
      const placeholder = PLACEHOLDERS.find((p) => text.startsWith(p, i));
      if (placeholder) {
        tokens.push({ type: "placeholder", start: i, end: i + placeholder.length });
        i += placeholder.length;
        continue;
      }
    }
    // "\n", "!", "?", ";" always end a sentence; "." only before a space or the end ("79.97" does not).
    const fullStop = code === 46 && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1)));
    const boundary = code === 10 || code === 33 || code === 63 || code === 59 || fullStop;
    if (boundary) {
      // One token for a run of sentence ends ("?!", blank lines): fewer tokens, same meaning.
      const previous = tokens[tokens.length - 1];
      if (previous?.type === "boundary" && previous.end === i) previous.end = i + 1;
      else tokens.push({ type: "boundary", start: i, end: i + 1 });
      i++;
      continue;
    }
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    let allDigits = true;
    while (step > 0) {
      if (!isAsciiDigit(text.charCodeAt(i))) allDigits = false;
      i += step;
      step = i < text.length ? wordCharLength(text, i) : 0;
    }
    const end = i;
    if (!allDigits) {
      tokens.push({ type: "word", start, end, lower: text.slice(start, end).toLowerCase() });
      continue;
    }
    const value = text.slice(start, end);
    const previous = tokens[tokens.length - 1];
    if (previous?.type === "number" && digitGap(text, previous.end, start)) {
      previous.end = end;
      previous.digits += value;
      previous.parts.push({ start, end });
    } else {
      tokens.push({ type: "number", start, end, digits: value, parts: [{ start, end }] });
    }
  }
  return tokens;
}

/** Phrase matching over word tokens: does `phrase` start at token `index`? */
export function phraseAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[index + k];
    if (token?.type !== "word" || token.lower !== phrase[k]) return false;
  }
  return true;
}

/** The lower-cased word just before token `index`, if that token is a word. */
export function wordBefore(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index - 1];
  return token?.type === "word" ? token.lower : undefined;
}

export function wordAfter(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index + 1];
  return token?.type === "word" ? token.lower : undefined;
}
