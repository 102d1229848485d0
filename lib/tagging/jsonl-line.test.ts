import { describe, expect, it } from "vitest";
import { tagJsonLine } from "./jsonl-line";

const KEYS = ["id", "script", "confidence", "tactics", "channel", "brands", "amounts", "phones", "domains", "evidence", "version"];

describe("tagJsonLine", () => {
  it("answers a record with exactly the documented fields", () => {
    const out = tagJsonLine(JSON.stringify({ id: 7, text: "press 1 to cancel your amazon prime renewal", channel: "automated-call" }));
    expect(Object.keys(out)).toEqual(KEYS);
    expect(out).toMatchObject({ id: 7, script: "renewal", channel: "automated-call" });
  });

  it("reports malformed lines with a null id", () => {
    expect(tagJsonLine("{not json")).toMatchObject({ id: null });
    expect(tagJsonLine("[1,2]")).toEqual({ id: null, error: "expected a JSON object" });
    expect(tagJsonLine("")).toMatchObject({ id: null });
  });

  it("keeps the id of a record it cannot tag", () => {
    expect(tagJsonLine('{"id":"r1"}')).toEqual({ id: "r1", error: 'missing or non-string "text"' });
    expect(tagJsonLine('{"id":"r2","text":"x","channel":"fax"}')).toEqual({ id: "r2", error: 'unknown channel "fax"' });
  });

  it("uses the region for national phone numbers", () => {
    const line = JSON.stringify({ id: 1, text: "call (415) 555-2671 now" });
    expect(tagJsonLine(line, "US").phones).toEqual(["+14155552671"]);
  });
});
