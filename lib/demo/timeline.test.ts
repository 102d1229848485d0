import { describe, expect, it } from "vitest";
import { Rng } from "./prng";
import { buildTimeline, DAY_MS, SortedTimes, windowStart } from "./timeline";

const NOW = new Date("2026-11-20T10:30:00Z");

describe("timeline", () => {
  it("starts 18 calendar months before now", () => {
    expect(new Date(windowStart(NOW)).toISOString()).toBe("2025-05-20T10:30:00.000Z");
  });

  it("yields exactly count times, ascending, inside the window", () => {
    for (const count of [0, 1, 2, 999]) {
      const tl = buildTimeline(NOW, count, () => 0.002);
      const times = new SortedTimes(tl, count, new Rng(5));
      let last = -Infinity;
      for (let i = 0; i < count; i++) {
        const t = times.next();
        expect(t).toBeGreaterThanOrEqual(last);
        expect(t).toBeGreaterThanOrEqual(tl.start);
        expect(t).toBeLessThan(NOW.getTime());
        last = t;
      }
      expect(() => times.next()).toThrow();
      expect(tl.cum[tl.cum.length - 1]).toBeCloseTo(count, 6);
    }
  });

  it("keeps surges to a small share of the total even for tiny counts", () => {
    const tl = buildTimeline(NOW, 50, () => 0.002);
    const fromSurges = tl.surgeProb.reduce((sum, p) => {
      let s = 0;
      for (let i = 0; i < p.length; i++) s += p[i]! * (tl.cum[i + 1]! - tl.cum[i]!);
      return sum + s;
    }, 0);
    expect(fromSurges).toBeLessThan(50 * 0.03);
    expect(tl.baselinePerDay).toBeGreaterThan(0);
  });

  it("puts surge probability only inside each surge window", () => {
    const tl = buildTimeline(NOW, 10_000, () => 0.002);
    const [dp, gm] = tl.surgeProb;
    for (let i = 0; i < tl.binStart.length; i++) {
      const startAgo = (NOW.getTime() - tl.binStart[i]!) / DAY_MS;
      const endAgo = (NOW.getTime() - tl.binStart[i]! - tl.binLen[i]!) / DAY_MS;
      if (dp![i]! > 0) expect(startAgo).toBeLessThanOrEqual(14 + 1e-9);
      if (gm![i]! > 0) expect(startAgo <= 98 + 1e-9 && endAgo >= 84 - 1e-9).toBe(true);
    }
  });
});
