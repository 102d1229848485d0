import type { Amount } from "../types";

/**
 * Money amounts as victims write them: "£79.97", "$799", "over £1,000",
 * "79.99 pounds", "79 pounds 99", "1.500 €", "£1k", "6 grand", "900 quid".
 * Works on folded text; spans index the original text.
 */

const NUM = String.raw`\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d{1,9}(?:[.,]\d{1,2})?(?!\d)`;
const MULT = String.raw`(?:\s?(?:k|m|bn|grand|thousand|million)\b)?`;
// Symbols may follow a word ("over£1,000"); letter prefixes must start a word.
const PREFIX_CUR = String.raw`(?<![a-z0-9])(?:us\$|ca\$|au\$|a\$|c\$|usd\s?|gbp\s?|eur\s?)|£|\$|€`;
const SUFFIX_CUR = String.raw`£|€|\$|pounds?\b|quid\b|dollars?\b|bucks\b|euros?\b|gbp\b|usd\b|eur\b|pence\b|p\b|btc\b|eth\b|usdt\b|grand\b|k\b`;

// Both patterns start with a symbol or a digit, so the engine skips ahead
// quickly; a qualifier ("over £1,000") is picked up by looking back.
// Sticky: tried only where a currency symbol or a digit run starts (see `candidates`).
const PREFIXED = new RegExp(String.raw`(${PREFIX_CUR})\s?(${NUM})${MULT}`, "y");
const SUFFIXED = new RegExp(String.raw`(?<![\d.,£$€])(${NUM})\s?(${SUFFIX_CUR})(?:\s(\d{2})\b)?`, "y");
const LETTER_CURRENCY = /(?<![a-z0-9])(?:us\$|ca\$|au\$|a\$|c\$|usd|gbp|eur)/g;
const QUALIFIER_BEFORE = /(?:just over|just under|over|more than|almost|nearly|about|around|approx\.?|approximately|up to|under|less than|at least|roughly)\s?$/;
const MULTIPLIER = /(k|m|bn|grand|thousand|million)$/;

const LOCAL_CURRENCY: Record<string, string> = { GB: "GBP", US: "USD", CA: "CAD", AU: "AUD", NZ: "NZD", IE: "EUR", IN: "INR" };
const EURO_REGIONS = new Set(["AT", "BE", "DE", "ES", "FI", "FR", "GR", "IT", "LU", "NL", "PT", "SK", "SI", "EE", "LV", "LT", "MT", "CY", "HR"]);

function localCurrency(region: string): string {
  return LOCAL_CURRENCY[region] ?? (EURO_REGIONS.has(region) ? "EUR" : "XXX");
}

function currencyOf(symbol: string, region: string): string {
  const s = symbol.trim();
  if (s === "£" || s.startsWith("pound") || s === "quid" || s === "gbp" || s === "p" || s === "pence") return "GBP";
  if (s === "€" || s.startsWith("euro") || s === "eur") return "EUR";
  if (s === "us$" || s === "usd") return "USD";
  if (s === "ca$" || s === "c$") return "CAD";
  if (s === "au$" || s === "a$") return "AUD";
  if (s === "$" || s.startsWith("dollar") || s === "bucks") {
    return region === "CA" || region === "AU" || region === "NZ" ? localCurrency(region) : "USD";
  }
  if (s === "btc" || s === "eth" || s === "usdt") return s.toUpperCase();
  return localCurrency(region); // "6 grand", "15k": the reporter's own currency
}

/** "1,000" "1.500" "79.97" "49,99" "1.234,56" -> number. Three digits after a separator are thousands. */
export function parseAmountNumber(raw: string): number {
  const s = raw.replace(/\s/g, "");
  const lastSep = Math.max(s.lastIndexOf(","), s.lastIndexOf("."));
  if (lastSep < 0) return Number(s);
  const decimals = s.length - lastSep - 1;
  if (decimals === 3) return Number(s.replace(/[.,]/g, ""));
  const intPart = s.slice(0, lastSep).replace(/[.,]/g, "");
  return Number(`${intPart}.${s.slice(lastSep + 1)}`);
}

