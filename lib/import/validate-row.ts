// One CSV row, checked field by field with zod: either a clean ImportRow or the list of
// what is wrong, each naming the file's own column header and saying how to fix it.
import { z } from "zod";
import { redact } from "../redaction/redact";
import type { Channel } from "../tagging/labels";
import { cleanLine, cleanText } from "./clean-text";
import type { ImportField } from "./fields";
import { headerOf, pickFields, type ColumnMapping } from "./map-columns";
import {
  parseAgeBand,
  parseChannel,
  parseGave,
  parsePaymentMethod,
  parsePostcodeDistrict,
  parseStatus,
  type AgeBand,
  type Gave,
  type PaymentMethod,
  type Status,
} from "./parse-choices";
import { parseDate } from "./parse-date";
import { parseCurrency, parseMoney } from "./parse-money";
import { parseRegion } from "./parse-region";
import { fail, ok, type Parsed } from "./parse-result";

/** A row that passed validation; the narrative is not yet redacted (to-report-input.ts does it). */
export interface ImportRow {
  narrative: string;
  regionId: string;
  receivedAt: Date;
  occurredAt: Date | null;
  channel: Channel | null;
  brand: string | null;
  identifiers: string[];
  lossAmountMinor: number | null;
  lossCurrency: string | null;
  paymentMethod: PaymentMethod | null;
  gave: Gave[];
  ageBand: AgeBand | null;
  postcodeDistrict: string | null;
  externalId: string | null;
  status: Status;
}

export interface RowError {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The file's header, or "" for a problem with the whole row. */
  column: string;
  reason: string;
}

export type RowResult = { ok: true; row: ImportRow } | { ok: false; errors: RowError[] };

export const MAX_NARRATIVE = 10_000;
export const MAX_IDENTIFIERS = 20;
const MAX_LINE = 200;

function parseWith<T>(parse: (value: string) => Parsed<T>) {
  return (value: string, ctx: z.RefinementCtx): T => {
    const r = parse(value);
    if (r.ok) return r.value;
    ctx.addIssue({ code: "custom", message: r.reason });
    return z.NEVER;
  };
}

/** An optional cell (empty cells never reach the schema: see pickFields). */
const cell = <T>(parse: (value: string) => Parsed<T>) => z.string().transform(parseWith(parse)).optional();

/** A cell every row must fill; `missing` says so when it is empty. */
const requiredCell = <T>(parse: (value: string) => Parsed<T>, missing: string) =>
  z.string({ error: missing }).transform(parseWith(parse));

function line(label: string) {
  return (value: string): Parsed<string | null> => {
    const s = cleanLine(value);
    if (s.length > MAX_LINE) return fail(`is longer than ${MAX_LINE} characters: is this the right column for ${label}?`);
    return ok(s || null);
  };
}

function parseNarrative(value: string): Parsed<string> {
  const s = cleanText(value);
  if (!s) return fail("is empty: every report needs what happened");
  if (s.length > MAX_NARRATIVE) return fail(`is ${s.length.toLocaleString("en-GB")} characters long; the limit is ${MAX_NARRATIVE.toLocaleString("en-GB")}`);
  return ok(s);
}

function parseExternalId(value: string): Parsed<string | null> {
  const s = line("an id")(value);
  // The id is stored as given, so it must not be able to carry a card or account number.
  if (s.ok && s.value && redact(s.value).text !== s.value) return fail("looks like it holds card or bank details, not an id");
  return s;
}

function parseIdentifiers(value: string): Parsed<string[]> {
  const list = [...new Set(value.split(/[;|\n]/).map(cleanLine).filter(Boolean))];
  if (list.length > MAX_IDENTIFIERS) return fail(`has ${list.length} entries; at most ${MAX_IDENTIFIERS} are kept per report`);
  const long = list.find((x) => x.length > MAX_LINE);
  if (long !== undefined) return fail(`has an entry longer than ${MAX_LINE} characters: separate several with ";" or "|"`);
  return ok(list);
}

function moneyReason(input: unknown): string {
  const r = parseMoney(String(input), undefined);
  return r.ok ? "is not an amount" : r.reason;
}

/** Checks rows against one column mapping. `now` bounds dates (nothing in the future). */
export function createRowValidator(mapping: ColumnMapping, { now }: { now: Date }) {
  const date = (v: string) => parseDate(v, now);
  const schema = z
    .object({
      narrative: requiredCell(parseNarrative, "is empty: every report needs what happened"),
      region: requiredCell(parseRegion, "is empty: every report needs a police force area (or outside-uk)"),
      receivedAt: cell(date),
      occurredAt: cell(date),
      channel: cell(parseChannel),
      brand: cell(line("a brand")),
      identifiers: cell(parseIdentifiers),
      // Checked alone here so a bad amount is reported with the other cells; the currency
      // column is reconciled below.
      lossAmount: z.string().refine((v) => parseMoney(v, undefined).ok, { error: (i) => moneyReason(i.input) }).optional(),
      lossCurrency: cell(parseCurrency),
      paymentMethod: cell(parsePaymentMethod),
      gave: cell(parseGave),
      ageBand: cell(parseAgeBand),
      postcodeDistrict: cell(parsePostcodeDistrict),
      externalId: cell(parseExternalId),
      status: cell(parseStatus),
    })
    .transform((r, ctx): ImportRow => {
      const issue = (field: ImportField, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
      if (r.receivedAt && r.occurredAt && r.occurredAt.getTime() > r.receivedAt.getTime() + 86_400_000) {
        issue("occurredAt", "is after the date the report was received");
      }
      const money = r.lossAmount === undefined ? ok(null) : parseMoney(r.lossAmount, r.lossCurrency);
      if (!money.ok) issue("lossAmount", money.reason);
      return {
        narrative: r.narrative,
        regionId: r.region,
        receivedAt: r.receivedAt ?? r.occurredAt ?? now,
        occurredAt: r.occurredAt ?? null,
        channel: r.channel ?? null,
        brand: r.brand ?? null,
        identifiers: r.identifiers ?? [],
        lossAmountMinor: money.ok ? (money.value?.amountMinor ?? null) : null,
        lossCurrency: money.ok ? (money.value?.currency ?? null) : null,
        paymentMethod: r.paymentMethod ?? null,
        gave: r.gave ?? [],
        ageBand: r.ageBand ?? null,
        postcodeDistrict: r.postcodeDistrict ?? null,
        externalId: r.externalId ?? null,
        status: r.status ?? "new",
      };
    });

  const dateColumn = headerOf(mapping, mapping.columns.some((c) => c.field === "receivedAt") ? "receivedAt" : "occurredAt");

  return function validateRow(values: readonly string[], row: number): RowResult {
    const width = mapping.columns.length;
    // Extra cells usually mean an unquoted comma inside a narrative: every later column
    // would be shifted, so the row cannot be trusted. Empty trailing cells are harmless.
    if (values.length > width && values.slice(width).some((v) => v.trim() !== "")) {
      return { ok: false, errors: [{ row, column: "", reason: `has ${values.length} cells but the header has ${width}: is a comma inside a value missing its quotes?` }] };
    }
    const fields = pickFields(mapping, values);
    const parsed = schema.safeParse(fields);
    const errors: RowError[] = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ row, column: headerOf(mapping, i.path[0] as ImportField), reason: i.message }));
    if (fields.receivedAt === undefined && fields.occurredAt === undefined) {
      errors.push({ row, column: dateColumn, reason: "is empty: every report needs a date (received, or when it happened)" });
    }
    return parsed.success && errors.length === 0 ? { ok: true, row: parsed.data } : { ok: false, errors };
  };
}
