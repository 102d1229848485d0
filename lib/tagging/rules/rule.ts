import { expandPattern, rx } from "../rule-dsl";

/**
 * One cue: when `re` matches, `label` gains `weight` and the span becomes
 * evidence under `id`. `before` / `notBefore` are checked on the text just
 * before a match (same sentence, up to CONTEXT_WINDOW characters): a cue like
 * "password" only counts after an ask ("asked me for my password"). Checking
 * that context in a short window is far cheaper than a lookbehind with word
 * gaps inside the pattern itself.
 */
export type Rule<L extends string> = { id: string; label: L; weight: number; re: RegExp; src: string; before?: RegExp; notBefore?: RegExp };

export type RuleContext = { before?: string; notBefore?: string };

/** Shorthand used by the rule tables: [id, weight, pattern, context?]. */
export type RuleRow = readonly [id: string, weight: number, pattern: string, context?: RuleContext];

export const CONTEXT_WINDOW = 60;

/** A DSL pattern that must end exactly where the cue starts. */
function endingAtCue(src: string): RegExp {
  return new RegExp(`(?:${expandPattern(src)})[^a-z0-9'.!?\\n]{0,3}$`);
}

export function compileRules<L extends string>(label: L, rows: readonly RuleRow[]): Rule<L>[] {
  return rows.map(([id, weight, pattern, context]) => ({
    id: `${label}.${id}`,
    label,
    weight,
    re: rx(pattern),
    src: pattern,
    ...(context?.before ? { before: endingAtCue(context.before) } : {}),
    ...(context?.notBefore ? { notBefore: endingAtCue(context.notBefore) } : {}),
  }));
}

/** Whether a hit at `start` satisfies the rule's context conditions. */
export function contextAllows(rule: { id: string; before?: RegExp; notBefore?: RegExp }, folded: string, start: number): boolean {
  if (!rule.before && !rule.notBefore) return true;
  let window = folded.slice(Math.max(0, start - CONTEXT_WINDOW), start);
  // Same sentence only; a dot inside "0.5" or "amazon.co.uk" does not end one.
  const end = /[.!?](?=\s|$)|\n/g;
  let cut = -1;
  for (let m = end.exec(window); m !== null; m = end.exec(window)) cut = m.index;
  if (cut >= 0) window = window.slice(cut + 1);
  if (rule.before && !rule.before.test(window)) return false;
  if (rule.notBefore && rule.notBefore.test(window)) return false;
  return true;
}
