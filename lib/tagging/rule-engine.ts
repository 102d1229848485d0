import { expandPattern, type Hit } from "./rule-dsl";
import { expandAlternatives } from "./rule-expand";
import { anchorOf, gateClauses, secondWordKeys, type Clause } from "./rule-gate";
import { prefixCode, type TextKeys } from "./text-keys";
import { contextAllows } from "./rules/rule";

/**
 * Runs a set of rules over a report fast, finding what scanning each rule's
 * regex over the whole text would find:
 *  - each rule is split into alternatives (rule-expand.ts);
 *  - alternatives that start with a known word are merged per rule and first
 *    word into one sticky regex, tried only at the words of the report that
 *    start that way (one walk over the report's words);
 *  - the other alternatives are scanned, unless their gate clause
 *    (rule-gate.ts) shows they cannot match.
 * Hits of one rule are returned in text order without overlaps.
 */

/** `gate`: literal keys one of which must occur for any alternative of the group to match; null: none known. */
type Gate = { codes: number[]; subs: string[]; digit: boolean } | null;
/** `second`: keys the next word must have (null: any). */
type Anchored = { ruleIndex: number; sticky: RegExp; gate: Gate; id: number; second: Set<number> | null; prefix: string; hasContext: boolean };
type Scanned = { ruleIndex: number; scan: RegExp; clause: Clause | null; codes: number[] };

export type RuleHits<R> = { rule: R; hits: Hit[] };

const LEADING_ANCHOR = /^\(\?<!\[a-z0-9\]\)/;

/**
 * Work bounds for hostile input (100 KB of "call call call ..."): a rule
 * group stops being tried after this many misses in one report, and a report
 * gets at most MAX_TESTS regex tests. A real report uses well under a hundred.
 */
const MAX_MISSES_PER_GROUP = 64;
const MAX_TESTS = 20_000;
const MAX_VISITS = 60_000;

export class RuleSet<R extends { id: string; before?: RegExp; notBefore?: RegExp }> {
  private readonly rules: readonly R[];
  /** Anchored groups by the key of the word they start with (groups whose next word is not fixed). */
  private readonly byWord = new Map<number, Anchored[]>();
  /** Anchored groups by first word key, then next word key. */
  private readonly byPair = new Map<number, Map<number, Anchored[]>>();
  /** Flat lookup tables built from byWord/byPair: which word keys have any group (array index, no hashing). */
  private wordTable: (Anchored[] | undefined)[] = [];
  private pairKeys = new Uint8Array(0);
  private pairTable = new Map<number, Anchored[]>();
  private groupCount = 0;
  private readonly scanned: Scanned[] = [];
  /** Per-report memo of group gates: 0 unknown, 1 open, 2 closed; reset with the keys. */
  private memo = new Uint8Array(0);
  /** Per-report misses per group (see MAX_MISSES_PER_GROUP). */
  private misses = new Uint8Array(0);
  private memoKeys: TextKeys | null = null;

