/**
 * npm run bench:tagging
 *
 * 1. Speed: single core, 500-character narratives built from the corpus,
 *    reports/s and per-report p50/p99 latency for the rule tagger.
 * 2. Baseline: natural's naive Bayes classifier on the same narratives (speed),
 *    and both models' script macro-F1 measured fairly: the baseline is trained
 *    on the tuning split and scored on the held-out split (where the rules
 *    were not tuned either), plus 5-fold cross-validation over the corpus.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCorpus } from "../lib/tagging/corpus-format";
import { evaluate, type EvalSample } from "../lib/tagging/evaluate";
import { isScript, type Script } from "../lib/tagging/labels";
import { tagReport } from "../lib/tagging/tag-report";

const CORPUS_DIR = fileURLToPath(new URL("../lib/tagging/corpus/", import.meta.url));
const NARRATIVE_LENGTH = 500;
const NARRATIVES = 2_000;
const MIN_SECONDS = 3;

function load(prefix: string): EvalSample[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => parseCorpus(readFileSync(join(CORPUS_DIR, f), "utf8"), f).samples);
}

/** Deterministic PRNG so every run benchmarks the same narratives. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Corpus reports joined until 500 characters, cut at a word boundary: a long,
 * mixed narrative. Every digit is re-drawn at random so phone numbers and
 * amounts differ between narratives: the phone parser's memo of recent
 * numbers must not make the benchmark look faster than real traffic.
 */
function narratives(samples: EvalSample[]): string[] {
  const rand = mulberry32(42);
  const out: string[] = [];
  while (out.length < NARRATIVES) {
    let text = "";
    while (text.length < NARRATIVE_LENGTH) text += `${samples[Math.floor(rand() * samples.length)]?.text ?? ""} `;
    const cut = text.lastIndexOf(" ", NARRATIVE_LENGTH);
    text = text.slice(0, cut > NARRATIVE_LENGTH - 40 ? cut : NARRATIVE_LENGTH);
    out.push(text.replace(/\d/g, () => String(Math.floor(rand() * 10))));
  }
  return out;
}

type Speed = { perSecond: number; p50: number; p99: number; calls: number };

/**
 * Throughput is timed over whole batches (no per-call clock reads inside);
 * latency percentiles come from a separate pass that times every call.
 */
function measure(inputs: string[], fn: (text: string) => unknown): Speed {
  for (let i = 0; i < 3 * inputs.length; i++) fn(inputs[i % inputs.length] ?? ""); // warm-up (JIT, regex tier-up)
  let calls = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < MIN_SECONDS * 1000) {
    for (const text of inputs) fn(text);
    calls += inputs.length;
  }
  const perSecond = calls / ((performance.now() - t0) / 1000);
  const latencies: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const text of inputs) {
      const a = performance.now();
      fn(text);
      latencies.push(performance.now() - a);
    }
  }
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { perSecond, p50: q(0.5), p99: q(0.99), calls };
}

// natural pulls in dotenv, which prints a banner unless told to be quiet.
process.env.DOTENV_CONFIG_QUIET = "true";
const natural = (await import("natural")).default;
type Bayes = InstanceType<typeof natural.BayesClassifier>;

function trainBayes(samples: EvalSample[]): Bayes {
  const nb = new natural.BayesClassifier();
  for (const s of samples) nb.addDocument(s.text, s.expected.script);
  nb.train();
  return nb;
}

function bayesPredict(nb: Bayes) {
  return (s: EvalSample) => {
    const label = nb.classify(s.text);
    return { script: (isScript(label) ? label : "unknown") as Script, tactics: [] };
  };
}

function crossValidate(samples: EvalSample[], folds: number): { bayes: number; rules: number } {
  const rand = mulberry32(7);
  const shuffled = [...samples].sort(() => rand() - 0.5);
  const bayesPreds: EvalSample[] = [];
  const predicted = new Map<EvalSample, Script>();
  for (let f = 0; f < folds; f++) {
    const test = shuffled.filter((_, i) => i % folds === f);
    const nb = trainBayes(shuffled.filter((_, i) => i % folds !== f));
    for (const s of test) predicted.set(s, bayesPredict(nb)(s).script);
    bayesPreds.push(...test);
  }
  const bayes = evaluate(bayesPreds, (s) => ({ script: predicted.get(s) ?? "unknown", tactics: [] })).scripts.macroF1;
  const rules = evaluate(bayesPreds).scripts.macroF1;
  return { bayes, rules };
}

const fmt = (n: number) => n.toFixed(3);

function main(): void {
  const dev = load("dev-");
  const holdout = load("holdout-");
  const all = [...dev, ...holdout];
  const inputs = narratives(all);
  const meanLength = inputs.reduce((a, t) => a + t.length, 0) / inputs.length;
  console.log(`Narratives: ${inputs.length}, mean length ${meanLength.toFixed(0)} chars, single thread, Node ${process.version}\n`);

  const rules = measure(inputs, (text) => tagReport({ text }));
  const nb = trainBayes(dev.length > 0 ? dev : all);
  const bayes = measure(inputs, (text) => nb.classify(text));

  console.log("Speed");
  console.log(`  rule tagger     ${rules.perSecond.toFixed(0).padStart(8)} reports/s   p50 ${fmt(rules.p50)} ms   p99 ${fmt(rules.p99)} ms   (full result: script, tactics, channel, entities, evidence)`);
  console.log(`  naive Bayes     ${bayes.perSecond.toFixed(0).padStart(8)} reports/s   p50 ${fmt(bayes.p50)} ms   p99 ${fmt(bayes.p99)} ms   (script only, no tactics or entities)`);
  console.log(`  speed ratio     ${(rules.perSecond / bayes.perSecond).toFixed(2)}x (rule tagger / naive Bayes)`);
  console.log(`  target          >= 20000 reports/s and p99 < 1 ms: ${rules.perSecond >= 20_000 && rules.p99 < 1 ? "met" : "NOT met"}\n`);

  console.log("Script macro-F1");
  if (holdout.length > 0) {
    const rulesHoldout = evaluate(holdout).scripts.macroF1;
    const bayesHoldout = evaluate(holdout, bayesPredict(nb)).scripts.macroF1;
    console.log(`  held-out split (${holdout.length} reports; Bayes trained on ${dev.length} tuning reports)`);
    console.log(`    rule tagger ${fmt(rulesHoldout)}   naive Bayes ${fmt(bayesHoldout)}`);
  } else {
    console.log("  no held-out split found (lib/tagging/corpus/holdout-*.jsonl)");
  }
  const cv = crossValidate(all, 5);
  console.log(`  5-fold cross-validation over all ${all.length} reports (rules scored on the same reports; they were tuned on the dev part)`);
  console.log(`    rule tagger ${fmt(cv.rules)}   naive Bayes ${fmt(cv.bayes)}`);
}

main();
