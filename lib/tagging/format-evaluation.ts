import type { EvaluationResult, LabelStats } from "./evaluate";

/** Plain-text report of an evaluation, for terminals and CI logs. */

const pct = (n: number) => n.toFixed(3);
const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

function table(rows: LabelStats[]): string[] {
  const lines = [`  ${pad("label", 20)} ${lpad("prec", 6)} ${lpad("recall", 6)} ${lpad("f1", 6)} ${lpad("support", 7)} ${lpad("tp", 4)} ${lpad("fp", 4)} ${lpad("fn", 4)}`];
  for (const s of rows) {
    lines.push(`  ${pad(s.label, 20)} ${lpad(pct(s.precision), 6)} ${lpad(pct(s.recall), 6)} ${lpad(pct(s.f1), 6)} ${lpad(String(s.support), 7)} ${lpad(String(s.tp), 4)} ${lpad(String(s.fp), 4)} ${lpad(String(s.fn), 4)}`);
  }
  return lines;
}

const SHORT: Record<string, string> = {
  renewal: "renew",
  "unauthorized-spend": "unauth",
  "refund-overpayment": "refund",
  "account-security": "acct",
  delivery: "deliv",
  other: "other",
  unknown: "unk",
};

export function formatEvaluation(result: EvaluationResult, title = "Evaluation"): string {
  const { scripts, tactics, channel } = result;
  const lines = [`${title}: ${result.count} samples`, "", "Scripts"];
  lines.push(...table(scripts.perLabel));
  lines.push(`  macro-F1 ${pct(scripts.macroF1)}   accuracy ${pct(scripts.accuracy)}`, "", "  Confusion (rows = expected, columns = predicted)");
  lines.push(`  ${pad("", 20)}${scripts.labels.map((l) => lpad(SHORT[l] ?? l, 7)).join("")}`);
  scripts.labels.forEach((l, i) => {
    lines.push(`  ${pad(l, 20)}${(scripts.confusion[i] ?? []).map((n) => lpad(String(n), 7)).join("")}`);
  });
  lines.push("", "Tactics");
  lines.push(...table(tactics.perLabel));
  lines.push(
    `  micro-F1 ${pct(tactics.microF1)} (P ${pct(tactics.microPrecision)}, R ${pct(tactics.microRecall)})   macro-F1 ${pct(tactics.macroF1)}   exact set match ${pct(tactics.exactMatch)}`,
  );
  if (channel.count > 0) lines.push("", `Channel accuracy ${pct(channel.accuracy)} over ${channel.count} labelled samples`);
  return lines.join("\n");
}
