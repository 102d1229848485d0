import { describe, expect, it } from "vitest";
import { pgArrayLiteral } from "./pg-array";

describe("pgArrayLiteral", () => {
  it("quotes every element and escapes quotes and backslashes", () => {
    expect(pgArrayLiteral([])).toBe("{}");
    expect(pgArrayLiteral(["Royal Mail", "a,b"])).toBe('{"Royal Mail","a,b"}');
    expect(pgArrayLiteral(['say "hi"', "back\\slash"])).toBe('{"say \\"hi\\"","back\\\\slash"}');
  });
});
