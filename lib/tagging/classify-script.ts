import type { Hit } from "./rule-dsl";
import { matchAllRules } from "./rules/all-rules";
import { textKeys, type TextKeys } from "./text-keys";
import { REFUND_LURE_OTHER_RULES } from "./rules/script-rules-other";
import type { Script } from "./labels";
import type { Evidence } from "./types";

/**
 * Picks the one script that drives the story.
 *
 * 1. Each script scores the summed weight of its distinct cues (a cue repeated
 *    ten times in a long narrative counts once; overlapping cues of the same
 *    script count as one phrase).
 * 2. A refund, rebate or "send it back" inside another scam's lure (tax rebate,
 *    product recall, marketplace or job overpayment) is that scam: refund cues
 *    are discounted when such an "other" cue is present.
 * 3. The script whose strong cue comes first gets a small bonus: the opening
 *    hook breaks near-ties ("Norton renewed ... call to get a refund").
 * 4. Story precedence: once an overpayment / "send the difference back" appears,
 *    the refund-overpayment script is what the victim lost money to, whatever
 *    the opening hook was ("unauthorised iPhone order" -> refund -> overpayment).
 * 5. Below MIN_SCORE nothing is known: "unknown".
 */

type ScoredScript = Exclude<Script, "unknown">;
const SCORED: ScoredScript[] = ["renewal", "unauthorized-spend", "refund-overpayment", "account-security", "delivery", "other"];

const MIN_SCORE = 2;
const FIRST_CUE_BONUS = 1;
const STRONG_CUE = 2.5;
const LURE_DISCOUNT = 0.35;
const TEMPERATURE = 1.5;
const RUNNER_UP_MIN = 0.15;
const STORY_DRIVERS = new Set(["refund-overpayment.overpayment", "refund-overpayment.send-back"]);

export type ScriptOutcome = {
  script: Script;
  confidence: number;
  runnerUp?: { script: Script; confidence: number };
  scores: Record<Script, number>;
  evidence: Evidence[];
};

type Tagged = Hit & { label: ScoredScript; weight: number };

/** Scripts in tie-break order: on equal scores the earlier wins (unknown last). */
const RANKED: readonly Script[] = [...SCORED, "unknown"];
const RANK_ORDER = Object.fromEntries(RANKED.map((s, i) => [s, i])) as Record<Script, number>;

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function classifyScript(folded: string, keys: TextKeys = textKeys(folded)): ScriptOutcome {
  const hits: Tagged[] = [];
  for (const { rule, hits: found } of matchAllRules(keys)) {
    if (rule.family !== "script") continue;
    // Explicit fields, not object spread: spread is several times slower here and this is the hot path.
    for (let i = 0; i < found.length && i < 3; i++) {
      const hit = found[i];
      if (hit) hits.push({ rule: hit.rule, start: hit.start, end: hit.end, label: rule.label, weight: rule.weight });
    }
  }
  const scores: Record<Script, number> = { renewal: 0, "unauthorized-spend": 0, "refund-overpayment": 0, "account-security": 0, delivery: 0, other: 0, unknown: MIN_SCORE };
  const seen = new Set<string>();
  const firstStrong = new Map<ScoredScript, number>();
  const firstOfRule: Tagged[] = [];
  for (const h of hits) {
    if (!seen.has(h.rule)) {
      seen.add(h.rule);
      firstOfRule.push(h);
    }
    if (h.weight >= STRONG_CUE && h.start < (firstStrong.get(h.label) ?? Infinity)) firstStrong.set(h.label, h.start);
  }
  // Overlapping cues of one script are one phrase ("Amazon Prime membership"
  // is not three renewal cues): each cluster of overlapping spans adds its
  // strongest weight once.
  for (const label of SCORED) {
    const own = firstOfRule.filter((h) => h.label === label).sort((a, b) => a.start - b.start);
    let clusterEnd = -1;
    let clusterMax = 0;
    for (const h of own) {
      if (h.start < clusterEnd) {
        clusterMax = Math.max(clusterMax, h.weight);
        clusterEnd = Math.max(clusterEnd, h.end);
      } else {
        scores[label] += clusterMax;
        clusterMax = h.weight;
        clusterEnd = h.end;
      }
    }
    scores[label] += clusterMax;
  }

  const lure = [...seen].some((id) => REFUND_LURE_OTHER_RULES.has(id));
  if (lure) scores["refund-overpayment"] *= LURE_DISCOUNT;
  let opener: ScoredScript | undefined;
  for (const [label, pos] of firstStrong) if (opener === undefined || pos < (firstStrong.get(opener) ?? Infinity)) opener = label;
  if (opener !== undefined) scores[opener] += FIRST_CUE_BONUS;

  const storyDriven = !lure && [...seen].some((id) => STORY_DRIVERS.has(id));
  if (storyDriven) {
    const bestOther = Math.max(...SCORED.filter((s) => s !== "refund-overpayment").map((s) => scores[s]));
    scores["refund-overpayment"] = Math.max(scores["refund-overpayment"], bestOther + 1);
  }
  // Rank without closures (this runs for every report).
  let script: Script = "unknown";
  let second: Script | undefined;
  let z = 0;
  for (const s of RANKED) {
    z += Math.exp(scores[s] / TEMPERATURE);
    if (scores[s] > scores[script] || (scores[s] === scores[script] && s !== script && RANK_ORDER[s] < RANK_ORDER[script])) {
      second = script;
      script = s;
    } else if (s !== script && (second === undefined || scores[s] > scores[second])) second = s;
  }
  const confidence = round3(Math.exp(scores[script] / TEMPERATURE) / z);
  const secondP = second === undefined ? 0 : Math.exp(scores[second] / TEMPERATURE) / z;
  const runnerUp = second !== undefined && secondP >= RUNNER_UP_MIN ? { script: second, confidence: round3(secondP) } : undefined;

  const evidence: Evidence[] = [];
  for (const h of hits) {
    if (h.label === script || h.label === runnerUp?.script) evidence.push({ tag: `script:${h.label}`, start: h.start, end: h.end, rule: h.rule });
  }
  return { script, confidence, runnerUp, scores, evidence };
}
