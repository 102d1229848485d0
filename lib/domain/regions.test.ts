import { describe, expect, it } from "vitest";
import { NATIONS, REGIONS, forceName, forceNameCy, isRegionId, regionById, regionsInNation } from "./regions";

function tile(id: string): { x: number; y: number } {
  const r = regionById(id);
  if (!r) throw new Error(`missing ${id}`);
  return { x: r.tileX, y: r.tileY };
}

describe("REGIONS", () => {
  it("has the 43 territorial forces of England and Wales plus three catch-alls", () => {
    expect(regionsInNation("england")).toHaveLength(39);
    expect(regionsInNation("wales")).toHaveLength(4);
    expect(REGIONS).toHaveLength(46);
    for (const id of ["police-scotland", "psni", "outside-uk"]) expect(isRegionId(id)).toBe(true);
  });

  it("uses unique kebab-case slug ids, including the ones other modules rely on", () => {
    const ids = REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const id of ["dyfed-powys", "gwent", "south-wales", "north-wales", "metropolitan", "city-of-london", "greater-manchester", "avon-and-somerset", "thames-valley", "devon-and-cornwall"]) {
      expect(isRegionId(id), id).toBe(true);
    }
  });

  it("gives every England and Wales force a unique ONS PFA code of the right series", () => {
    const codes = REGIONS.map((r) => r.onsCode).filter((c): c is string => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of REGIONS) {
      if (r.nation === "england") expect(r.onsCode).toMatch(/^E230000(0[1-9]|[1-3]\d)$/);
      else if (r.nation === "wales") expect(r.onsCode).toMatch(/^W1500000[1-4]$/);
      else expect(r.onsCode).toBeNull();
    }
    expect(regionById("metropolitan")?.onsCode).toBe("E23000001");
    expect(regionById("city-of-london")?.onsCode).toBe("E23000034");
    expect(regionById("dyfed-powys")?.onsCode).toBe("W15000004");
  });

  it("has Welsh names for the Welsh forces and none invented for English ones", () => {
    expect(regionById("dyfed-powys")?.nameCy).toBe("Dyfed-Powys");
    expect(regionById("gwent")?.nameCy).toBe("Gwent");
    expect(regionById("south-wales")?.nameCy).toBe("De Cymru");
    expect(regionById("north-wales")?.nameCy).toBe("Gogledd Cymru");
    for (const r of regionsInNation("england")) expect(r.nameCy).toBeNull();
  });

  it("puts no two regions on the same tile", () => {
    const cells = REGIONS.map((r) => `${r.tileX},${r.tileY}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const r of REGIONS) {
      expect(Number.isInteger(r.tileX) && r.tileX >= 0).toBe(true);
      expect(Number.isInteger(r.tileY) && r.tileY >= 0).toBe(true);
    }
  });

  it("lays tiles out roughly geographically", () => {
    const uk = REGIONS.filter((r) => r.nation !== "outside-uk");
    const minY = Math.min(...uk.map((r) => r.tileY));
    expect(tile("police-scotland").y).toBe(minY);
    const englandWales = REGIONS.filter((r) => r.nation === "england" || r.nation === "wales");
    expect(tile("psni").x).toBeLessThan(Math.min(...englandWales.map((r) => r.tileX)) + 1);
    for (const w of regionsInNation("wales")) expect(w.tileX).toBeLessThanOrEqual(2);
    expect(tile("city-of-london").x).toBeGreaterThan(tile("metropolitan").x);
    expect(tile("metropolitan").y).toBeGreaterThan(tile("greater-manchester").y);
    expect(tile("northumbria").y).toBeLessThan(tile("kent").y);
    expect(tile("norfolk").x).toBeGreaterThan(tile("cheshire").x);
    const maxX = Math.max(...uk.map((r) => r.tileX));
    expect(tile("outside-uk").x).toBeGreaterThan(maxX);
  });

  it("has a population for every UK region and none for outside-uk", () => {
    for (const r of REGIONS) {
      if (r.id === "outside-uk") expect(r.population).toBe(0);
      else expect(r.population).toBeGreaterThan(0);
    }
    expect(regionById("metropolitan")!.population).toBeGreaterThan(regionById("dyfed-powys")!.population);
  });

  it("lists every nation used by a region", () => {
    expect(new Set(REGIONS.map((r) => r.nation))).toEqual(new Set(NATIONS));
  });
});

describe("lookups and names", () => {
  it("finds regions by id and rejects unknown ids", () => {
    expect(regionById("gwent")?.name).toBe("Gwent");
    expect(regionById("atlantis")).toBeUndefined();
    expect(isRegionId("atlantis")).toBe(false);
    expect(isRegionId("")).toBe(false);
  });

  it("builds force names as the forces style themselves", () => {
    expect(forceName(regionById("dyfed-powys")!)).toBe("Dyfed-Powys Police");
    expect(forceName(regionById("cumbria")!)).toBe("Cumbria Constabulary");
    expect(forceName(regionById("metropolitan")!)).toBe("Metropolitan Police Service");
    expect(forceName(regionById("police-scotland")!)).toBe("Police Scotland");
    expect(forceName(regionById("outside-uk")!)).toBeNull();
    expect(forceNameCy(regionById("south-wales")!)).toBe("Heddlu De Cymru");
    expect(forceNameCy(regionById("kent")!)).toBeNull();
  });
});
