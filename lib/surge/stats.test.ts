import { describe, expect, it } from "vitest";
import { logGamma, negativeBinomialUpperTail, regularizedBeta } from "./stats";

/** Upper tail by direct summation of the pmf, for checking the closed form. */
function tailBySummation(k: number, size: number, q: number): number {
  let below = 0;
  for (let j = 0; j < k; j++) {
    below += Math.exp(logGamma(j + size) - logGamma(j + 1) - logGamma(size) + size * Math.log(1 - q) + j * Math.log(q));
  }
  return 1 - below;
}

describe("logGamma", () => {
  it.each([
    [1, 0],
    [2, 0],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [10, Math.log(362_880)],
    [100.5, 361.4355404677776], // from Python math.lgamma
  ])("ln Γ(%f)", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });

  it("rejects x <= 0", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe("regularizedBeta", () => {
  it("matches a value known in closed form: I_0.5(2, 3) = 11/16", () => {
    expect(regularizedBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 12);
  });

  it("satisfies I_x(a, b) = 1 - I_(1-x)(b, a)", () => {
    for (const [x, a, b] of [[0.1, 3, 50], [0.7, 0.5, 2.5], [0.95, 40, 4], [0.3, 12.25, 7.5]] as const) {
      expect(regularizedBeta(x, a, b)).toBeCloseTo(1 - regularizedBeta(1 - x, b, a), 12);
    }
  });

  it("is 0 and 1 at the ends", () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });
});

describe("negativeBinomialUpperTail", () => {
  it("agrees with summing the pmf, for whole and fractional sizes", () => {
    for (const [size, q] of [[3, 0.3], [28.5, 0.2], [1, 0.05], [0.5, 0.6], [140.5, 0.33]] as const) {
      for (const k of [1, 2, 5, 10, 20, 40]) {
        expect(negativeBinomialUpperTail(k, size, q)).toBeCloseTo(tailBySummation(k, size, q), 9);
      }
    }
  });

  it("is 1 at k <= 0 and decreases in k", () => {
    expect(negativeBinomialUpperTail(0, 5, 0.4)).toBe(1);
    let previous = 1;
    for (let k = 1; k < 60; k++) {
      const p = negativeBinomialUpperTail(k, 5, 0.4);
      expect(p).toBeLessThanOrEqual(previous);
      previous = p;
    }
  });

  it("keeps very small tails accurate instead of rounding to zero", () => {
    const p = negativeBinomialUpperTail(70, 29, 0.2);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-12);
  });
});