  constructor(rules: readonly R[], sourceOf: (rule: R) => string) {
    this.rules = rules;
    rules.forEach((rule, ruleIndex) => {
      // One sticky regex per rule, shared by all its first words: V8 compiles
      // each regex on first use and again when it gets hot, so a few hundred
      // regexes that stay warm beat a thousand small ones that go cold.
      const ruleSticky = new RegExp(expandPattern(sourceOf(rule)).replace(LEADING_ANCHOR, ""), "y");
      const groups = new Map<number, { clauses: (Clause | null)[]; seconds: (string[] | null)[]; words: string[] }>();
      for (const src of expandAlternatives(sourceOf(rule))) {
        const a = anchorOf(src);
        if (a && (a.exact || a.word.length >= 3)) {
          // Words are keyed by their first three characters, or whole if shorter.
          const key = prefixCode(a.word);
          const group = groups.get(key) ?? { clauses: [], seconds: [], words: [] };
          group.seconds.push(secondWordKeys(src));
          group.words.push(a.word);
          const clauses = gateClauses(src);
          group.clauses.push(clauses === null ? null : clauses.flat());
          groups.set(key, group);
        } else {
          const clauses = gateClauses(src);
          const clause = clauses === null ? null : clauses.flat();
          const codes = (clause ?? []).map((k) => (k.kind === "word" ? prefixCode(k.key) : -1));
          this.scanned.push({ ruleIndex, scan: new RegExp(expandPattern(src), "g"), clause, codes });
        }
      }
      for (const [key, { clauses, seconds, words }] of groups) {
        const sticky = ruleSticky;
        const gate: Gate = clauses.some((c) => c === null)
          ? null
          : {
              codes: clauses.flatMap((c) => (c ?? []).flatMap((k) => (k.kind === "word" ? [prefixCode(k.key)] : []))),
              subs: clauses.flatMap((c) => (c ?? []).flatMap((k) => (k.kind === "sub" ? [k.key] : []))),
              digit: clauses.some((c) => (c ?? []).some((k) => k.kind === "digit")),
            };
        const list = this.byWord.get(key) ?? [];
        const second = seconds.some((s) => s === null) ? null : new Set(seconds.flatMap((s) => (s ?? []).map(prefixCode)));
        // Words are keyed by three characters; the group's common longer prefix ("sainsbury", "caller") is checked cheaply first.
        const prefix = commonPrefix(words);
        const group: Anchored = { ruleIndex, sticky, gate, id: this.groupCount++, second, prefix: prefix.length > 3 ? prefix : "", hasContext: rule.before !== undefined || rule.notBefore !== undefined };
        if (second === null) {
          list.push(group);
          this.byWord.set(key, list);
        } else {
          const byNext = this.byPair.get(key) ?? new Map<number, Anchored[]>();
          for (const next of second) {
            const l = byNext.get(next) ?? [];
            l.push(group);
            byNext.set(next, l);
          }
          this.byPair.set(key, byNext);
        }
      }
    });
  }

  private buildTables(): void {
    const size = 37 * 37 * 37;
    this.wordTable = new Array<Anchored[] | undefined>(size);
    for (const [code, groups] of this.byWord) this.wordTable[code] = groups;
    this.pairKeys = new Uint8Array(size);
    for (const [code, byNext] of this.byPair) {
      this.pairKeys[code] = 1;
      for (const [next, groups] of byNext) this.pairTable.set(code * size + next, groups);
    }
  }

  private reset(keys: TextKeys): void {
    if (this.memo.length !== this.groupCount) {
      this.memo = new Uint8Array(this.groupCount);
      this.misses = new Uint8Array(this.groupCount);
    } else {
      this.memo.fill(0);
      this.misses.fill(0);
    }
    this.memoKeys = keys;
  }

  /** Whether a group's gate lets it match this report (memoised per report). */
  private open(g: Anchored, keys: TextKeys): boolean {
    if (this.memoKeys !== keys) this.reset(keys);
    const seen = this.memo[g.id];
    if (seen !== 0) return seen === 1;
    const gate = g.gate;
    let ok = gate === null || (gate.digit && keys.hasDigit);
    if (!ok && gate !== null) {
      for (let i = 0; i < gate.codes.length && !ok; i++) ok = keys.hasPrefix(gate.codes[i] ?? 0);
      for (let i = 0; i < gate.subs.length && !ok; i++) ok = keys.text.includes(gate.subs[i] ?? "");
    }
    this.memo[g.id] = ok ? 1 : 2;
    return ok;
  }

  private mayMatch(s: Scanned, keys: TextKeys): boolean {
    if (s.clause === null) return true;
    for (let i = 0; i < s.clause.length; i++) {
      const k = s.clause[i];
      if (!k) continue;
      if (k.kind === "digit" ? keys.hasDigit : k.kind === "word" ? keys.hasPrefix(s.codes[i] ?? 0) : keys.text.includes(k.key)) return true;
    }
    return false;
  }

