import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCorpus } from "./corpus-format";
import { evaluate, type EvalSample } from "./evaluate";
import { CHANNELS, SCRIPTS, TACTICS } from "./labels";

const dir = new URL("./corpus/", import.meta.url);
const load = (prefix: string): { samples: EvalSample[]; problems: string[] } => {
  const parts = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".jsonl"))
    .map((f) => parseCorpus(readFileSync(new URL(f, dir), "utf8"), f));
  return { samples: parts.flatMap((p) => p.samples), problems: parts.flatMap((p) => p.problems) };
};

describe("labelled corpus", () => {
  const dev = load("dev-");
  const holdout = load("holdout-");
  const all = [...dev.samples, ...holdout.samples];

  it("parses cleanly, with unique ids", () => {
    expect([...dev.problems, ...holdout.problems]).toEqual([]);
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has at least 200 reports covering every label", () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    for (const s of SCRIPTS) expect(all.some((x) => x.expected.script === s), s).toBe(true);
    for (const t of TACTICS) expect(all.filter((x) => x.expected.tactics.includes(t)).length, t).toBeGreaterThanOrEqual(5);
    for (const c of CHANNELS) expect(all.some((x) => x.expected.channel === c), c).toBe(true);
  });

  // A regression floor on the part the rules were tuned on: it catches a rule
  // change that breaks what used to work. It says nothing about new text; the
  // held-out figure from `npm run tagging:eval` does.
  it("keeps the tuned-on corpus above the regression floor", () => {
    const result = evaluate(dev.samples);
    expect(result.scripts.macroF1).toBeGreaterThanOrEqual(0.95);
    expect(result.tactics.microF1).toBeGreaterThanOrEqual(0.95);
  });
});
