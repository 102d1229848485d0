import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { defuseCell, describeIssue, errorReportCsv, type ImportIssue } from "./error-report";

const issues: ImportIssue[] = [
  { row: 4, column: "Force", reason: '"Atlantis" is not a police force area we know', outcome: "skipped", externalId: "AF-3" },
  { row: 9, column: "", reason: "has 13 cells, but the header has 12", outcome: "skipped" },
  { row: 12, column: "identifiers", reason: "1 entry looked like card or bank details and was left out", outcome: "imported", externalId: "=HYPERLINK(\"x\")" },
  { row: 0, column: "", reason: "No column gives what happened (narrative).", outcome: "skipped" },
];

describe("error report", () => {
  it("is a CSV with row, external id, column, outcome and reason", () => {
    const rows = parse(errorReportCsv(issues)) as string[][];
    expect(rows[0]).toEqual(["row", "external_id", "column", "outcome", "reason"]);
    expect(rows[1]).toEqual(["4", "AF-3", "Force", "skipped", '"Atlantis" is not a police force area we know']);
    expect(rows[2]).toEqual(["9", "", "", "skipped", "has 13 cells, but the header has 12"]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const rows = parse(errorReportCsv(issues)) as string[][];
    expect(rows[3]![1]).toBe("'=HYPERLINK(\"x\")");
    expect(["=1", "+1", "-1", "@x", "\tx", "\rx", "ok"].map(defuseCell)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\tx", "'\rx", "ok"]);
  });

  it.each([
    [issues[0]!, 'row 4, column "Force": "Atlantis" is not a police force area we know'],
    [issues[2]!, 'row 12, column "identifiers": 1 entry looked like card or bank details and was left out (row imported)'],
    [issues[3]!, "the file: No column gives what happened (narrative)."],
  ])("describes %j", (issue, text) => expect(describeIssue(issue)).toBe(text));
});
