import { describe, expect, it } from "vitest";
import { REGIONS } from "../domain/regions";
import { FORCE_KEYWORDS, foldForSearch } from "./force-keywords";

describe("force search keywords", () => {
  it("has an entry for every police force area and none for areas that do not exist", () => {
    expect(Object.keys(FORCE_KEYWORDS).sort()).toEqual(REGIONS.map((r) => r.id).sort());
  });

  it("folds accents, case and punctuation so Welsh names match however they are typed", () => {
    expect(foldForSearch("Sir Gâr")).toBe("sir gar");
    expect(foldForSearch("Pont-y-pŵl")).toBe("pont y pwl");
    expect(foldForSearch("  KING'S Lynn ")).toBe("king s lynn");
  });
});
