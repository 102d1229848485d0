import { describe, expect, it } from "vitest";
import { evaluate, type EvalSample, type Prediction } from "./evaluate";
import { formatEvaluation } from "./format-evaluation";

const sample = (id: string, script: EvalSample["expected"]["script"], tactics: EvalSample["expected"]["tactics"]): EvalSample => ({ id, text: id, expected: { script, tactics } });

describe("evaluate", () => {
  // Four samples with hand-computed scores.
  const samples = [sample("a", "renewal", ["press-1"]), sample("b", "renewal", []), sample("c", "delivery", ["phishing-link"]), sample("d", "unknown", [])];
  const predictions: Record<string, Prediction> = {
    a: { script: "renewal", tactics: ["press-1", "threat"] },
    b: { script: "delivery", tactics: [] },
    c: { script: "delivery", tactics: [] },
    d: { script: "unknown", tactics: [] },
  };
  const result = evaluate(samples, (s) => predictions[s.id ?? ""] ?? { script: "unknown", tactics: [] });

  it("computes per-script precision, recall and F1 and macro-F1 over used labels", () => {
    const renewal = result.scripts.perLabel.find((s) => s.label === "renewal");
    const delivery = result.scripts.perLabel.find((s) => s.label === "delivery");
    expect(renewal).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(renewal?.f1).toBeCloseTo(2 / 3);
    expect(delivery).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    // renewal 2/3, delivery 2/3, unknown 1 -> mean over the three labels in play.
    expect(result.scripts.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1) / 3);
    expect(result.scripts.accuracy).toBe(0.75);
  });

  it("builds the confusion matrix with expected rows and predicted columns", () => {
    const row = result.scripts.labels.indexOf("renewal");
    const col = result.scripts.labels.indexOf("delivery");
    expect(result.scripts.confusion[row]?.[col]).toBe(1);
    expect(result.scripts.confusion[row]?.[row]).toBe(1);
  });

  it("pools tactic decisions for micro-F1", () => {
    // tp: press-1; fp: threat; fn: phishing-link.
    expect(result.tactics.microPrecision).toBe(0.5);
    expect(result.tactics.microRecall).toBe(0.5);
    expect(result.tactics.microF1).toBe(0.5);
    expect(result.tactics.exactMatch).toBe(0.5);
    expect(result.errors.map((e) => e.id)).toEqual(["a", "b", "c"]);
  });

  it("formats a readable report", () => {
    const text = formatEvaluation(result, "Test");
    expect(text).toContain("Test: 4 samples");
    expect(text).toContain("macro-F1 0.778");
    expect(text).toContain("micro-F1 0.500");
    expect(text).toContain("refund-overpayment");
  });
});
