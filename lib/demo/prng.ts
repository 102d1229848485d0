/**
 * Small seeded PRNG (sfc32, seeded through splitmix32) so demo data is
 * reproducible for a given seed: Math.random cannot be seeded, and the
 * generator must not depend on anything but its options.
 */

export type WeightedTable<T> = { readonly values: readonly T[]; readonly cumulative: Float64Array; readonly total: number };

/** Entries as [value, weight]; weights need not sum to 1. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const values: T[] = [];
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([value, weight], i) => {
    if (!(weight >= 0)) throw new Error(`weight must be >= 0, got ${weight}`);
    total += weight;
    values.push(value);
    cumulative[i] = total;
  });
  if (total <= 0) throw new Error("weighted table needs a positive total weight");
  return { values, cumulative, total };
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
    // Fold the high bits in too, so seeds above 2^32 do not collide with small ones.
    const high = Math.floor(Math.abs(seed) / 2 ** 32) >>> 0;
    const mix = splitmix32((seed >>> 0) ^ Math.imul(high, 0x27d4eb2d) ^ (seed < 0 ? 0x5bd1e995 : 0));
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    // Discard the first outputs: sfc32 needs a few rounds to decorrelate close seeds.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max], both inclusive. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(items.length)] as T;
  }

  pickWeighted<T>(table: WeightedTable<T>): T {
    const r = this.next() * table.total;
    const cum = table.cumulative;
    for (let i = 0; i < cum.length; i++) {
      if (r < (cum[i] as number)) return table.values[i] as T;
    }
    return table.values[table.values.length - 1] as T;
  }

  /** Log-normal with the given median; `spread` is sigma of the underlying normal. */
  logNormal(median: number, spread: number): number {
    // Box-Muller; 1 - next() keeps the log argument away from zero.
    const u = 1 - this.next();
    const v = this.next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(spread * z);
  }
}
