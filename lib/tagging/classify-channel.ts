import { matchAllRules } from "./rules/all-rules";
import { textKeys, type TextKeys } from "./text-keys";
import type { Channel } from "./labels";
import type { Evidence } from "./types";

/**
 * The channel of first contact. A structured value from the form wins; the
 * text only fills in when the form said nothing ("unknown" or absent).
 *
 * From the text: a robocall that hands over to a person is still an
 * automated call, and a voicemail the victim returned is still a voicemail, so
 * those beat plain phone-call cues. Otherwise the earliest cue wins: reports
 * usually open with how they were contacted ("got a text ... then they rang").
 */
export type ChannelOutcome = { channel: Channel; evidence: Evidence[] };

export function classifyChannel(folded: string, formChannel?: Channel, keys: TextKeys = textKeys(folded)): ChannelOutcome {
  if (formChannel !== undefined && formChannel !== "unknown") {
    return { channel: formChannel, evidence: [{ tag: `channel:${formChannel}`, start: 0, end: 0, rule: "form.channel" }] };
  }
  const first = new Map<Channel, number>();
  const evidence = new Map<Channel, Evidence[]>();
  for (const { rule, hits } of matchAllRules(keys)) {
    if (rule.family !== "channel") continue;
    for (const hit of hits.slice(0, 3)) {
      if (hit.start < (first.get(rule.label) ?? Infinity)) first.set(rule.label, hit.start);
      const list = evidence.get(rule.label) ?? [];
      list.push({ tag: `channel:${rule.label}`, start: hit.start, end: hit.end, rule: rule.id });
      evidence.set(rule.label, list);
    }
  }
  if (first.has("phone-call") && (first.has("automated-call") || first.has("voicemail"))) first.delete("phone-call");
  let channel: Channel = "unknown";
  let best = Infinity;
  for (const [label, pos] of first) {
    if (pos < best) {
      best = pos;
      channel = label;
    }
  }
  return { channel, evidence: evidence.get(channel) ?? [] };
}
