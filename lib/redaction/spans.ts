import { REDACTION_PLACEHOLDERS, type RedactionKind } from "./kinds";

/** A stretch of text to replace. `counts` is false for the second half of a pair. */
export interface Span {
  start: number;
  end: number;
  kind: RedactionKind;
  counts: boolean;
}

/**
 * Replace spans with their placeholders. Spans from one stage never overlap,
 * but sorting and skipping overlaps keeps this safe if a stage gets it wrong.
 */
export function applySpans(text: string, spans: Span[], tally: Map<RedactionKind, number>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let cursor = 0;
  for (const span of sorted) {
    if (span.start < cursor) continue;
    parts.push(text.slice(cursor, span.start), REDACTION_PLACEHOLDERS[span.kind]);
    cursor = span.end;
    if (span.counts) tally.set(span.kind, (tally.get(span.kind) ?? 0) + 1);
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}
