import { isChannel, isScript, isTactic } from "./labels";
import type { EvalSample } from "./evaluate";

/**
 * The labelled corpus is JSON Lines, one report per line:
 *   {"id","text","script","tactics":[...],"channel"?,"inputChannel"?,"note"?}
 * `channel` is the expected channel; `inputChannel` simulates a channel the
 * reporter picked on the form. Parsing is pure so scripts and tests share it.
 */
export type CorpusParse = { samples: EvalSample[]; problems: string[] };

export function parseCorpus(jsonl: string, source = "corpus"): CorpusParse {
  const samples: EvalSample[] = [];
  const problems: string[] = [];
  jsonl.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${source}:${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      problems.push(`${where}: not JSON`);
      return;
    }
    if (typeof row !== "object" || row === null) {
      problems.push(`${where}: not an object`);
      return;
    }
    const r = row as Record<string, unknown>;
    const tactics = Array.isArray(r.tactics) ? r.tactics : null;
    if (typeof r.text !== "string" || !isScript(r.script) || !tactics || !tactics.every(isTactic)) {
      problems.push(`${where}: needs text, a known script and known tactics`);
      return;
    }
    if (r.channel !== undefined && !isChannel(r.channel)) problems.push(`${where}: unknown channel ${String(r.channel)}`);
    if (r.inputChannel !== undefined && !isChannel(r.inputChannel)) problems.push(`${where}: unknown inputChannel`);
    samples.push({
      ...(typeof r.id === "string" ? { id: r.id } : {}),
      text: r.text,
      ...(isChannel(r.inputChannel) ? { channel: r.inputChannel } : {}),
      expected: { script: r.script, tactics: tactics.filter(isTactic), ...(isChannel(r.channel) ? { channel: r.channel } : {}) },
    });
  });
  return { samples, problems };
}