function multiplier(word: string): number {
  if (word === "k" || word === "grand" || word === "thousand") return 1_000;
  if (word === "m" || word === "million") return 1_000_000;
  if (word === "bn") return 1_000_000_000;
  return 1;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Start of a qualifier word right before `start` ("over ", "nearly "), or `start`. */
function qualifiedStart(folded: string, start: number): number {
  const q = QUALIFIER_BEFORE.exec(folded.slice(Math.max(0, start - 24), start));
  if (!q) return start;
  const from = start - q[0].length;
  return from > 0 && /[a-z0-9]/.test(folded.charAt(from - 1)) ? start : from;
}

function overlaps(taken: [number, number][], s: number, e: number): boolean {
  for (const [a, b] of taken) if (s < b && e > a) return true;
  return false;
}

const UNIT_START = new Set([163, 8364, 36, 112, 113, 100, 98, 101, 103, 107, 117]); // £ € $ p q d b e g k u

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Where an amount can start: currency symbols and codes (prefix form), digit runs (suffix form). */
function candidates(folded: string): { prefix: number[]; suffix: number[] } {
  const prefix: number[] = [];
  const suffix: number[] = [];
  const n = folded.length;
  for (let i = 0; i < n && prefix.length + suffix.length < 400; i++) {
    const c = folded.charCodeAt(i);
    if (c === 163 || c === 36 || c === 8364) prefix.push(i); // £ $ €
    else if (isDigit(c)) {
      const p = i > 0 ? folded.charCodeAt(i - 1) : 32;
      if (isDigit(p) || p === 46 || p === 44) continue;
      // A suffix amount needs a unit right after the number: a symbol, or a
      // word starting p q d b e g k u ("pounds", "quid", "k", "usd" ...).
      let j = i;
      while (j < n && (isDigit(folded.charCodeAt(j)) || folded.charCodeAt(j) === 44 || folded.charCodeAt(j) === 46)) j++;
      if (folded.charCodeAt(j) === 32) j++;
      if (UNIT_START.has(folded.charCodeAt(j))) suffix.push(i);
    }
  }
  if (folded.includes("usd") || folded.includes("gbp") || folded.includes("eur") || folded.includes("a$") || folded.includes("c$")) {
    LETTER_CURRENCY.lastIndex = 0;
    for (let m = LETTER_CURRENCY.exec(folded); m !== null && prefix.length < 200; m = LETTER_CURRENCY.exec(folded)) prefix.push(m.index);
    prefix.sort((a, b) => a - b);
  }
  return { prefix, suffix };
}

export function extractAmounts(text: string, folded: string, region: string, limit = 50): Amount[] {
  const found: Amount[] = [];
  const taken: [number, number][] = [];
  const { prefix, suffix } = candidates(folded);
  let m: RegExpExecArray | null;

  for (const at of prefix) {
    if (found.length >= limit) break;
    PREFIXED.lastIndex = at;
    if ((m = PREFIXED.exec(folded)) === null || overlaps(taken, m.index, m.index + m[0].length)) continue;
    const symbol = m[1] ?? "";
    const num = m[2] ?? "";
    const mult = MULTIPLIER.exec(m[0].trimEnd());
    const value = parseAmountNumber(num) * (mult ? multiplier(mult[1] ?? "") : 1);
    if (!Number.isFinite(value) || value <= 0) continue;
    const start = qualifiedStart(folded, m.index);
    const end = m.index + m[0].length;
    taken.push([start, end]);
    found.push({ value: round2(value), currency: currencyOf(symbol, region), text: text.slice(start, end), start, end });
  }

  for (const at of suffix) {
    if (found.length >= limit) break;
    SUFFIXED.lastIndex = at;
    if ((m = SUFFIXED.exec(folded)) === null) continue;
    const end = m.index + m[0].length;
    if (overlaps(taken, m.index, end)) continue;
    const start = qualifiedStart(folded, m.index);
    const num = m[1] ?? "";
    const unit = (m[2] ?? "").trim();
    let value = parseAmountNumber(num);
    if (unit === "p" || unit === "pence") value /= 100;
    else if (unit === "grand" || unit === "k") value *= 1_000;
    if (m[3] !== undefined && /^pounds?$/.test(unit)) value += Number(m[3]) / 100; // "79 pounds 99"
    if (!Number.isFinite(value) || value <= 0) continue;
    taken.push([start, end]);
    found.push({ value: round2(value), currency: currencyOf(unit, region), text: text.slice(start, end), start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}
