/**
 * Static analysis of DSL patterns for the fast matcher (rule-engine.ts).
 *
 * For one alternative of a rule we derive
 *  - a gate "clause": literals of which every match must contain at least one
 *    (the rarest such set is chosen; e.g. "prim" for "my prim(?:e)? membership");
 *  - an anchor: the literal every match starts with, when there is one, so the
 *    matcher can try the pattern only where that word occurs.
 * A literal known to begin a word is looked up among the report's word
 * prefixes; any other literal is searched as a substring. Both are necessary
 * conditions only, so skipping a rule never changes what it would match.
 */
import { splitTop } from "./rule-expand";

export type GateKey = { kind: "word"; key: string } | { kind: "sub"; key: string } | { kind: "digit" };
export type Clause = GateKey[];

const STOP = new Set(
  "a an the i me my you your he him his she her we us our they them their it its is was were be been being am are to of in on at by for with from as and or but if so no not do did does done have has had will would can could should may get got go went this that what who which when then than just also up out about into over".split(" "),
);

function keyCost(k: GateKey, full: string): number {
  if (k.kind === "digit") return 3;
  if (k.kind === "word" && STOP.has(full)) return 10;
  const byLength = full.length >= 5 ? 0.2 : full.length === 4 ? 0.4 : full.length === 3 ? 0.8 : full.length === 2 ? 3 : 6;
  return k.kind === "sub" ? byLength + 0.3 : byLength;
}

type Costed = { clause: Clause; cost: number };
/** `sepEnd`: every way through the item ends right after a separator (the next literal starts a word). */
type Item = { clauses: Costed[]; nullable: boolean; zeroWidth: boolean; sepEnd: boolean; literal?: string };

function quantifierAt(src: string, i: number): { nullable: boolean; length: number } {
  const ch = src.charAt(i);
  if (ch === "?" || ch === "*") return { nullable: true, length: src.charAt(i + 1) === "?" ? 2 : 1 };
  if (ch === "+") return { nullable: false, length: src.charAt(i + 1) === "?" ? 2 : 1 };
  if (ch === "{") {
    const m = /^\{(\d+)(?:,\d*)?\}\??/.exec(src.slice(i));
    if (m) return { nullable: m[1] === "0", length: m[0].length };
  }
  return { nullable: false, length: 0 };
}

function best(clauses: Costed[]): Costed | null {
  let pick: Costed | null = null;
  for (const c of clauses) if (pick === null || c.cost < pick.cost) pick = c;
  return pick;
}

type Parsed = { alts: (Costed | null)[]; nullable: boolean; sepEnd: boolean; end: number };

