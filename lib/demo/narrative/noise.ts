/**
 * Makes composed text read like a real report form entry: lower case, missing
 * apostrophes and full stops, run-on sentences, typos, common misspellings and
 * some US spelling. Tokens holding digits, dots, slashes or @ are never
 * mangled, so phone numbers, links and amounts stay as the identifiers say.
 */
import type { Rng } from "../prng";

const US_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/authoris/g, "authoriz"],
  [/Authoris/g, "Authoriz"],
  [/cancelled/g, "canceled"],
  [/licence/g, "license"],
  [/centre/g, "center"],
  [/\bmum\b/g, "mom"],
];

const MISSPELLINGS: readonly (readonly [string, string])[] = [
  ["received", "recieved"],
  ["because", "becuase"],
  ["account", "acount"],
  ["immediately", "immediatly"],
  ["suspicious", "suspicous"],
  ["tomorrow", "tommorow"],
  ["definitely", "definately"],
  ["their ", "there "],
  ["number", "numer"],
  ["please", "pls"],
  ["thought", "thougt"],
  ["straight", "strait"],
];

const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: "s", s: "a", d: "f", e: "r", r: "e", i: "o", o: "i", n: "m", m: "n", t: "y", u: "y", l: "k", c: "v", h: "j",
};

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A word may be mangled only if it stands alone: not part of a link, address or amount. */
function isWordEdge(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return true;
  const c = text.charAt(at);
  if (c === " " || c === "\n" || c === "," || c === '"' || c === "?" || c === "!") return true;
  return c === "." && (at + 1 >= text.length || text.charAt(at + 1) === " " || text.charAt(at + 1) === "\n");
}

/**
 * One typo in a random plain word: swap, drop, double or a neighbouring key.
 * Scans around a random position instead of splitting, as this runs for
 * most of a million reports.
 */
function typo(rng: Rng, text: string): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = rng.int(text.length);
    let s = at;
    while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
    let e = at;
    while (e < text.length && isLetter(text.charCodeAt(e))) e++;
    if (e - s < 4 || !isWordEdge(text, s - 1) || !isWordEdge(text, e)) continue;
    const w = text.slice(s, e);
    const p = 1 + rng.int(w.length - 2);
    const kind = rng.int(4);
    let out: string;
    if (kind === 0) out = w.slice(0, p) + w.charAt(p + 1) + w.charAt(p) + w.slice(p + 2);
    else if (kind === 1) out = w.slice(0, p) + w.slice(p + 1);
    else if (kind === 2) out = w.slice(0, p) + w.charAt(p) + w.slice(p);
    else out = w.slice(0, p) + (KEYBOARD_NEIGHBOURS[w.charAt(p)] ?? w.charAt(p)) + w.slice(p + 1);
    return text.slice(0, s) + out + text.slice(e);
  }
  return text;
}

function capitaliseSentences(text: string): string {
  let out = text.charAt(0).toUpperCase() + text.slice(1);
  out = out.replace(/([.?!] )([a-z])/g, (_m, gap: string, ch: string) => gap + ch.toUpperCase());
  return out.replace(/\bi\b(?!\.)/g, "I").replace(/\bim\b/g, "I'm").replace(/\bdidnt\b/g, "didn't").replace(/\bdont\b/g, "don't");
}

export function roughen(rng: Rng, text: string): string {
  let t = text.replace(/\s{2,}/g, " ").replace(/ ([.,])/g, "$1").trim();
  if (rng.chance(0.12)) for (const [re, us] of US_SPELLINGS) t = t.replace(re, us);

  const style = rng.next();
  if (style < 0.4) t = t.toLowerCase();
  else if (style < 0.75) t = capitaliseSentences(t);
  else t = t.charAt(0).toUpperCase() + t.slice(1);

  if (rng.chance(0.3)) t = t.replace(/'/g, "");
  if (rng.chance(0.25)) {
    const [right, wrong] = rng.pick(MISSPELLINGS);
    t = t.replace(right, wrong);
  }
  const typos = rng.chance(0.35) ? 0 : rng.chance(0.55) ? 1 : rng.chance(0.6) ? 2 : 3;
  for (let k = 0; k < typos; k++) t = typo(rng, t);

  const punct = rng.next();
  // Run-ons keep the stop after a digit, so a phone number never runs into an amount.
  if (punct < 0.15) t = t.replace(/(\D)\. /g, "$1 ");
  else if (punct < 0.25) t = t.replace(/\. /g, "... ");
  if (rng.chance(0.35)) t = t.replace(/[.]$/, "");
  else if (!/[.?!"]$/.test(t) && rng.chance(0.4)) t += ".";
  return t;
}