  /** Hits per rule (rules without hits are left out), in rule order; at most `limit` hits per rule. */
  match(keys: TextKeys, limit: number): RuleHits<R>[] {
    if (this.memoKeys !== keys) this.reset(keys);
    if (this.wordTable.length === 0) this.buildTables();
    if (this.hits.length !== this.rules.length) this.hits = new Array<Hit[] | undefined>(this.rules.length);
    this.touched.length = 0;
    this.tests = 0;
    this.visits = 0;
    const { starts, codes } = keys;
    const wordTable = this.wordTable;
    const pairKeys = this.pairKeys;
    const size = 37 * 37 * 37;
    for (let w = 0; w < codes.length && this.visits < MAX_VISITS; w++) {
      const code = codes[w] ?? 0;
      const pos = starts[w] ?? 0;
      const groups = wordTable[code];
      if (groups !== undefined) for (let i = 0; i < groups.length; i++) this.visit(groups[i] as Anchored, pos, keys, limit);
      if (pairKeys[code] === 1) {
        const paired = this.pairTable.get(code * size + (codes[w + 1] ?? 0));
        if (paired !== undefined) for (let i = 0; i < paired.length; i++) this.visit(paired[i] as Anchored, pos, keys, limit);
      }
    }

    const text = keys.text;
    for (const s of this.scanned) {
      if (!this.mayMatch(s, keys)) continue;
      const re = s.scan;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let found = 0;
      while (found < limit && (m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        this.record(s.ruleIndex, m.index, m.index + m[0].length, text);
        found++;
      }
    }

    const out: RuleHits<R>[] = [];
    const hits = this.hits;
    const touched = this.touched.sort((a, b) => a - b);
    for (const ruleIndex of touched) {
      const list = hits[ruleIndex];
      const rule = this.rules[ruleIndex];
      if (rule !== undefined && list !== undefined) out.push({ rule, hits: nonOverlapping(list, limit) });
      hits[ruleIndex] = undefined;
    }
    return out;
  }

  // Per-call state of `match`, kept on the instance so the hot loop allocates no closures.
  private hits: (Hit[] | undefined)[] = [];
  /** Rule indexes with hits in the current call (so clearing and collecting skip the rest). */
  private touched: number[] = [];
  private tests = 0;
  private visits = 0;

  private record(ruleIndex: number, start: number, end: number, text: string, checkContext = true): boolean {
    const rule = this.rules[ruleIndex];
    if (rule === undefined || (checkContext && !contextAllows(rule, text, start))) return false;
    const hit = { rule: rule.id, start, end };
    const list = this.hits[ruleIndex];
    if (list !== undefined) list.push(hit);
    else {
      this.hits[ruleIndex] = [hit];
      this.touched.push(ruleIndex);
    }
    return true;
  }

  private visit(g: Anchored, pos: number, keys: TextKeys, limit: number): void {
    this.visits++;
    const list = this.hits[g.ruleIndex];
    if (list !== undefined && (list.length >= limit * 2 || (list[list.length - 1]?.end ?? 0) > pos)) return;
    const text = keys.text;
    if (g.prefix !== "" && !text.startsWith(g.prefix, pos)) return;
    if ((this.misses[g.id] ?? 0) >= MAX_MISSES_PER_GROUP || this.tests >= MAX_TESTS) return;
    if (!this.open(g, keys)) return;
    this.tests++;
    // test() + lastIndex gives the match end without allocating a match array.
    const sticky = g.sticky;
    sticky.lastIndex = pos;
    // A match refused by its context counts as a miss too (bounded work).
    if (!(sticky.test(text) && sticky.lastIndex > pos && this.record(g.ruleIndex, pos, sticky.lastIndex, text, g.hasContext))) {
      this.misses[g.id] = (this.misses[g.id] ?? 0) + 1;
    }
  }
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? "";
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Leftmost, then longest, without overlaps: close to what one scan of the whole alternation reports. */
function nonOverlapping(hits: Hit[], limit: number): Hit[] {
  if (hits.length === 1) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.start < end) continue;
    out.push(h);
    end = h.end;
    if (out.length >= limit) break;
  }
  return out;
}
