import { describe, expect, it } from "vitest";
import {
  granularity,
  parseFilters,
  presetRange,
  previousPeriod,
  rangeDays,
  toSearchParams,
  type DashboardFilters,
  type SearchParamsInput,
} from "./filters";

// A summer afternoon (BST, UTC+1) and a winter one (GMT).
const SUMMER = new Date("2026-07-15T14:30:00Z");
const WINTER = new Date("2026-01-20T09:00:00Z");
const iso = (d: Date) => d.toISOString();
const parse = (sp: SearchParamsInput, now = SUMMER) => parseFilters(sp, now);
const fromUrl = (query: string, now = SUMMER) => {
  const sp: SearchParamsInput = {};
  for (const [k, v] of new URLSearchParams(query)) {
    const prev = sp[k];
    sp[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return parseFilters(sp, now);
};

describe("presets", () => {
  it.each([
    ["7d", "2026-07-07T23:00:00.000Z", "2026-07-14T23:00:00.000Z"],
    ["28d", "2026-06-16T23:00:00.000Z", "2026-07-14T23:00:00.000Z"],
    ["90d", "2026-04-15T23:00:00.000Z", "2026-07-14T23:00:00.000Z"],
    ["12m", "2025-07-14T23:00:00.000Z", "2026-07-14T23:00:00.000Z"],
  ] as const)("%s ends at the start of today, London time (BST)", (preset, from, to) => {
    const r = presetRange(preset, SUMMER);
    expect([iso(r.from), iso(r.to)]).toEqual([from, to]);
  });

  it("uses GMT midnights in winter", () => {
    const r = presetRange("7d", WINTER);
    expect([iso(r.from), iso(r.to)]).toEqual(["2026-01-13T00:00:00.000Z", "2026-01-20T00:00:00.000Z"]);
  });

  it("a range across the clock change still covers whole London days", () => {
    // 29 March 2026 is 23 hours long; the 7 days ending 1 April start at GMT midnight.
    const r = presetRange("7d", new Date("2026-04-01T10:00:00Z"));
    expect([iso(r.from), iso(r.to)]).toEqual(["2026-03-25T00:00:00.000Z", "2026-03-31T23:00:00.000Z"]);
    expect(rangeDays(r)).toBe(7);
  });

  it("just after midnight in London is already the next day", () => {
    const r = presetRange("7d", new Date("2026-07-14T23:30:00Z"));
    expect(iso(r.to)).toBe("2026-07-14T23:00:00.000Z");
  });

  it("defaults to the last 28 days with no errors", () => {
    const { filters, errors } = parse({});
    expect(errors).toEqual([]);
    expect(filters).toEqual({
      ...presetRange("28d", SUMMER),
      preset: "28d",
      regions: [],
      nation: null,
      scripts: [],
      tactics: [],
      channels: [],
      brands: [],
      lost: "any",
    });
  });
});

describe("parseFilters", () => {
  it("reads a custom range with an inclusive end date", () => {
    const { filters, errors } = parse({ range: "custom", from: "2026-03-01", to: "2026-03-31" });
    expect(errors).toEqual([]);
    expect(filters.preset).toBe("custom");
    expect(iso(filters.from)).toBe("2026-03-01T00:00:00.000Z");
    expect(iso(filters.to)).toBe("2026-03-31T23:00:00.000Z"); // 1 April, BST
    expect(rangeDays(filters)).toBe(31);
  });

  it("treats from/to without range as custom", () => {
    expect(parse({ from: "2026-03-01", to: "2026-03-01" }).filters.preset).toBe("custom");
  });

  it.each([
    [{ range: "custom", from: "2026-03-01" }, "needs both"],
    [{ range: "custom", from: "2026-02-30", to: "2026-03-01" }, "not a date"],
    [{ from: "01/03/2026", to: "2026-03-05" }, "not a date"],
    [{ from: "2026-03-05", to: "2026-03-01" }, "after the end"],
    [{ from: "1026-03-05", to: "2026-03-01" }, "longer than ten years"],
    [{ range: "1y" }, "Unknown date range"],
  ] as SearchParamsInput[][])("falls back to 28 days on a bad range %j", (sp, message) => {
    const { filters, errors } = parse(sp as SearchParamsInput);
    expect(filters.preset).toBe("28d");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message as unknown as string);
  });

  it("keeps known values and explains the rest", () => {
    const { filters, errors } = parse({
      region: ["dyfed-powys,gwent", "atlantis", "gwent"],
      script: "renewal,teleportation",
      tactic: ["otp-request", "gift-cards"],
      channel: "sms,carrier-pigeon",
      lost: "maybe",
    });
    expect(filters.regions).toEqual(["dyfed-powys", "gwent"]);
    expect(filters.scripts).toEqual(["renewal"]);
    expect(filters.tactics).toEqual(["otp-request", "gift-cards"]);
    expect(filters.channels).toEqual(["sms"]);
    expect(filters.lost).toBe("any");
    expect(errors).toEqual([
      'Unknown police force area "atlantis" was ignored.',
      'Unknown scam script "teleportation" was ignored.',
      'Unknown channel "carrier-pigeon" was ignored.',
      'Unknown money-lost choice "maybe" was ignored.',
    ]);
  });

  it("keeps only force areas inside the chosen nation", () => {
    const { filters, errors } = parse({ nation: "wales", region: "dyfed-powys,metropolitan" });
    expect(filters.nation).toBe("wales");
    expect(filters.regions).toEqual(["dyfed-powys"]);
    expect(errors).toEqual(["Metropolitan Police is not in the chosen nation and was ignored."]);
  });

  it("rejects an unknown nation", () => {
    const { filters, errors } = parse({ nation: "mercia" });
    expect(filters.nation).toBeNull();
    expect(errors[0]).toContain("Unknown nation");
  });

  it("keeps brands as typed (commas included), once each, case-insensitively, within limits", () => {
    const many = Array.from({ length: 25 }, (_, i) => `Brand ${i}`);
    const { filters, errors } = parse({ brand: ["Amazon", "amazon", "Smith, Jones & Co", "x".repeat(101), ...many] });
    expect(filters.brands.slice(0, 2)).toEqual(["Amazon", "Smith, Jones & Co"]);
    expect(filters.brands).toHaveLength(20);
    expect(errors.some((e) => e.includes("longer than 100"))).toBe(true);
    expect(errors.filter((e) => e.startsWith("Only the first 20"))).toHaveLength(7);
  });

  it("never throws on hostile input and quotes it back harmlessly", () => {
    const hostile = "'; DROP TABLE report; --";
    const { filters, errors } = parse({ region: hostile, script: hostile, nation: hostile, range: hostile, lost: hostile, brand: hostile });
    expect(filters.regions).toEqual([]);
    expect(filters.brands).toEqual([hostile]); // a brand is free text: it is bound as a value, never spliced into SQL
    expect(errors).toHaveLength(5);
  });

  it("shortens very long values in messages", () => {
    const { errors } = parse({ script: "a".repeat(500) });
    expect(errors[0]!.length).toBeLessThan(100);
  });

  it("reads the first value when a single-valued key repeats", () => {
    expect(parse({ range: ["7d", "90d"] }).filters.preset).toBe("7d");
    expect(parse({ lost: ["yes", "no"] }).filters.lost).toBe("yes");
  });
});

describe("toSearchParams", () => {
  const cases: string[] = [
    "",
    "range=7d",
    "range=12m&region=dyfed-powys%2Cgwent&script=renewal&lost=yes",
    "range=custom&from=2026-03-01&to=2026-03-31&nation=wales&tactic=otp-request%2Cgift-cards&channel=sms",
    "brand=Amazon&brand=Smith%2C+Jones+%26+Co&lost=no",
    "range=custom&from=2025-10-20&to=2026-04-02",
  ];
  it.each(cases)("round-trips %j", (query) => {
    const { filters, errors } = fromUrl(query);
    expect(errors).toEqual([]);
    expect(toSearchParams(filters).toString()).toBe(query);
    expect(fromUrl(toSearchParams(filters).toString()).filters).toEqual(filters);
  });

  it("leaves presets relative so a shared link means 'the last N days' for the reader too", () => {
    const { filters } = fromUrl("range=90d");
    expect(toSearchParams(filters).has("from")).toBe(false);
  });
});

describe("previousPeriod", () => {
  const base = (query: string) => fromUrl(query).filters;

  it("is the same number of days immediately before", () => {
    const prev = previousPeriod(base("range=7d"));
    expect([iso(prev.from), iso(prev.to)]).toEqual(["2026-06-30T23:00:00.000Z", "2026-07-07T23:00:00.000Z"]);
    expect(rangeDays(prev)).toBe(7);
  });

  it("counts days, not hours, across the clock change", () => {
    const f = base("from=2026-04-01&to=2026-04-07");
    const prev = previousPeriod(f);
    expect([iso(prev.from), iso(prev.to)]).toEqual(["2026-03-25T00:00:00.000Z", "2026-03-31T23:00:00.000Z"]);
  });

  it("keeps every other filter", () => {
    const f = base("range=28d&region=gwent&brand=HMRC&lost=yes");
    const prev = previousPeriod(f);
    expect({ ...prev, from: 0, to: 0, preset: 0 }).toEqual({ ...f, from: 0, to: 0, preset: 0 });
  });

  it("12 months back from a leap year spans 366 days", () => {
    const f = base("from=2024-01-01&to=2024-12-31");
    expect(rangeDays(previousPeriod(f))).toBe(366);
    expect(iso(previousPeriod(f).from)).toBe("2022-12-31T00:00:00.000Z");
  });
});

describe("granularity", () => {
  const g = (from: string, to: string) => granularity(fromUrl(`from=${from}&to=${to}`).filters as DashboardFilters);
  it.each([
    ["2026-01-01", "2026-01-01", "day"],
    ["2026-01-01", "2026-03-31", "day"], // 90 days
    ["2026-01-01", "2026-04-01", "week"], // 91 days
    ["2025-01-01", "2025-12-31", "week"],
    ["2024-01-01", "2024-12-31", "week"], // a leap year is still 12 months
    ["2024-01-01", "2025-01-01", "month"],
  ] as const)("%s to %s is by %s", (from, to, expected) => {
    expect(g(from, to)).toBe(expected);
  });

  it("matches the presets", () => {
    expect(granularity(presetRange("90d", SUMMER))).toBe("day");
    expect(granularity(presetRange("12m", SUMMER))).toBe("week");
  });
});
