/**
 * Deterministic randomness for the surge tests and calibration runs: the same
 * seed always gives the same series, so a failing case can be replayed.
 */

/** mulberry32: a small, fast 32-bit PRNG; uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Poisson sample by Knuth's multiplication method (fine for the small means used here). */
export function poisson(random: () => number, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let product = random();
  while (product > limit) {
    k++;
    product *= random();
  }
  return k;
}

/** Daily series from `start` (YYYY-MM-DD) with one mean per day. */
export function poissonSeries(
  random: () => number,
  start: string,
  means: readonly number[],
): { date: string; count: number }[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return means.map((mean, i) => ({
    date: new Date(first + i * 86_400_000).toISOString().slice(0, 10),
    count: poisson(random, mean),
  }));
}
