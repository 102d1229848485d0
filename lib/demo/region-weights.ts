/**
 * How often each region appears in demo data: by resident population, with
 * two adjustments. Scotland is damped because Police Scotland takes fraud
 * reports directly rather than through the England, Wales and Northern
 * Ireland national reporting route; "outside the UK" (no residents) gets a
 * small fixed share for victims abroad and visitors.
 */
import { REGIONS } from "../domain/regions";
import { weighted, type WeightedTable } from "./prng";

const PROPENSITY: Readonly<Record<string, number>> = { "police-scotland": 0.35, psni: 0.8 };
const OUTSIDE_UK_SHARE = 0.004;

function computeShares(): ReadonlyMap<string, number> {
  const raw = REGIONS.map((r) => [r.id, r.population * (PROPENSITY[r.id] ?? 1)] as const);
  const ukTotal = raw.reduce((sum, [, w]) => sum + w, 0);
  const shares = new Map<string, number>();
  for (const [id, w] of raw) shares.set(id, id === "outside-uk" ? OUTSIDE_UK_SHARE : (w / ukTotal) * (1 - OUTSIDE_UK_SHARE));
  return shares;
}

const SHARES = computeShares();

/** Designed share of baseline reports for a region (0 for unknown ids). */
export function regionShare(regionId: string): number {
  return SHARES.get(regionId) ?? 0;
}

export const REGION_TABLE: WeightedTable<string> = weighted([...SHARES.entries()]);
