import { parse } from "tldts";
import { GENUINE_DOMAINS, GENUINE_SUFFIXES } from "../rules/brand-rules";

/**
 * URLs and bare domains, including defanged ones ("hxxps://x[.]com",
 * "amzn[.]com", "evil(.)co.uk"). Every label is a bounded run of a character
 * class disjoint from the dot forms, and a candidate can only start where no
 * label character precedes it, so scanning is linear even on hostile input.
 */

const DOT = String.raw`(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{\.\})`;
const LABEL = "[a-z0-9-]{1,63}";
const LINK = new RegExp(
  String.raw`(?<![a-z0-9.-])(?:(h(?:tt|xx)ps?)(?::|\[:\])//)?((?:www\d?${DOT})?${LABEL}(?:${DOT}${LABEL}){1,6})(/[^\s<>"'\])]{0,200})?`,
  "g",
);
const DEFANG_DOTS = /\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{\.\}/g;
/** TLDs accepted for a bare "word.tld" without scheme, www or path: keeps "called.now" out. */
const BARE_TLDS = new Set(
  ("com net org info biz io co uk us ca au de fr es it nl ie eu ru cn in ly me tv cc xyz top online site shop store app live win click link " +
    "help support services vip club icu buzz fun today world life pro mobi name tk ml ga cf gq ch be pl pt br mx jp za ng ae tr ua sh ws")
    .split(" "),
);
const SELF_CHECK_BEFORE = /\b(?:went|gone|logged|checked|checking|looked|visited|searched|typed|opened|using|used|via|through)\b(?: (?:in|on|onto|into|to|at|the|official|real|genuine|website|site|app|myself|directly)){0,3} ?$/;

export type LinkMatch = {
  domain: string;
  url: string;
  start: number;
  end: number;
  /** "url" had a scheme, www or a path; "bare" is just a host; "email" is the part after @. */
  kind: "url" | "bare" | "email";
  genuine: boolean;
  /** The reporter says they went there themselves ("I checked amazon.co.uk"). */
  selfCheck: boolean;
};

export function isGenuineDomain(domain: string, publicSuffix: string | null): boolean {
  return GENUINE_DOMAINS.has(domain) || (publicSuffix !== null && GENUINE_SUFFIXES.has(publicSuffix));
}

function defang(scheme: string | undefined, host: string, path: string): string {
  const prefix = scheme ? `${scheme.replace(/^htt/, "hxx")}://` : "";
  return `${prefix}${host.replace(/\./g, "[.]")}${path}`;
}

/** Candidate dots: a dot (or "[.]", "(.)") with a letter or digit before and a letter after. TLDs start with a letter. */
function isHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

/** Start of the host (and scheme, "www.") that ends at a candidate dot at `dot`. */
function hostStart(folded: string, dot: number): number {
  let s = dot;
  while (s > 0 && dot - s < 200) {
    const c = folded.charCodeAt(s - 1);
    if (isHostChar(c) || c === 46 || c === 91 || c === 93 || c === 40 || c === 41) s--;
    else if (c === 47 || c === 58) s--; // "://" of a scheme
    else break;
  }
  // Do not start inside the middle of a "://" run or on punctuation.
  while (s < dot && !isHostChar(folded.charCodeAt(s))) s++;
  return s;
}

/** At most this many candidates are examined (each costs a public-suffix lookup). */
const MAX_CANDIDATES = 200;
const LINK_AT = new RegExp(LINK.source, "y");

/** Just after the last character before `dot` that cannot be part of a bare host. */
function bareHostStart(folded: string, dot: number): number {
  let s = dot;
  while (s > 0 && dot - s < 200) {
    const c = folded.charCodeAt(s - 1);
    if (isHostChar(c) || c === 46 || c === 91 || c === 93 || c === 40 || c === 41) s--;
    else break;
  }
  while (s < dot && !isHostChar(folded.charCodeAt(s))) s++;
  return s;
}

function examine(text: string, folded: string, start: number): { link: LinkMatch | null; end: number } | null {
  LINK_AT.lastIndex = start;
  const m = LINK_AT.exec(folded);
  if (m === null) return null;
  const scheme = m[1];
  const hostRaw = m[2] ?? "";
  const rawPath = m[3] ?? "";
  // Sentence punctuation after a link is not part of it ("visit x.com/pay.").
  const trailing = /[.,;:!?)]+$/.exec(rawPath)?.[0].length ?? 0;
  const pathFolded = rawPath.slice(0, rawPath.length - trailing);
  const end = m.index + m[0].length - trailing;
  const host = hostRaw.replace(DEFANG_DOTS, ".").replace(/^www\d?\./, "");
  const parsed = parse(host, { allowPrivateDomains: true });
  if (!parsed.domain || parsed.isIp || !(parsed.isIcann || parsed.isPrivate)) return { link: null, end };
  if (folded.charAt(end) === "@") return { link: null, end }; // the local part of an e-mail address
  const isEmail = folded.charAt(m.index - 1) === "@";
  const hasWww = /^www\d?/.test(hostRaw);
  const kind = isEmail ? "email" : scheme || hasWww || pathFolded ? "url" : "bare";
  const tld = host.slice(host.lastIndexOf(".") + 1);
  if (kind === "bare" && !BARE_TLDS.has(tld)) return { link: null, end };
  // Paths are case-sensitive ("bit.ly/3xY7kLm"): take them from the original text.
  const path = text.slice(end - pathFolded.length, end);
  const context = folded.slice(Math.max(0, m.index - 40), m.index);
  return {
    end,
    link: {
      domain: parsed.domain,
      url: defang(scheme, host, path),
      start: m.index,
      end,
      kind,
      genuine: isGenuineDomain(parsed.domain, parsed.publicSuffix),
      selfCheck: SELF_CHECK_BEFORE.test(context),
    },
  };
}

/** Positions of candidate dots: "." with a host character before and a letter after, "[.]", "(.)", "[dot]", "(dot)". */
function candidateDots(folded: string): number[] {
  const dots: number[] = [];
  const n = folded.length;
  for (let i = folded.indexOf(".", 1); i > 0 && i < n - 1 && dots.length < MAX_CANDIDATES; i = folded.indexOf(".", i + 1)) {
    const before = folded.charCodeAt(i - 1);
    const after = folded.charCodeAt(i + 1);
    const bracketed = (before === 91 || before === 40) && (after === 93 || after === 41);
    const next = bracketed ? folded.charCodeAt(i + 2) : after;
    if ((isHostChar(before) || bracketed) && next >= 97 && next <= 122) dots.push(bracketed ? i - 1 : i);
  }
  for (const word of ["[dot]", "(dot)"]) {
    for (let i = folded.indexOf(word); i > 0 && dots.length < MAX_CANDIDATES; i = folded.indexOf(word, i + 1)) dots.push(i);
  }
  return dots.sort((a, b) => a - b);
}

export function extractLinks(text: string, folded: string, limit = 30): LinkMatch[] {
  const out: LinkMatch[] = [];
  let covered = -1;
  for (const dot of candidateDots(folded)) {
    if (out.length >= limit) break;
    if (dot < covered) continue;
    // Try with a scheme ("hxxps://...") first, then as a bare host.
    const withScheme = hostStart(folded, dot);
    const found = (withScheme >= covered ? examine(text, folded, withScheme) : null) ?? examine(text, folded, bareHostStart(folded, dot));
    if (found === null) continue;
    covered = Math.max(covered, found.end);
    if (found.link) out.push(found.link);
  }
  return out;
}
