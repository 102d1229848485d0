import { matchAllRules } from "../rules/all-rules";
import { textKeys, type TextKeys } from "../text-keys";

/**
 * Gift-card brands and remote-access tools named in the text, in canonical
 * spelling, so analysts can count "Google Play" and "google play cards"
 * together. The patterns live in rules/instrument-rules.ts and run in the
 * shared single pass over the report.
 */
export type NamedSpan = { name: string; start: number; end: number };

function named(keys: TextKeys, family: "gift" | "tool"): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const { rule, hits } of matchAllRules(keys)) {
    if (rule.family !== family) continue;
    for (const h of hits) out.push({ name: rule.label, start: h.start, end: h.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findGiftCards(folded: string, keys: TextKeys = textKeys(folded)): NamedSpan[] {
  return named(keys, "gift");
}

export function findRemoteTools(folded: string, keys: TextKeys = textKeys(folded)): NamedSpan[] {
  return named(keys, "tool");
}
