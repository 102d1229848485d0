import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { Evidence } from "../types";

/**
 * Phone numbers in E.164. Candidates are digit runs with phone punctuation;
 * libphonenumber (full metadata) decides. Amounts, order/reference numbers,
 * card numbers and dates are rejected before parsing, which also keeps the
 * number of (comparatively slow) parses per report small.
 */

// Sticky: tried only where a "+", "(" or digit run starts (see extractPhones).
const CANDIDATE = /(?<![\w£$€#.,/:-])(?:\+|00)?\(?\d[\d \t().-]{5,20}\d(?![\d£€%])/y;
const NOT_A_PHONE_BEFORE = /\b(?:order|ref|reference|invoice|tracking|shipment|consignment|parcel|account|acc|sort code|case|customer|policy|membership|card number|transaction|payment|crime)(?: (?:number|no\.?|id|ref))?[\s:#.]*$/;
const MONEY_AFTER = /^\s?(?:pounds?|quid|dollars?|euros?|gbp|usd|eur|p\b|k\b|grand|btc|%)/;
const PHONE_CONTEXT = /\b(?:call\w*|ring\w*|rang|phon\w*|number|tel|mobile|text\w*|dial\w*|contact|whats ?app|from|on|at)\b[^.!?\n]{0,12}$/;
const MAX_PARSES = 20;

/**
 * Parsing is the expensive step (libphonenumber builds regexes per call, ~15
 * microseconds), and scam numbers recur across reports, so results are
 * memoised: a pure function of (candidate, region), bounded in size.
 */
const MEMO_SIZE = 512;
const memo = new Map<string, { e164: string; valid: boolean } | null>();

function parseMemo(raw: string, region: CountryCode): { e164: string; valid: boolean } | null {
  const key = `${region}|${raw}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const parsed = parseCandidate(raw, region);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(key, parsed);
  return parsed;
}


function parseCandidate(raw: string, region: CountryCode): { e164: string; valid: boolean } | null {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return null;
  let input = trimmed;
  if (trimmed.startsWith("00")) input = `+${digits.slice(2)}`;
  const international = input.startsWith("+");
  // Without a trunk "0" or "+", a 10/11-digit number reads as North American
  // ("(800) 555-0199", "1-888-..."), even in a report from the UK.
  const nanpShape = !international && !trimmed.startsWith("0") && (digits.length === 10 || (digits.length === 11 && digits.startsWith("1")));
  // One parse per plausible reading: each costs ~15 microseconds.
  const regions: CountryCode[] = international ? [region] : nanpShape && region !== "US" ? ["US", region] : [region];
  let possible: { e164: string; valid: boolean } | null = null;
  for (const r of regions) {
    const parsed = parsePhoneNumberFromString(input, r);
    if (!parsed) continue;
    if (parsed.isValid()) return { e164: parsed.number, valid: true };
    if (!possible && parsed.isPossible()) possible = { e164: parsed.number, valid: false };
    if (international) break;
  }
  return possible;
}

export type PhoneMatch = { e164: string; start: number; end: number };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Offsets where a phone candidate could start: "+", "(" or a digit not inside a number. */
function candidateStarts(text: string): number[] {
  const starts: number[] = [];
  const n = text.length;
  for (let i = 0; i < n && starts.length < 200; i++) {
    const c = text.charCodeAt(i);
    if (!(isDigit(c) || c === 43 || c === 40)) continue;
    const p = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (isDigit(p) || p === 43 || p === 40) continue;
    // At least seven digits within the next 24 characters, or it cannot be a phone number.
    let digits = 0;
    for (let j = i; j < n && j < i + 24 && digits < 7; j++) if (isDigit(text.charCodeAt(j))) digits++;
    if (digits >= 7) starts.push(i);
  }
  return starts;
}

export function extractPhones(text: string, folded: string, region: CountryCode): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  let parses = 0;
  let covered = -1;
  let m: RegExpExecArray | null = null;
  for (const at of candidateStarts(text)) {
    if (parses >= MAX_PARSES) break;
    if (at < covered) continue;
    CANDIDATE.lastIndex = at;
    if ((m = CANDIDATE.exec(text)) === null) continue;
    covered = m.index + m[0].length;
    let raw = m[0];
    const start = m.index + (raw.length - raw.trimStart().length);
    raw = raw.trim();
    const end = start + raw.length;
    const before = folded.slice(Math.max(0, start - 24), start);
    if (NOT_A_PHONE_BEFORE.test(before) || MONEY_AFTER.test(folded.slice(end, end + 8))) continue;
    parses++;
    const parsed = parseMemo(raw, region);
    if (!parsed) continue;
    // A number that is only "possible" (right length, unassigned range) is kept
    // when the text presents it as a number: scammers use spoofed/unallocated ones.
    if (!parsed.valid && !PHONE_CONTEXT.test(before)) continue;
    out.push({ e164: parsed.e164, start, end });
  }
  return out;
}

export function phoneEvidence(phones: PhoneMatch[]): Evidence[] {
  return phones.map((p) => ({ tag: "phone", start: p.start, end: p.end, rule: "phone.libphonenumber" }));
}
