// The per-row error report an import ends with: one line per problem, naming the row as a
// spreadsheet numbers it, the column by its header, and what to do. It is a download that
// opens in a spreadsheet, so cells that a spreadsheet would run as a formula are defused.
import { stringify } from "csv-stringify/sync";

export interface ImportIssue {
  /** The header is row 1, as in a spreadsheet; 0 for a problem with the whole file. */
  row: number;
  /** The file's header, or "" when the whole row or file is concerned. */
  column: string;
  reason: string;
  /** skipped: the row was not imported. imported: it landed, with the change described. */
  outcome: "skipped" | "imported";
  externalId?: string | null;
}

export const ERROR_REPORT_HEADER = ["row", "external_id", "column", "outcome", "reason"] as const;

// Cells starting like a formula (OWASP's list) get a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;
export function defuseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function errorReportRecord(issue: ImportIssue): string[] {
  return [String(issue.row), issue.externalId ?? "", issue.column, issue.outcome, issue.reason].map(defuseCell);
}

/** The whole report as CSV text, for a download of a report kept in the database. */
export function errorReportCsv(issues: readonly ImportIssue[]): string {
  return stringify([[...ERROR_REPORT_HEADER], ...issues.map(errorReportRecord)]);
}

/** "Row 12, column Force: ..." for a console or a page. */
export function describeIssue(issue: ImportIssue): string {
  const where = issue.row > 0 ? `row ${issue.row}` : "the file";
  return `${where}${issue.column ? `, column "${issue.column}"` : ""}: ${issue.reason}${issue.outcome === "imported" ? " (row imported)" : ""}`;
}
