import type { CountryCode } from "libphonenumber-js";
import { foldText } from "./fold-text";
import { textKeys } from "./text-keys";
import { classifyScript } from "./classify-script";
import { classifyTactics } from "./classify-tactics";
import { classifyChannel } from "./classify-channel";
import { extractAmounts } from "./extract/amounts";
import { extractPhones, phoneEvidence } from "./extract/phones";
import { extractLinks } from "./extract/links";
import { canonicalBrand, extractBrands } from "./extract/brands";
import { findGiftCards, findRemoteTools } from "./extract/instruments";
import { isChannel } from "./labels";
import type { Evidence, TagInput, TagOptions, TagResult } from "./types";

export type { TagInput, TagOptions, TagResult, Evidence } from "./types";

/**
 * Bump on any change to rules, weights or extraction: stored reports tagged
 * with an older version are re-tagged in bulk (analyst overrides are kept).
 */
export const TAGGER_VERSION = "tagger-1.0.0";

const MAX_EVIDENCE = 200;

function unique(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)];
}

function append(into: Evidence[], from: readonly Evidence[]): void {
  for (const e of from) into.push(e);
}

function byPosition(a: Evidence, b: Evidence): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Tags one report. Pure and synchronous: no I/O, no clock, no randomness, so
 * the same input and version always give the same result.
 */
export function tagReport(input: TagInput, options: TagOptions = {}): TagResult {
  const text = typeof input.text === "string" ? input.text : "";
  const region: CountryCode = options.defaultRegion ?? "GB";
  const folded = foldText(text);

  const keys = textKeys(folded);

  const links = extractLinks(text, folded);
  const script = classifyScript(folded, keys);
  const tactics = classifyTactics(folded, links, keys);
  const channel = classifyChannel(folded, isChannel(input.channel) ? input.channel : undefined, keys);
  const brandMatches = extractBrands(text, folded, keys);
  const amounts = extractAmounts(text, folded, region);
  const phones = extractPhones(text, folded, region);
  const giftCards = findGiftCards(folded, keys);
  const remoteTools = findRemoteTools(folded, keys);

  const formBrand = typeof input.brand === "string" ? canonicalBrand(input.brand) : null;
  const brands = formBrand ? unique([formBrand, ...brandMatches.names]) : brandMatches.names;

  // Plain pushes and no object spread: this runs for every report and spread is slow here.
  const evidence: Evidence[] = [];
  append(evidence, script.evidence);
  append(evidence, tactics.evidence);
  append(evidence, channel.evidence);
  if (formBrand) evidence.push({ tag: `brand:${formBrand}`, start: 0, end: 0, rule: "form.brand" });
  append(evidence, brandMatches.evidence);
  for (const a of amounts) evidence.push({ tag: "amount", start: a.start, end: a.end, rule: "amount.currency" });
  append(evidence, phoneEvidence(phones));
  for (const l of links) evidence.push({ tag: "domain", start: l.start, end: l.end, rule: `domain.${l.kind}` });
  for (const g of giftCards) evidence.push({ tag: `gift-card:${g.name}`, start: g.start, end: g.end, rule: "instrument.gift-card" });
  for (const t of remoteTools) evidence.push({ tag: `remote-tool:${t.name}`, start: t.start, end: t.end, rule: "instrument.remote-tool" });
  evidence.sort(byPosition);
  if (evidence.length > MAX_EVIDENCE) evidence.length = MAX_EVIDENCE;

  const urls: string[] = [];
  for (const l of links) if (l.kind !== "email") urls.push(l.url);
  const result: TagResult = {
    script: script.script,
    confidence: script.confidence,
    tactics: tactics.tactics,
    channel: channel.channel,
    brands,
    amounts,
    phones: unique(phones.map((p) => p.e164)),
    domains: unique(links.map((l) => l.domain)),
    urls: unique(urls),
    giftCards: unique(giftCards.map((g) => g.name)),
    remoteTools: unique(remoteTools.map((t) => t.name)),
    evidence,
    version: TAGGER_VERSION,
  };
  if (script.runnerUp) result.runnerUp = script.runnerUp;
  return result;
}
