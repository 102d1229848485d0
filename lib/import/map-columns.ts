// Decides which CSV column feeds which field, from the header row and any choices the
// analyst made, and says what is wrong with the mapping before a single row is read.
import {
  FIELD_LABELS,
  fieldForHeader,
  isImportField,
  MULTI_COLUMN_FIELDS,
  normalizeHeader,
  REQUIRED_FIELDS,
  type ImportField,
} from "./fields";

export interface MappedColumn {
  index: number;
  header: string;
  /** Null: the column is ignored. */
  field: ImportField | null;
  /** Why a column is ignored or how it was chosen, for the preview. */
  note: string | null;
}

export interface ColumnMapping {
  columns: MappedColumn[];
  /** Problems that stop the import: a required field or any date column missing. */
  problems: string[];
}

/**
 * Explicit choices by header text (compared after normalisation): a field, or null to
 * ignore the column. They win over the aliases.
 */
export type MappingOverrides = Readonly<Record<string, ImportField | null>>;

export function mapColumns(headers: readonly string[], overrides: MappingOverrides = {}): ColumnMapping {
  const chosen = new Map(Object.entries(overrides).map(([h, f]) => [normalizeHeader(h), f]));
  const taken = new Map<ImportField, string>();
  const columns = headers.map((raw, index): MappedColumn => {
    const header = raw.trim();
    const norm = normalizeHeader(header);
    const byHand = chosen.has(norm);
    const wanted = chosen.get(norm);
    const field = byHand ? (isImportField(wanted) ? wanted : null) : fieldForHeader(header);
    if (!header) return { index, header, field: null, note: "no header" };
    if (field === null) return { index, header, field: null, note: byHand ? "ignored by choice" : "not recognised" };
    const first = taken.get(field);
    if (first !== undefined && !MULTI_COLUMN_FIELDS.includes(field)) {
      return { index, header, field: null, note: `ignored: "${first}" already gives ${FIELD_LABELS[field].toLowerCase()}` };
    }
    if (first === undefined) taken.set(field, header);
    return { index, header, field, note: byHand ? "chosen by hand" : null };
  });

  const problems: string[] = [];
  for (const field of REQUIRED_FIELDS) {
    if (!taken.has(field)) problems.push(`No column gives ${FIELD_LABELS[field].toLowerCase()} (${field}).`);
  }
  if (!taken.has("receivedAt") && !taken.has("occurredAt")) {
    problems.push("No column gives a date: add one for the date received (receivedAt) or the date it happened (occurredAt).");
  }
  for (const [header, field] of Object.entries(overrides)) {
    if (field !== null && !isImportField(field)) problems.push(`"${header}" is mapped to an unknown field "${field}".`);
    if (!headers.some((h) => normalizeHeader(h) === normalizeHeader(header))) {
      problems.push(`The file has no column "${header}" to map.`);
    }
  }
  return { columns, problems };
}

/** The mapped fields of one CSV record; the cells of several identifier columns are joined with "|". */
export type MappedRecord = Partial<Record<ImportField, string>>;

export function pickFields(mapping: ColumnMapping, values: readonly string[]): MappedRecord {
  const out: MappedRecord = {};
  for (const c of mapping.columns) {
    if (c.field === null) continue;
    const v = values[c.index];
    if (v === undefined || v.trim() === "") continue;
    const before = out[c.field];
    out[c.field] = before === undefined ? v : `${before}|${v}`;
  }
  return out;
}

/** The header a field was read from, to name the column in an error; several joined with " + ". */
export function headerOf(mapping: ColumnMapping, field: ImportField): string {
  return (
    mapping.columns
      .filter((c) => c.field === field)
      .map((c) => c.header)
      .join(" + ") || field
  );
}

export interface MappingPreviewRow {
  header: string;
  field: ImportField | null;
  label: string;
  note: string | null;
  /** Up to a few example values, already passed through `show` by the caller. */
  examples: string[];
}

/**
 * One row per column for the preview table: where it goes and what it holds. `show` must
 * make a value safe to display (redacted, shortened): the preview never shows raw cells.
 */
export function previewMapping(
  mapping: ColumnMapping,
  sample: readonly (readonly string[])[],
  show: (value: string) => string,
): MappingPreviewRow[] {
  return mapping.columns.map((c) => ({
    header: c.header,
    field: c.field,
    label: c.field ? FIELD_LABELS[c.field] : "Not imported",
    note: c.note,
    examples: sample.map((row) => row[c.index] ?? "").filter((v) => v.trim() !== "").slice(0, 3).map(show),
  }));
}
