import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "./csv";

describe("CSV export", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+44 20 7946 0000", "-1+1", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "neutralises %j",
    (v) => expect(String(neutraliseCell(v)).startsWith("'")).toBe(true),
  );
  it("keeps ordinary text and numbers as they are", () => {
    expect(neutraliseCell("Amazon")).toBe("Amazon");
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(null)).toBe("");
  });
  it("quotes commas, quotes and newlines", () => {
    const csv = toCsv(["a", "b"], [["x,y", 'say "hi"\nthen']]);
    expect(csv).toContain('"x,y","say ""hi""\nthen"');
  });
});
