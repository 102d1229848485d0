/**
 * A variant is one recognisable scam story (Prime renewal robocall, parcel
 * fee text, ...): which brands and channels carry it, how often people lose
 * money and how much, what they hand over, and the fragments a victim would
 * use to describe what the scammer said. The narrative composer adds the
 * generic parts (how it started, what I did, how it ended).
 */
import type { Channel, Gave, PaymentMethod, Script } from "./labels";
import type { Rng, WeightedTable } from "./prng";

export type AgeBias = "older" | "broad" | "younger";

export type Variant = {
  id: string;
  script: Script;
  /** Relative frequency among all baseline reports. */
  weight: number;
  brands: WeightedTable<string | null>;
  channels: WeightedTable<Channel>;
  /** Chance the reporter lost money. */
  lossRate: number;
  /** Loss in minor units (pence), drawn only when money was lost. */
  loss: (rng: Rng) => number;
  payments: WeightedTable<PaymentMethod>;
  /** Independent chance of handing over each kind of detail. */
  gave: readonly (readonly [Gave, number])[];
  ageBias: AgeBias;
  /** Amounts the scammer quoted ("£79.97"), for {amount}. */
  amounts?: readonly string[];
  /** Goods or services named in the story, for {item}. */
  items?: readonly string[];
  /** What they said on a call (live, robocall or voicemail). */
  said: readonly string[];
  /** What the text, e-mail, post or web page said. */
  saidText: readonly string[];
  /** What happened next, the middle of the story; optional. */
  then?: readonly string[];
  /** What happened next after a text, e-mail or web page, when that differs from a call. */
  thenText?: readonly string[];
};

type LossSpec = {
  /** Signature amounts in pounds with their chance, e.g. [[79.97, 0.2]]. */
  fixed?: readonly (readonly [number, number])[];
  median: number;
  spread: number;
  min: number;
  max: number;
};

/**
 * Skewed losses: a few signature amounts, else log-normal around a median,
 * rounded the way people report them (to the pound, or to £10/£50 when large).
 */
export function lossModel(spec: LossSpec): (rng: Rng) => number {
  return (rng) => {
    let r = rng.next();
    for (const [pounds, p] of spec.fixed ?? []) {
      if (r < p) return Math.round(pounds * 100);
      r -= p;
    }
    const raw = Math.min(spec.max, Math.max(spec.min, rng.logNormal(spec.median, spec.spread)));
    const step = raw >= 2000 ? 50 : raw >= 300 ? 10 : 1;
    const pounds = Math.max(1, Math.round(raw / step) * step);
    // Small card debits keep their pence; nobody rounds a £3.49 fee.
    if (raw < 50 && rng.chance(0.5)) return pounds * 100 + rng.pick([49, 99, 45, 50]);
    return pounds * 100;
  };
}
