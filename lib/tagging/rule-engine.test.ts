import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_RULES, matchAllRules } from "./rules/all-rules";
import { contextAllows } from "./rules/rule";
import { foldText } from "./fold-text";
import { textKeys } from "./text-keys";
import { expandPattern } from "./rule-dsl";
import { expandAlternatives } from "./rule-expand";

// The fast matcher (gates, anchors, sticky regexes per word) must find what a
// plain scan of each rule's whole regex finds. This is what makes the
// prefilter an optimisation and not a second, subtly different rule set.

const LIMIT = 4;

function naive(folded: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of ALL_RULES) {
    const re = new RegExp(rule.re.source, "g");
    const spans: string[] = [];
    for (let m = re.exec(folded); m !== null && spans.length < LIMIT; m = re.exec(folded)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (contextAllows(rule, folded, m.index)) spans.push(`${m.index}-${m.index + m[0].length}`);
    }
    if (spans.length > 0) out.set(rule.id, spans);
  }
  return out;
}

function fast(folded: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { rule, hits } of matchAllRules(textKeys(folded))) out.set(rule.id, hits.map((h) => `${h.start}-${h.end}`));
  return out;
}

function corpusTexts(): string[] {
  const dir = new URL("./corpus/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => readFileSync(new URL(f, dir), "utf8").split("\n").filter(Boolean))
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

describe("rule engine", () => {
  it("finds the same hits as scanning every rule's regex, on the whole corpus", () => {
    for (const text of corpusTexts()) {
      const folded = foldText(text);
      expect(fast(folded), text).toEqual(naive(folded));
    }
  });

  it("finds the same hits on random mixes of cue words, digits and punctuation", () => {
    const words = [...new Set(corpusTexts().join(" ").toLowerCase().split(/[^a-z0-9'£$€]+/))].filter(Boolean);
    const token = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(" ", " ", " ", ", ", ". ", "\n", "-", "'", "  ", "!", "?", "£", "$", "(", ")"),
      fc.integer({ min: 0, max: 99999 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (parts) => {
        const folded = foldText(parts.join(" "));
        expect(fast(folded)).toEqual(naive(folded));
      }),
      { numRuns: 300 },
    );
  });

  it("splits every rule into alternatives that compile", () => {
    for (const rule of ALL_RULES) {
      for (const alt of expandAlternatives(rule.src)) expect(() => new RegExp(expandPattern(alt))).not.toThrow();
    }
  });
});
