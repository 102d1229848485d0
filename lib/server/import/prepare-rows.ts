// The CPU-heavy middle of an import, for a chunk of CSV records at a time: validate, redact,
// tag and prepare each row. Pure (no database), so it runs in the importing thread or in a
// worker thread alike (see preparer-pool.ts), and its output is plain data.
import type { ImportIssue } from "../../import/error-report";
import { cleanLine } from "../../import/clean-text";
import type { ColumnMapping } from "../../import/map-columns";
import { toReportInput } from "../../import/to-report-input";
import { createRowValidator } from "../../import/validate-row";
import { redact } from "../../redaction/redact";
import { prepareReport, tagInputFor, type PreparedReport } from "../../reports/prepare-report";
import { tagReport } from "../../tagging/tag-report";
import type { CsvItem } from "./read-csv";

export interface PendingRow {
  row: number;
  externalId: string | null;
  /** Its reference is drawn when it is written (batch-writer.ts). */
  prepared: PreparedReport;
}

export interface PreparedChunk {
  rows: PendingRow[];
  /** In file order. */
  issues: ImportIssue[];
  /** Rows read in the chunk, and rows of it rejected. */
  read: number;
  failed: number;
}

export function createRowPreparer(mapping: ColumnMapping, now: Date): (items: readonly CsvItem[]) => PreparedChunk {
  const validate = createRowValidator(mapping, { now });
  const externalIdColumn = mapping.columns.find((c) => c.field === "externalId")?.index;

  /** A rejected row's id as typed, to find it in the file; redacted like every reported value. */
  const externalIdOf = (values: readonly string[]) => {
    const v = externalIdColumn === undefined ? "" : cleanLine(values[externalIdColumn] ?? "");
    return v ? redact(v).text.slice(0, 200) : null;
  };

  return (items) => {
    const out: PreparedChunk = { rows: [], issues: [], read: items.length, failed: 0 };
    for (const item of items) {
      if (item.kind === "problem") {
        out.failed++;
        out.issues.push({ row: item.row, column: "", outcome: "skipped", reason: item.reason });
        continue;
      }
      const checked = validate(item.values, item.row);
      if (!checked.ok) {
        out.failed++;
        const externalId = externalIdOf(item.values);
        for (const e of checked.errors) out.issues.push({ ...e, outcome: "skipped", externalId });
        continue;
      }
      const { input, notes } = toReportInput(checked.row);
      const externalId = input.externalId ?? null;
      for (const n of notes) out.issues.push({ row: item.row, column: n.field, outcome: "imported", reason: n.reason, externalId });
      out.rows.push({ row: item.row, externalId, prepared: prepareReport(input, tagReport(tagInputFor(input)), "") });
    }
    return out;
  };
}
