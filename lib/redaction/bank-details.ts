import type { Span } from "./spans";
import { tokenize, type Part, type Token } from "./tokens";

/**
 * UK sort code + account number pairs. A sort code alone is public (it names
 * a branch) and an account number alone is printed on every cheque, so only
 * the pair is removed, as the issue asks.
 *
 * Sort code: "20-00-00", "20 00 00" (strong shape) or "200000" (needs a cue).
 * Account: 7-10 digits, or "1234 5678".
 * A pair is removed when both are in one sentence and either
 *  - a strong sort code sits right next to the account ("40 47 84 / 71234567"), or
 *  - a bank cue ("sort code", "account", "a/c", "cod didoli", "cyfrif") is
 *    within a few words and the two numbers are at most 8 tokens apart.
 */

interface Piece {
  start: number;
  end: number;
  role: "sort" | "account";
  strong: boolean;
  token: number;
  sentence: number;
}

const CUE_WORDS = new Set([
  "sort", "sortcode", "account", "accounts", "acc", "acct", "bank", "banc", "didoli", "cyfrif", "gyfrif", "nghyfrif",
]);
/** "ref number 12345678", "order 12345678": labelled as something other than an account. */
const NOT_ACCOUNT = new Set([
  "ref", "reference", "order", "case", "crime", "tracking", "policy", "customer", "invoice", "booking",
]);
const PAIR_DISTANCE = 8;
const CUE_DISTANCE = 8;

function range(parts: Part[], from: number, to: number): { start: number; end: number } {
  return { start: parts[from]?.start ?? 0, end: parts[to]?.end ?? 0 };
}

function isSortShape(lengths: number[]): "strong" | "weak" | null {
  if (lengths.length === 3 && lengths.every((l) => l === 2)) return "strong";
  if (lengths.length === 1 && lengths[0] === 6) return "weak";
  return null;
}

function isAccountShape(lengths: number[]): boolean {
  if (lengths.length === 1) return (lengths[0] ?? 0) >= 7 && (lengths[0] ?? 0) <= 10;
  return lengths.length === 2 && lengths[0] === 4 && lengths[1] === 4;
}

/** Split one number token into sort code / account pieces, including both in one chain. */
function piecesOf(token: Extract<Token, { type: "number" }>, index: number, sentence: number): Piece[] {
  const lengths = token.parts.map((p) => p.end - p.start);
  const n = lengths.length;
  const whole = isSortShape(lengths);
  const { start, end } = token;
  if (whole) return [{ start, end, role: "sort", strong: whole === "strong", token: index, sentence }];
  if (isAccountShape(lengths)) return [{ start, end, role: "account", strong: true, token: index, sentence }];
  // "20-00-00 12345678" arrives as one chain; so does "12345678 20-00-00".
  for (const sortGroups of [3, 1]) {
    if (n <= sortGroups) continue;
    const head = isSortShape(lengths.slice(0, sortGroups));
    if (head && isAccountShape(lengths.slice(sortGroups))) {
      return [
        { ...range(token.parts, 0, sortGroups - 1), role: "sort", strong: head === "strong", token: index, sentence },
        { ...range(token.parts, sortGroups, n - 1), role: "account", strong: true, token: index, sentence },
      ];
    }
    const tail = isSortShape(lengths.slice(n - sortGroups));
    if (tail && isAccountShape(lengths.slice(0, n - sortGroups))) {
      return [
        { ...range(token.parts, 0, n - sortGroups - 1), role: "account", strong: true, token: index, sentence },
        { ...range(token.parts, n - sortGroups, n - 1), role: "sort", strong: tail === "strong", token: index, sentence },
      ];
    }
  }
  return [];
}

function isCue(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i];
  if (token?.type !== "word") return false;
  if (CUE_WORDS.has(token.lower)) return true;
  // "a/c" and "s/c" tokenize as two one-letter words around a slash.
  const next = tokens[i + 1];
  return (
    (token.lower === "a" || token.lower === "s") &&
    next?.type === "word" &&
    next.lower === "c" &&
    text.charAt(token.end) === "/" &&
    next.start === token.end + 1
  );
}

function labelledOtherwise(tokens: readonly Token[], index: number): boolean {
  for (const k of [index - 1, index - 2]) {
    const token = tokens[k];
    if (token?.type === "word" && NOT_ACCOUNT.has(token.lower)) return true;
  }
  return false;
}

export function findBankDetails(text: string, tokens: readonly Token[] = tokenize(text)): Span[] {
  const pieces: Piece[] = [];
  const cueAt = tokens.map((_, i) => isCue(tokens, i, text));
  // Nearest cue before and after each token, within the same sentence, so
  // "is there a cue nearby" is O(1) and the whole pass stays linear.
  const lastCue: number[] = new Array<number>(tokens.length);
  const nextCue: number[] = new Array<number>(tokens.length);
  let sentence = 0;
  let last = -Infinity;
  tokens.forEach((token, i) => {
    if (token.type === "boundary") {
      sentence++;
      last = -Infinity;
    } else if (token.type === "number") {
      pieces.push(...piecesOf(token, i, sentence));
    } else if (cueAt[i]) {
      last = i;
    }
    lastCue[i] = last;
  });
  let next = Infinity;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token?.type === "boundary") next = Infinity;
    else if (cueAt[i]) next = i;
    nextCue[i] = next;
  }
  const cued = (i: number) => i - (lastCue[i] ?? -Infinity) <= CUE_DISTANCE || (nextCue[i] ?? Infinity) - i <= CUE_DISTANCE;

  const spans: Span[] = [];
  const used = new Set<number>();
  pieces.forEach((sort, k) => {
    if (sort.role !== "sort" || used.has(k)) return;
    let best = -1;
    let bestDistance = Infinity;
    for (const step of [-1, 1]) {
      for (let j = k + step; j >= 0 && j < pieces.length; j += step) {
        const account = pieces[j];
        if (!account || account.sentence !== sort.sentence) break;
        const distance = Math.abs(account.token - sort.token);
        if (distance > PAIR_DISTANCE) break;
        if (account.role !== "account" || used.has(j) || labelledOtherwise(tokens, account.token)) continue;
        const adjacent = distance <= 1 && sort.strong;
        if ((adjacent || cued(sort.token) || cued(account.token)) && distance < bestDistance) {
          best = j;
          bestDistance = distance;
        }
      }
    }
    const account = pieces[best];
    if (!account) return;
    used.add(k).add(best);
    spans.push({ start: sort.start, end: sort.end, kind: "bank-account", counts: true });
    spans.push({ start: account.start, end: account.end, kind: "bank-account", counts: false });
  });
  return spans;
}
