/**
 * Every baseline variant, with the tables the generator samples from. The
 * weights here are the designed mix; tests compare generated data with it.
 */
import type { Script } from "./labels";
import { weighted, type WeightedTable } from "./prng";
import type { Variant } from "./variant";
import { accountLocked } from "./variants/account-security";
import { parcelFee } from "./variants/delivery";
import { bankSafeAccount, hiMum, hmrc, investment, prize, tvLicence } from "./variants/other";
import { orderThenRefund, refundOwed, techSupportRefund } from "./variants/refund-overpayment";
import { primeRenewal, subscriptionRenewal } from "./variants/renewal";
import { amazonOrder, cardSpendAlert } from "./variants/unauthorized-spend";
import { vague } from "./variants/unknown";

export const VARIANTS: readonly Variant[] = [
  primeRenewal,
  subscriptionRenewal,
  amazonOrder,
  cardSpendAlert,
  orderThenRefund,
  refundOwed,
  techSupportRefund,
  accountLocked,
  parcelFee,
  hmrc,
  bankSafeAccount,
  investment,
  prize,
  tvLicence,
  hiMum,
  vague,
];

export const VARIANT_TABLE: WeightedTable<Variant> = weighted(VARIANTS.map((v) => [v, v.weight] as const));

/** Designed share of each script among baseline (non-surge, non-spam) reports. */
export function scriptShares(): Record<Script, number> {
  const total = VARIANTS.reduce((sum, v) => sum + v.weight, 0);
  const shares: Record<Script, number> = {
    renewal: 0,
    "unauthorized-spend": 0,
    "refund-overpayment": 0,
    "account-security": 0,
    delivery: 0,
    other: 0,
    unknown: 0,
  };
  for (const v of VARIANTS) shares[v.script] += v.weight / total;
  return shares;
}

/** The Dyfed-Powys wave is Prime-renewal robocalls, so only voice channels. */
export const RENEWAL_SURGE_VARIANT: Variant = {
  ...primeRenewal,
  channels: weighted([["automated-call", 55], ["phone-call", 28], ["voicemail", 17]]),
};

/** The Greater Manchester bump: refund-overpayment stories, mostly by phone. */
export const REFUND_SURGE_VARIANTS: WeightedTable<Variant> = weighted([
  [orderThenRefund, 60],
  [refundOwed, 40],
]);
