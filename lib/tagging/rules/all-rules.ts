import { commerceScriptRules } from "./script-rules-commerce";
import { otherScriptRules } from "./script-rules-other";
import { tacticRules } from "./tactic-rules";
import { channelRules } from "./channel-rules";
import { brands } from "./brand-rules";
import { instrumentRules, type InstrumentRule } from "./instrument-rules";
import { RuleSet, type RuleHits } from "../rule-engine";
import type { TextKeys } from "../text-keys";
import type { Channel, Script, Tactic } from "../labels";
import type { Rule } from "./rule";

/**
 * Every rule family in one matcher, so a report's words are walked once.
 * Classifiers take their family's hits from `matchAllRules` (memoised per
 * report, so calling it from several classifiers costs one match).
 */
export type TaggedRule =
  | (Rule<Exclude<Script, "unknown">> & { family: "script" })
  | (Rule<Tactic> & { family: "tactic" })
  | (Rule<Channel> & { family: "channel" })
  | { family: "brand"; id: string; label: string; weight: number; re: RegExp; src: string; capital: boolean }
  | InstrumentRule;

const ALL: TaggedRule[] = [
  ...[...commerceScriptRules, ...otherScriptRules].map((r) => ({ ...(r as Rule<Exclude<Script, "unknown">>), family: "script" as const })),
  ...tacticRules.map((r) => ({ ...r, family: "tactic" as const })),
  ...channelRules.map((r) => ({ ...r, family: "channel" as const })),
  ...brands.map((b) => ({ family: "brand" as const, id: `brand.${b.name}`, label: b.name, weight: 1, re: b.re, src: b.src, capital: b.capital })),
  ...instrumentRules,
];

/** Every rule, for tests and tools that want to inspect them. */
export const ALL_RULES: readonly TaggedRule[] = ALL;

const ENGINE = new RuleSet(ALL, (r) => r.src);
const MAX_HITS_PER_RULE = 4;
const memo = new WeakMap<TextKeys, RuleHits<TaggedRule>[]>();

export function matchAllRules(keys: TextKeys): RuleHits<TaggedRule>[] {
  let hits = memo.get(keys);
  if (!hits) {
    hits = ENGINE.match(keys, MAX_HITS_PER_RULE);
    memo.set(keys, hits);
  }
  return hits;
}
