import { describe, expect, it } from "vitest";
import { REGIONS } from "../domain/regions";
import { postcodeDistrictsFor } from "./postcode-districts";

describe("postcodeDistrictsFor", () => {
  it("has a handful of well-formed districts for every UK region", () => {
    for (const r of REGIONS) {
      const districts = postcodeDistrictsFor(r.id);
      if (r.id === "outside-uk") {
        expect(districts).toEqual([]);
        continue;
      }
      expect(districts.length, r.id).toBeGreaterThanOrEqual(3);
      for (const d of districts) expect(d, r.id).toMatch(/^[A-Z]{1,2}\d[A-Z\d]?$/);
    }
  });

  it("places known districts in the right force", () => {
    expect(postcodeDistrictsFor("dyfed-powys")).toContain("SA31");
    expect(postcodeDistrictsFor("greater-manchester")).toContain("M1");
    for (const d of postcodeDistrictsFor("psni")) expect(d.startsWith("BT")).toBe(true);
    expect(postcodeDistrictsFor("no-such-force")).toEqual([]);
  });

  it("does not give one district to two forces", () => {
    const seen = new Map<string, string>();
    for (const r of REGIONS) {
      for (const d of postcodeDistrictsFor(r.id)) {
        expect(seen.get(d), `${d} in ${r.id}`).toBeUndefined();
        seen.set(d, r.id);
      }
    }
  });
});
