import { brands } from "../rules/brand-rules";
import { matchAllRules } from "../rules/all-rules";
import { findAll } from "../rule-dsl";
import { textKeys, type TextKeys } from "../text-keys";
import { foldText } from "../fold-text";
import type { Evidence } from "../types";

export type BrandMatches = { names: string[]; evidence: Evidence[] };

/** Impersonated organisations named in the text, in order of first mention. */
export function extractBrands(text: string, folded: string, keys: TextKeys = textKeys(folded)): BrandMatches {
  const first = new Map<string, number>();
  const evidence: Evidence[] = [];
  for (const { rule, hits } of matchAllRules(keys)) {
    if (rule.family !== "brand") continue;
    for (const hit of hits) {
      const ch = text.charAt(hit.start);
      if (rule.capital && ch === ch.toLowerCase()) continue;
      if (!first.has(rule.label)) first.set(rule.label, hit.start);
      evidence.push({ tag: `brand:${rule.label}`, start: hit.start, end: hit.end, rule: hit.rule });
    }
  }
  const names = [...first.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  return { names, evidence };
}

/** A brand typed into the form, in canonical spelling when we know it ("amazon uk" -> "Amazon"). */
export function canonicalBrand(raw: string): string | null {
  const trimmed = raw.trim().slice(0, 200);
  if (trimmed === "") return null;
  const folded = foldText(trimmed);
  for (const brand of brands) {
    if (findAll(brand.re, folded, brand.name, 1).length > 0) return brand.name;
  }
  return trimmed;
}
