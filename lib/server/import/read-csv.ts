// Streams CSV records with their row numbers, holding one record at a time: a 500,000-row
// file is never in memory. Malformed records (a quote never closed, a record too large)
// come out as problems for the error report instead of ending the import.
import { Readable } from "node:stream";
import { parse, type Info } from "csv-parse";

export type CsvItem =
  | { kind: "record"; row: number; values: string[] }
  | { kind: "problem"; row: number; reason: string };

export interface ReadCsvOptions {
  delimiter?: string;
}

// Far above any narrative we accept (10,000 characters): only a broken quote gets near it.
const MAX_RECORD_CHARS = 1_000_000;

/** Any byte or text stream: a Node Readable, a web ReadableStream (an upload), an async generator. */
export type CsvSource = AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array>;

export async function* readCsv(source: CsvSource, options: ReadCsvOptions = {}): AsyncGenerator<CsvItem> {
  // The parser reports a skipped record from inside its own loop; keep it until the records
  // before it have been handed out, so problems come in file order.
  const problems: CsvItem[] = [];
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? ",",
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_skip: (err) => {
      // The error carries the parser's counts up to the record it gave up on.
      const row = Number(err?.records ?? 0) + Number(err?.empty_lines ?? 0) + 1;
      problems.push({ kind: "problem", row, reason: describeCsvError(err?.code, err?.message) });
      return undefined;
    },
  });
  const input =
    source instanceof ReadableStream
      ? Readable.fromWeb(source as import("node:stream/web").ReadableStream<Uint8Array>)
      : Readable.from(source, { objectMode: false });
  input.on("error", (err) => parser.destroy(err));
  input.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      // Blank lines are rows in a spreadsheet too, so they count towards row numbers.
      const row = item.info.records + item.info.empty_lines;
      while (problems.length && problems[0]!.row < row) yield problems.shift()!;
      yield { kind: "record", row, values: item.record };
    }
    yield* problems.splice(0);
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function describeCsvError(code: string | undefined, message: string | undefined): string {
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted value is never closed, so the rest of the file could not be read: check the quotes on this row";
    case "CSV_MAX_RECORD_SIZE":
      return "the row is far too long to be one report: check its quotes";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "a quoted value is followed by more text: put the whole value inside the quotes";
    default:
      return `the row is not valid CSV (${(message ?? code ?? "unknown problem").slice(0, 120)})`;
  }
}

/** The header row alone (for a mapping preview), or null when the file has none. */
export async function readHeader(source: CsvSource, options: ReadCsvOptions = {}): Promise<string[] | null> {
  for await (const item of readCsv(source, options)) return item.kind === "record" ? item.values : null;
  return null;
}
