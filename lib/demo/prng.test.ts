import { describe, expect, it } from "vitest";
import { Rng, weighted } from "./prng";

describe("Rng", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    for (let i = 0; i < 1000; i++) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it("gives different sequences for different seeds, including large and negative ones", () => {
    const first = (seed: number) => Array.from({ length: 8 }, ((r) => () => r.nextUint32())(new Rng(seed)));
    const seqs = [0, 1, 2, -1, 2 ** 32, 2 ** 32 + 1, 123456789].map((s) => first(s).join(","));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it("stays in range and is roughly uniform", () => {
    const rng = new Rng(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)]! += 1;
    }
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
    for (let i = 0; i < 1000; i++) {
      const k = rng.between(3, 5);
      expect(k >= 3 && k <= 5 && Number.isInteger(k)).toBe(true);
    }
  });

  it("picks from weighted tables in proportion", () => {
    const rng = new Rng(1);
    const table = weighted([["a", 1], ["b", 3], ["c", 0]] as const);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) counts[rng.pickWeighted(table)]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
  });

  it("rejects bad input", () => {
    expect(() => new Rng(Number.NaN)).toThrow();
    expect(() => weighted([["a", 0]])).toThrow();
    expect(() => weighted([["a", -1]])).toThrow();
    expect(() => new Rng(1).pick([])).toThrow();
  });
});
