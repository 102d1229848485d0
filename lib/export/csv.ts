// CSV for people who open it in a spreadsheet: cells that a spreadsheet would run as a
// formula (starting with = + - @, a tab or a carriage return) are neutralised with a
// leading apostrophe, the OWASP advice. Numbers stay numbers.
import { stringify } from "csv-stringify/sync";

export type CsvValue = string | number | boolean | null | undefined | Date;

export function neutraliseCell(value: CsvValue): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return stringify([header.map(neutraliseCell), ...rows.map((r) => r.map(neutraliseCell))], { bom: true });
}
