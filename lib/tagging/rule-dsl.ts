/**
 * A tiny pattern language on top of RegExp for cues written over folded
 * (lower-cased) text. It exists so rules read like the phrases victims use and
 * so every rule is linear-time by construction:
 *
 *   " "   one short run of non-word characters ("prime-membership", "prime,  membership")
 *   "_"   an optional short run of non-word characters ("anydesk", "any desk"); " ?" too
 *   "<n>" up to n intervening words inside the same sentence ("asked<3>password")
 *
 * Every pattern is anchored at a word start: no letter or digit before it.
 * Words ([a-z0-9']) and separators ([^a-z0-9']) are disjoint character classes
 * with bounded repetition, so a gap can only be split one way: there is nothing
 * for the engine to backtrack over. Rules must not use capturing groups
 * (the engine relies on match[0] only) and are checked for that at load time.
 */

const SEP = "[^a-z0-9']{1,3}";
const OPT_SEP = "[^a-z0-9']{0,3}";
// A dot inside a number ("£1.95") does not end the sentence.
const GAP_SEP = "(?:[^a-z0-9'.!?\\n]|\\.(?=\\d)){1,3}";

function gap(n: number): string {
  return `(?:${GAP_SEP}[a-z0-9']{1,24}){0,${n}}${GAP_SEP}`;
}

export function expandPattern(src: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === "\\") {
      out += src.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
    } else if (ch === " " && src.charAt(i + 1) === "?") {
      out += OPT_SEP; // " ?" reads as "an optional space", not a lazy separator
      i++;
    } else if (ch === " ") {
      out += SEP;
    } else if (ch === "_") {
      out += OPT_SEP;
    } else if (ch === "<" && /^<\d>/.test(src.slice(i, i + 3)) && src.slice(i - 2, i) !== "(?") {
      out += gap(Number(src.charAt(i + 1)));
      i += 2;
    } else {
      if (ch === "(" && src.charAt(i + 1) !== "?") throw new Error(`rule pattern must not capture: ${src}`);
      out += ch;
    }
  }
  // Every rule starts at a word start (rule-gate.ts relies on it).
  // "(?<![a-z0-9])" rather than "\\b": it also holds for alternatives that
  // start with a symbol ("£5", "$499 purchase"), where \\b would demand a
  // letter before the symbol.
  return `(?<![a-z0-9])(?:${out})`;
}

/** Compiles a rule pattern; throws at module load if a rule breaks the DSL's contract. */
export function rx(src: string): RegExp {
  return new RegExp(expandPattern(src), "g");
}

export type Hit = { rule: string; start: number; end: number };

/** All non-overlapping matches of one compiled rule, at most `limit`. */
export function findAll(re: RegExp, text: string, rule: string, limit = 8): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (hits.length < limit && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ rule, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
