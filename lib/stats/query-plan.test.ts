import { describe, expect, it } from "vitest";
import { parseFilters, type DashboardFilters } from "./filters";
import { areaScope, brandKey, dayRange, regionsInScope, rollupAreas, rollupFacets, tacticBits, tacticMask, usesRollup } from "./query-plan";

const NOW = new Date("2026-07-15T10:00:00Z");
const f = (query: string): DashboardFilters => {
  const sp: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(query)) (sp[k] ??= []).push(v);
  return parseFilters(sp, NOW).filters;
};

describe("areaScope", () => {
  it("is everywhere, a nation, or chosen force areas", () => {
    expect(areaScope(f(""))).toEqual({ level: "all" });
    expect(areaScope(f("nation=wales"))).toEqual({ level: "nation", nation: "wales", regions: ["north-wales", "dyfed-powys", "south-wales", "gwent"] });
    expect(areaScope(f("region=gwent,kent"))).toEqual({ level: "regions", regions: ["gwent", "kent"] });
    expect(areaScope(f("nation=wales&region=gwent"))).toEqual({ level: "regions", regions: ["gwent"] });
  });

  it("drops unknown ids and areas outside the nation even when the filters were built by hand", () => {
    expect(areaScope({ regions: ["*", "nation:wales", "gwent"], nation: null })).toEqual({ level: "regions", regions: ["gwent"] });
    expect(areaScope({ regions: ["kent"], nation: "wales" })).toEqual({ level: "regions", regions: [] });
  });

  it("names the rollup rows and the areas a chart lists", () => {
    expect(rollupAreas(areaScope(f("")))).toEqual(["*"]);
    expect(rollupAreas(areaScope(f("nation=northern-ireland")))).toEqual(["nation:northern-ireland"]);
    expect(rollupAreas(areaScope(f("region=psni")))).toEqual(["psni"]);
    expect(regionsInScope(areaScope(f("")))).toHaveLength(46);
    expect(regionsInScope(areaScope(f("nation=scotland")))).toEqual(["police-scotland"]);
  });
});

describe("which table answers", () => {
  it.each([
    ["", [""]],
    ["channel=sms,email", ["channel:sms", "channel:email"]],
    ["brand=Amazon&brand=+amazon+&brand=HMRC", ["brand:amazon", "brand:hmrc"]],
    ["tactic=threat", ["tactic:threat"]],
    ["tactic=threat,crypto", null],
    ["channel=sms&brand=Amazon", null],
  ])("facets for %j", (query, facets) => {
    expect(rollupFacets(f(query))).toEqual(facets);
  });

  it.each([
    ["", {}, true],
    ["region=gwent&script=renewal&lost=yes", { byScript: true, byRegion: true }, true],
    ["brand=Amazon", { byScript: true }, true],
    ["brand=Amazon", { byRegion: true }, true],
    ["brand=Amazon&script=renewal", {}, true],
    ["brand=Amazon&script=renewal", { byRegion: true }, false],
    ["brand=Amazon&region=gwent", {}, true],
    ["brand=Amazon&region=gwent", { byScript: true }, false],
    ["brand=Amazon&nation=wales", { byScript: true }, true],
    ["tactic=threat,crypto", {}, false],
  ] as const)("%j grouped %j: rollup %s", (query, needs, expected) => {
    expect(usesRollup(f(query), needs)).toBe(expected);
  });
});

describe("encodings shared with the migration", () => {
  it("tactic masks and bits follow TACTICS order and ignore unknown tactics", () => {
    expect(tacticMask(["remote-access"])).toBe(1);
    expect(tacticMask(["gift-cards", "threat"])).toBe(2 + 2048);
    expect(tacticMask(["nonsense" as never])).toBe(0);
    expect(tacticBits(["threat", "remote-access", "threat", "nonsense" as never])).toEqual([0, 11]);
  });

  it("brand keys are trimmed and lower-cased", () => {
    expect(brandKey("  Royal Mail ")).toBe("royal mail");
  });

  it("ranges are the London days they cover", () => {
    expect(dayRange(f("from=2026-03-29&to=2026-03-30"))).toEqual({ fromDay: "2026-03-29", toDay: "2026-03-31" });
  });
});
