/**
 * npm run tagging:eval [-- --errors] [-- --split dev|holdout|all] [-- --from-db]
 *
 * Evaluates the tagger on the labelled corpus in lib/tagging/corpus:
 * dev-*.jsonl is the part the rules were tuned on, holdout-*.jsonl was written
 * after the rules were frozen and is reported separately so nobody mistakes
 * the tuned figure for the real one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCorpus } from "../lib/tagging/corpus-format";
import { evaluate, type EvalSample } from "../lib/tagging/evaluate";
import { formatEvaluation } from "../lib/tagging/format-evaluation";
import { TAGGER_VERSION } from "../lib/tagging/tag-report";

const CORPUS_DIR = fileURLToPath(new URL("../lib/tagging/corpus/", import.meta.url));

function load(prefix: string): EvalSample[] {
  const files = readdirSync(CORPUS_DIR).filter((f) => f.startsWith(prefix) && f.endsWith(".jsonl")).sort();
  const samples: EvalSample[] = [];
  for (const file of files) {
    const { samples: s, problems } = parseCorpus(readFileSync(join(CORPUS_DIR, file), "utf8"), file);
    for (const p of problems) console.error(`corpus problem: ${p}`);
    samples.push(...s);
  }
  return samples;
}

function main(): number {
  const args = process.argv.slice(2);
  const split = args.includes("--split") ? args[args.indexOf("--split") + 1] : "all";
  const showErrors = args.includes("--errors");
  const parts: [string, EvalSample[]][] = [];
  const dev = load("dev-");
  const holdout = load("holdout-");
  if (split === "dev" || split === "all") parts.push(["Tuning set (dev-*.jsonl)", dev]);
  if ((split === "holdout" || split === "all") && holdout.length > 0) parts.push(["Held-out set (holdout-*.jsonl)", holdout]);
  if (split === "all" && holdout.length > 0) parts.push(["Whole corpus", [...dev, ...holdout]]);

  console.log(`Tagger ${TAGGER_VERSION}\n`);
  for (const [title, samples] of parts) {
    const result = evaluate(samples);
    console.log(formatEvaluation(result, title));
    if (showErrors) {
      console.log(`\n  Errors (${result.errors.length}):`);
      for (const e of result.errors) {
        const exp = `${e.expected.script} [${e.expected.tactics.join(",")}] ${e.expected.channel ?? ""}`;
        const got = `${e.predicted.script} [${e.predicted.tactics.join(",")}] ${e.predicted.channel ?? ""}`;
        console.log(`  - ${e.id ?? "?"}: expected ${exp} | got ${got}\n      ${e.text.slice(0, 220)}`);
      }
    }
    console.log("\n" + "=".repeat(78) + "\n");
  }
  return 0;
}

/** Analyst corrections in the database: the second, real-world measure of accuracy. */
async function fromDb(): Promise<void> {
  const { runCommand } = await import("./lib/run-command");
  const { correctedSamples } = await import("@/lib/server/tagging/corrected-samples");
  await runCommand("tagging:eval --from-db", async (db) => {
    const samples = await correctedSamples(db.prisma);
    console.log(`Tagger ${TAGGER_VERSION} against ${samples.length} report(s) an analyst corrected (${db.location})\n`);
    if (samples.length === 0) {
      console.log("No corrected reports yet: nothing to measure.");
      return;
    }
    console.log(formatEvaluation(evaluate(samples), "Analyst-corrected reports"));
  });
}

if (process.argv.includes("--from-db")) await fromDb();
else process.exitCode = main();
