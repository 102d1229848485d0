import { SCRIPTS, TACTICS, type Channel, type Script, type Tactic } from "./labels";
import { tagReport } from "./tag-report";

/**
 * Scores a predictor against labelled samples: per-label precision, recall and
 * F1, script macro-F1 and confusion matrix, tactic micro-F1 (every
 * sample x tactic decision pooled), and channel accuracy where labelled.
 * Pure: the caller loads the samples (corpus files, analyst corrections).
 */

export type EvalSample = {
  id?: string;
  text: string;
  /** Structured channel from the form, passed to the tagger like the app does. */
  channel?: Channel;
  expected: { script: Script; tactics: readonly Tactic[]; channel?: Channel };
};

export type Prediction = { script: Script; tactics: readonly Tactic[]; channel?: Channel };
export type Predict = (sample: EvalSample) => Prediction;

export type LabelStats = { label: string; tp: number; fp: number; fn: number; support: number; precision: number; recall: number; f1: number };

export type EvaluationResult = {
  count: number;
  scripts: { perLabel: LabelStats[]; macroF1: number; accuracy: number; labels: Script[]; confusion: number[][] };
  tactics: { perLabel: LabelStats[]; microPrecision: number; microRecall: number; microF1: number; macroF1: number; exactMatch: number };
  channel: { count: number; accuracy: number };
  errors: { id?: string; text: string; expected: EvalSample["expected"]; predicted: Prediction }[];
};

export const defaultPredict: Predict = (s) => tagReport({ text: s.text, ...(s.channel ? { channel: s.channel } : {}) });

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function stats(label: string, tp: number, fp: number, fn: number): LabelStats {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { label, tp, fp, fn, support: tp + fn, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** Mean F1 over labels that occur in the gold labels or the predictions. */
function macro(perLabel: LabelStats[]): number {
  const used = perLabel.filter((s) => s.support > 0 || s.fp > 0);
  return ratio(used.reduce((sum, s) => sum + s.f1, 0), used.length);
}

export function evaluate(samples: readonly EvalSample[], predict: Predict = defaultPredict): EvaluationResult {
  const labels = [...SCRIPTS];
  const index = new Map<Script, number>(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  const tactic = new Map<Tactic, { tp: number; fp: number; fn: number }>(TACTICS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let correct = 0;
  let exact = 0;
  let channelCount = 0;
  let channelCorrect = 0;
  const errors: EvaluationResult["errors"] = [];

  for (const sample of samples) {
    const predicted = predict(sample);
    const row = confusion[index.get(sample.expected.script) ?? 0];
    const col = index.get(predicted.script) ?? 0;
    if (row) row[col] = (row[col] ?? 0) + 1;
    if (predicted.script === sample.expected.script) correct++;

    const want = new Set(sample.expected.tactics);
    const got = new Set(predicted.tactics);
    for (const t of TACTICS) {
      const c = tactic.get(t);
      if (!c) continue;
      if (want.has(t) && got.has(t)) c.tp++;
      else if (got.has(t)) c.fp++;
      else if (want.has(t)) c.fn++;
    }
    const tacticsMatch = want.size === got.size && [...want].every((t) => got.has(t));
    if (tacticsMatch) exact++;

    let channelOk = true;
    if (sample.expected.channel !== undefined && predicted.channel !== undefined) {
      channelCount++;
      channelOk = predicted.channel === sample.expected.channel;
      if (channelOk) channelCorrect++;
    }
    if (predicted.script !== sample.expected.script || !tacticsMatch || !channelOk) {
      errors.push({ ...(sample.id ? { id: sample.id } : {}), text: sample.text, expected: sample.expected, predicted });
    }
  }

  const scriptStats = labels.map((l, i) => {
    const tp = confusion[i]?.[i] ?? 0;
    const fn = (confusion[i] ?? []).reduce((a, b) => a + b, 0) - tp;
    const fp = confusion.reduce((a, r) => a + (r[i] ?? 0), 0) - tp;
    return stats(l, tp, fp, fn);
  });
  const tacticStats = TACTICS.map((t) => {
    const c = tactic.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    return stats(t, c.tp, c.fp, c.fn);
  });
  const sum = (k: "tp" | "fp" | "fn") => tacticStats.reduce((a, s) => a + s[k], 0);
  const micro = stats("micro", sum("tp"), sum("fp"), sum("fn"));

  return {
    count: samples.length,
    scripts: { perLabel: scriptStats, macroF1: macro(scriptStats), accuracy: ratio(correct, samples.length), labels, confusion },
    tactics: { perLabel: tacticStats, microPrecision: micro.precision, microRecall: micro.recall, microF1: micro.f1, macroF1: macro(tacticStats), exactMatch: ratio(exact, samples.length) },
    channel: { count: channelCount, accuracy: ratio(channelCorrect, channelCount) },
    errors,
  };
}