function parseAlternation(src: string, start: number, close: string | null, atWordStart: boolean): Parsed {
  let i = start;
  const sequences: Item[][] = [[]];
  const sepEnds: boolean[] = [atWordStart];
  let wordStart = atWordStart;
  while (i < src.length && src.charAt(i) !== close) {
    const ch = src.charAt(i);
    let item: Item;
    if (ch === "|") {
      sequences.push([]);
      sepEnds.push(atWordStart);
      wordStart = atWordStart;
      i++;
      continue;
    } else if (ch === "(") {
      const look = /^\(\?(?:<?[=!])/.exec(src.slice(i));
      const inner = parseAlternation(src, i + (look ? look[0].length : src.startsWith("(?:", i) ? 3 : 1), ")", wordStart);
      i = inner.end + 1;
      if (look) item = { clauses: [], nullable: true, zeroWidth: true, sepEnd: false };
      else {
        const union = inner.alts.every((a) => a !== null) ? { clause: inner.alts.flatMap((a) => a?.clause ?? []), cost: inner.alts.reduce((s, a) => s + (a?.cost ?? 0), 0) } : null;
        item = { clauses: union ? [union] : [], nullable: inner.nullable, zeroWidth: false, sepEnd: inner.sepEnd };
      }
    } else if (ch === "[") {
      const m = /^\[((?:\\.|[^\]\\])*)\]/.exec(src.slice(i));
      i += m?.[0].length ?? 1;
      item = { clauses: [], nullable: false, zeroWidth: false, sepEnd: false };
    } else if (ch === "\\") {
      const esc = src.charAt(i + 1);
      i += 2;
      if (esc === "b") item = { clauses: [], nullable: true, zeroWidth: true, sepEnd: false };
      else if (esc === "d") item = { clauses: [{ clause: [{ kind: "digit" }], cost: 3 }], nullable: false, zeroWidth: false, sepEnd: false };
      else if (esc === "s") item = { clauses: [], nullable: false, zeroWidth: false, sepEnd: true };
      else if (/[a-zA-Z]/.test(esc)) item = { clauses: [], nullable: false, zeroWidth: false, sepEnd: false };
      else item = { clauses: [{ clause: [{ kind: "sub", key: esc }], cost: 6 }], nullable: false, zeroWidth: false, sepEnd: !/[a-z0-9]/.test(esc) };
    } else if (ch === " " || (ch === "<" && /^<\d>/.test(src.slice(i)))) {
      i += ch === " " ? 1 : 3;
      item = { clauses: [], nullable: false, zeroWidth: false, sepEnd: true };
    } else if (ch === "_" || ch === ".") {
      i++;
      item = { clauses: [], nullable: ch === "_", zeroWidth: false, sepEnd: false };
    } else {
      // A run of plain characters is one literal ("unauthori").
      let run = "";
      while (i < src.length && /[a-z0-9£$€'@#%&=:;,\/-]/.test(src.charAt(i)) && quantifierAt(src, i + 1).length === 0) run += src.charAt(i++);
      if (run === "") run = src.charAt(i++);
      // The report's words split at apostrophes ("i'd" is "i" + "d"): key on the part before one.
      const head = run.split("'")[0] ?? "";
      const word = wordStart && /^[a-z0-9]/.test(run);
      const key: GateKey = word ? { kind: "word", key: head.slice(0, 3) } : { kind: "sub", key: run };
      item = { clauses: [{ clause: [key], cost: keyCost(key, word ? head : run) }], nullable: false, zeroWidth: false, sepEnd: /[^a-z0-9]$/.test(run), literal: run };
    }
    const q = quantifierAt(src, i);
    i += q.length;
    if (q.nullable && !item.zeroWidth) item = { clauses: [], nullable: true, zeroWidth: false, sepEnd: item.sepEnd };
    sequences[sequences.length - 1]?.push(item);
    if (!item.zeroWidth) wordStart = item.nullable ? wordStart && item.sepEnd : item.sepEnd;
    sepEnds[sepEnds.length - 1] = wordStart;
  }
  const alts = sequences.map((seq) => (seq.every((it) => it.nullable) ? null : best(seq.flatMap((it) => it.clauses))));
  return { alts, nullable: sequences.some((seq) => seq.every((it) => it.nullable)), sepEnd: sepEnds.every(Boolean), end: i };
}

/** For each top-level alternative, literals one of which every match contains; null if some alternative has none. */
export function gateClauses(src: string): Clause[] | null {
  const { alts } = parseAlternation(src, 0, null, true);
  return alts.every((a) => a !== null) ? alts.map((a) => a?.clause ?? []) : null;
}

/**
 * The word every match of this (single) alternative starts with: `word` is a
 * literal prefix of it, and `exact` says the word is exactly that literal.
 * Null when the alternative does not start with a literal (symbol, class, ...).
 */
export function anchorOf(alt: string): { word: string; exact: boolean } | null {
  const i = zeroWidthPrefix(alt);
  const m = /^[a-z0-9']+/.exec(alt.slice(i));
  if (!m || !/^[a-z0-9]/.test(m[0])) return null;
  let word = m[0];
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) {
    // "it'd", "didn'?t": the report's words split at the apostrophe, so the first word is exactly "it", "didn".
    return { word: word.slice(0, apostrophe), exact: true };
  }
  const next = alt.charAt(i + word.length);
  // A quantifier after the last character makes that character optional.
  if (next === "?" || next === "*" || next === "{") word = word.slice(0, -1);
  if (word === "" || word.includes("'")) return null;
  // Exact: the word ends with the literal (a separator, "\b" or any non-word character follows).
  const exact = word.length === m[0].length && (next === " " || next === "<" || alt.startsWith("\\b", i + word.length) || /^[-.,:;\/@]$/.test(next) || alt.startsWith("\\.", i + word.length));
  return { word, exact };
}

/** Length of a leading zero-width prefix ("\b", lookarounds) of an alternative. */
function zeroWidthPrefix(alt: string): number {
  let i = 0;
  while (true) {
    if (alt.startsWith("\\b", i)) i += 2;
    else if (/^\(\?<?[=!]/.test(alt.slice(i))) {
      let depth = 0;
      for (; i < alt.length; i++) {
        const ch = alt.charAt(i);
        if (ch === "\\") i++;
        else if (ch === "(") depth++;
        else if (ch === ")" && --depth === 0) {
          i++;
          break;
        }
      }
    } else return i;
  }
}

/** Word-continuation items allowed inside the first word: \w*, s?, (?:s|ed|al)?, [sz]... */
const WORD_TAIL = /^(?:\\w[*+?]?|\(\?:[a-z0-9|]*\)\??|[a-z0-9]\??|\[[a-z0-9]+\]\??)/;

/**
 * Literal words (or word prefixes of at least three characters) the next word
 * of a match can start with, for the pattern text `rest` that begins at a word
 * start: "(?:the |a )?(?:call|message)" -> the, a, call, message. Null when not
 * determined (a gap, a class, a symbol, a short prefix...).
 */
function leadingWords(rest: string, depth = 0): string[] | null {
  if (depth > 3) return null;
  if (rest.startsWith("(?:")) {
    let level = 0;
    let end = 0;
    for (; end < rest.length; end++) {
      const ch = rest.charAt(end);
      if (ch === "\\") end++;
      else if (ch === "(") level++;
      else if (ch === ")" && --level === 0) break;
    }
    let quantifier = rest.charAt(end + 1);
    let qLength = quantifier === "?" ? 1 : 0;
    const counted = /^\{(\d+),?(\d*)\}/.exec(rest.slice(end + 1));
    if (counted) {
      // "{0,2}" may be skipped like "?"; "{1,3}" starts with one of the group's words.
      quantifier = counted[1] === "0" ? "?" : "";
      qLength = counted[0].length;
    } else if (quantifier === "*" || quantifier === "+" || quantifier === "{") return null;
    const after = rest.slice(end + 1 + qLength);
    const out: string[] = [];
    for (const part of splitTop(rest.slice(3, end))) {
      const words = leadingWords(part + after, depth + 1);
      if (words === null) return null;
      out.push(...words);
    }
    if (quantifier === "?") {
      const skipped = leadingWords(after, depth + 1);
      if (skipped === null) return null;
      out.push(...skipped);
    }
    return out;
  }
  let lit = /^[a-z0-9]+/.exec(rest)?.[0];
  if (!lit) return null;
  const next = rest.charAt(lit.length);
  if (/^[?*{]/.test(next)) {
    // "calls?": the last character is optional, the rest is a word prefix.
    lit = lit.slice(0, -1);
    return lit.length >= 3 ? [lit] : null;
  }
  if (next === "+") return null;
  // A word shorter than three characters must be the whole word to be a key.
  const whole = next === " " || next === "" || next === "'" || next === "<" || next === "-" || rest.startsWith("\\b", lit.length);
  return lit.length >= 3 || whole ? [lit] : null;
}

/**
 * Keys (see text-keys.ts) the second word of every match may have, when the
 * pattern fixes it: "the (?:call|message) is" -> keys of "call", "message".
 * Null when it does not (a gap, an optional separator, a symbol...).
 */
export function secondWordKeys(alt: string): string[] | null {
  let i = zeroWidthPrefix(alt);
  const first = /^[a-z0-9]+/.exec(alt.slice(i));
  if (!first) return null;
  i += first[0].length;
  // The report's words split at apostrophes: in "they'd be", the next word is "d".
  const apostrophe = /^'([a-z]+)(?=[^a-z0-9?*{+]|$)/.exec(alt.slice(i));
  if (apostrophe) return [apostrophe[1] ?? ""];
  for (let m = WORD_TAIL.exec(alt.slice(i)); m && m[0].length > 0; m = WORD_TAIL.exec(alt.slice(i))) i += m[0].length;
  if (alt.charAt(i) !== " ") return null;
  return leadingWords(alt.slice(i + 1));
}

