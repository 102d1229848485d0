import type { CountryCode } from "libphonenumber-js";
import { isChannel } from "./labels";
import { tagReport } from "./tag-report";

/**
 * One line of the `npm run tag` JSON Lines protocol, without I/O.
 *
 * In:  {"id": ..., "text": "...", "channel"?: "<channel>"}
 * Out: {"id","script","confidence","tactics","channel","brands","amounts","phones","domains","evidence","version"}
 *  or  {"id": null, "error": "..."} for a line that is not a JSON object.
 * A JSON object with unusable fields (no text, unknown channel) keeps its id
 * so the caller can tell which record failed: {"id": <id>, "error": "..."}.
 */
export type TagLineResult = Record<string, unknown>;

export function tagJsonLine(line: string, defaultRegion: CountryCode = "GB"): TagLineResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { id: null, error: "expected a JSON object" };
  }
  const record = parsed as Record<string, unknown>;
  const id = record.id === undefined ? null : record.id;
  if (typeof record.text !== "string") return { id, error: 'missing or non-string "text"' };
  if (record.channel !== undefined && record.channel !== null && !isChannel(record.channel)) {
    return { id, error: `unknown channel ${JSON.stringify(record.channel)}` };
  }
  const result = tagReport(isChannel(record.channel) ? { text: record.text, channel: record.channel } : { text: record.text }, { defaultRegion });
  return {
    id,
    script: result.script,
    confidence: result.confidence,
    tactics: result.tactics,
    channel: result.channel,
    brands: result.brands,
    amounts: result.amounts,
    phones: result.phones,
    domains: result.domains,
    evidence: result.evidence,
    version: result.version,
  };
}
