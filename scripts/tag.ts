/**
 * npm run --silent tag [-- --region US] < reports.jsonl > tags.jsonl
 *
 * Reads JSON Lines from stdin ({"id", "text", "channel"?} per line) and writes
 * one JSON object per input line, in order (see lib/tagging/jsonl-line.ts).
 * Streams: each line is tagged and written as it arrives, pausing input while
 * stdout is full. Exit code 0 unless stdin cannot be read.
 */
import { createInterface } from "node:readline";
import type { CountryCode } from "libphonenumber-js";
import { tagJsonLine } from "../lib/tagging/jsonl-line";

function regionArg(): CountryCode {
  const i = process.argv.indexOf("--region");
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return (value && /^[A-Z]{2}$/.test(value) ? value : "GB") as CountryCode;
}

function main(): void {
  const region = regionArg();
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });

  process.stdin.on("error", (err) => {
    process.stderr.write(`tag: cannot read stdin: ${err.message}\n`);
    process.exit(1);
  });
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    // The reader went away (e.g. piped into `head`): nothing left to do.
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });

  input.on("line", (line) => {
    const ok = process.stdout.write(`${JSON.stringify(tagJsonLine(line, region))}\n`);
    if (!ok) {
      input.pause();
      process.stdout.once("drain", () => input.resume());
    }
  });
}

main();
