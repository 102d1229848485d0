import { describe, expect, it } from "vitest";
import { landingPath, safeReturnPath } from "./navigation";

describe("navigation", () => {
  it("sends staff who can see the dashboard there, others to their account", () => {
    expect(landingPath("analyst")).toBe("/dashboard");
    expect(landingPath("press")).toBe("/account");
  });
  it.each([
    ["/dashboard?from=7d", "/dashboard?from=7d"],
    ["//evil.example/x", null],
    ["https://evil.example", null],
    ["/\\evil.example", null],
    ["dashboard", null],
  ])("safeReturnPath(%s) = %s", (input, out) => expect(safeReturnPath(input)).toBe(out));
});
