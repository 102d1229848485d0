import { matchAllRules } from "./rules/all-rules";
import { textKeys, type TextKeys } from "./text-keys";
import { isNegatedAsk } from "./negation";
import { TACTICS, type Tactic } from "./labels";
import type { LinkMatch } from "./extract/links";
import type { Evidence } from "./types";

/** A gift card offered as a prize is the lure, not the payment method asked for. */
const PRIZE_BEFORE = /\b(?:won|win|winner|prize|reward|free|claim|survey|congratulations)\b[^.!?\n]{0,30}$/;
/** Link phrases that point at a genuine site ("a tracking link to ups.com"). */
const GENUINE_LINK_REACH = 15;

export type TacticOutcome = { tactics: Tactic[]; evidence: Evidence[] };

export function classifyTactics(folded: string, links: readonly LinkMatch[], keys: TextKeys = textKeys(folded)): TacticOutcome {
  const found = new Set<Tactic>();
  const evidence: Evidence[] = [];
  const genuineLinks = links.filter((l) => l.genuine);

  for (const { rule, hits } of matchAllRules(keys)) {
    if (rule.family !== "tactic") continue;
    for (const hit of hits) {
      if (isNegatedAsk(folded, hit.start, hit.end)) continue;
      if (rule.label === "gift-cards" && PRIZE_BEFORE.test(folded.slice(Math.max(0, hit.start - 40), hit.start))) continue;
      if (rule.label === "phishing-link" && genuineLinks.some((l) => l.start >= hit.end && l.start - hit.end <= GENUINE_LINK_REACH && !/[.!?\n]/.test(folded.slice(hit.end, l.start)))) continue;
      found.add(rule.label);
      evidence.push({ tag: `tactic:${rule.label}`, start: hit.start, end: hit.end, rule: rule.id });
    }
  }

  // A link the scammer sent: any URL or domain that is neither the brand's own
  // site nor one the victim says they visited themselves. E-mail sender
  // domains are entities, not links.
  for (const link of links) {
    if (link.kind === "email" || link.genuine || link.selfCheck) continue;
    if (isNegatedAsk(folded, link.start, link.end)) continue;
    found.add("phishing-link");
    evidence.push({ tag: "tactic:phishing-link", start: link.start, end: link.end, rule: `phishing-link.${link.kind}` });
  }

  return { tactics: TACTICS.filter((t) => found.has(t)), evidence };
}
