/**
 * Deterministic synthetic reports for `npm run db:seed -- --demo`. A
 * generator, so a million reports stream through with flat memory; reports
 * come out in ascending receivedAt order. Everything depends only on
 * (count, seed, now): no Math.random, no clock.
 */
import type { DemoOptions, DemoReport } from "./demo-report";
import { fakeDomain, fakeEmail, fakePhone, fakeProfile, fakeSenderId, fakeUrl } from "./fake-contacts";
import { isVoiceChannel, type AgeBand, type Gave, type IdentifierKind, type Status } from "./labels";
import { composeNarrative, type ContactKey } from "./narrative/compose";
import { spamNarrative } from "./narrative/spam";
import { postcodeDistrictsFor } from "./postcode-districts";
import { Rng, weighted, type WeightedTable } from "./prng";
import { REGION_TABLE, regionShare } from "./region-weights";
import { buildTimeline, DAY_MS, HOUR_MS, SortedTimes, SURGES, type SurgeDef } from "./timeline";
import type { AgeBias, Variant } from "./variant";
import { REFUND_SURGE_VARIANTS, RENEWAL_SURGE_VARIANT, scriptShares, VARIANT_TABLE } from "./variant-catalogue";

/** Junk submissions among baseline reports. */
export const SPAM_RATE = 0.02;
/** Chance a report is a resubmission of the one before it. */
export const DUPLICATE_RATE = 0.025;

const SURGE_VARIANT: Readonly<Record<string, (rng: Rng) => Variant>> = {
  "dyfed-powys-renewal": () => RENEWAL_SURGE_VARIANT,
  "greater-manchester-refund": (rng) => rng.pickWeighted(REFUND_SURGE_VARIANTS),
};

const AGE_BANDS: Readonly<Record<AgeBias, WeightedTable<AgeBand>>> = {
  older: weighted([["under-25", 3], ["25-44", 12], ["45-64", 28], ["65-74", 30], ["75-plus", 27]]),
  broad: weighted([["under-25", 15], ["25-44", 33], ["45-64", 30], ["65-74", 14], ["75-plus", 8]]),
  younger: weighted([["under-25", 35], ["25-44", 40], ["45-64", 17], ["65-74", 5], ["75-plus", 3]]),
};

export function generateDemoReports(options: DemoOptions): Generator<DemoReport> {
  const { count, seed, now } = options;
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number >= 0, got ${count}`);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new Error("now must be a valid Date");
  return run(count, seed, new Date(now.getTime()));
}

function* run(count: number, seed: number, now: Date): Generator<DemoReport> {
  const rng = new Rng(seed);
  const shares = scriptShares();
  const shareOf = (s: SurgeDef) => regionShare(s.regionId) * shares[s.script] * (1 - SPAM_RATE);
  const timeline = buildTimeline(now, count, shareOf, SURGES);
  const times = new SortedTimes(timeline, count, rng);
  let previous: DemoReport | null = null;

  for (let i = 0; i < count; i++) {
    const receivedAt = new Date(times.next());
    if (previous && rng.chance(DUPLICATE_RATE)) {
      yield duplicateOf(rng, previous, receivedAt);
      continue;
    }
    let r = rng.next();
    let report: DemoReport | null = null;
    for (let s = 0; s < SURGES.length && !report; s++) {
      const p = timeline.surgeProb[s]?.[times.bin] ?? 0;
      const surge = SURGES[s] as SurgeDef;
      const pickVariant = SURGE_VARIANT[surge.id];
      if (r < p && pickVariant) report = buildReport(rng, now, timeline.start, receivedAt, surge.regionId, pickVariant(rng));
      r -= p;
    }
    if (!report) {
      const regionId = rng.pickWeighted(REGION_TABLE);
      report = rng.chance(SPAM_RATE) ? buildSpam(rng, receivedAt, regionId) : buildReport(rng, now, timeline.start, receivedAt, regionId, rng.pickWeighted(VARIANT_TABLE));
    }
    previous = report;
    yield report;
  }
}

function buildReport(rng: Rng, now: Date, start: number, receivedAt: Date, regionId: string, variant: Variant): DemoReport {
  const channel = rng.pickWeighted(variant.channels);
  const brand = rng.pickWeighted(variant.brands);
  const occurredAt = sampleOccurredAt(rng, receivedAt, start);
  const lost = rng.chance(variant.lossRate);
  const lossAmountMinor = lost ? variant.loss(rng) : rng.chance(0.7) ? 0 : null;
  const lossCurrency = lossAmountMinor === null ? null : regionId === "outside-uk" ? rng.pick(["USD", "EUR", "GBP"]) : "GBP";
  const paymentMethod = lost ? rng.pickWeighted(variant.payments) : null;
  const gave: Gave[] = [];
  for (const [g, p] of variant.gave) if (rng.chance(p)) gave.push(g);
  // Money taken from a card needs the card (or the device) first.
  if (paymentMethod === "card" && !gave.some((g) => g === "card-details" || g === "remote-access" || g === "one-time-code")) gave.push("card-details");

  const identifiers: DemoReport["identifiers"] = [];
  const contacts = new Map<ContactKey, string | null>();
  const add = (kind: IdentifierKind, raw: string) => {
    if (!identifiers.some((i) => i.raw === raw)) identifiers.push({ kind, raw });
    return raw;
  };
  const mint = (key: ContactKey): string => {
    if (key === "phone") return add("phone", fakePhone(rng));
    if (key === "url") return add("url", fakeUrl(rng, brand));
    if (key === "email") return add("email", fakeEmail(rng, brand));
    return rng.chance(0.6) ? add("phone", fakePhone(rng)) : add("other", fakeSenderId(rng, brand));
  };
  // What the reporter would have noted from the channel itself.
  const voice = isVoiceChannel(channel);
  if (voice) contacts.set("phone", rng.chance(channel === "voicemail" ? 0.85 : 0.75) ? mint("phone") : null);
  if (channel === "sms") contacts.set("sender", rng.chance(0.85) ? mint("sender") : null);
  if (channel === "sms" && rng.chance(0.8)) contacts.set("url", mint("url"));
  if (channel === "email" && rng.chance(0.85)) contacts.set("email", mint("email"));
  if (channel === "email" && rng.chance(0.65)) contacts.set("url", mint("url"));
  if (channel === "social-media" && rng.chance(0.4)) add("other", fakeProfile(rng, brand));
  if (channel === "website") {
    if (rng.chance(0.35)) contacts.set("url", mint("url"));
    else if (rng.chance(0.6)) add("domain", fakeDomain(rng, brand));
  }
  const contact = (key: ContactKey): string | null => {
    if (contacts.has(key)) return contacts.get(key) ?? null;
    // A caller who withheld their number stays withheld; anything else the story quotes exists.
    const value = key === "phone" && voice ? null : mint(key);
    contacts.set(key, value);
    return value;
  };

  const ageBand = rng.chance(0.32) ? null : rng.pickWeighted(AGE_BANDS[variant.ageBias]);
  const narrative = composeNarrative(rng, { variant, channel, brand, gave, lossMinor: lossAmountMinor, lossCurrency, paymentMethod, occurredAt, receivedAt, contact });
  const districts = postcodeDistrictsFor(regionId);
  return {
    receivedAt,
    occurredAt,
    source: "demo",
    channel,
    brand,
    narrative,
    regionId,
    postcodeDistrict: districts.length > 0 && rng.chance(0.55) ? rng.pick(districts) : null,
    identifiers,
    lossAmountMinor,
    lossCurrency,
    paymentMethod,
    gave,
    ageBand,
    status: statusFor(rng, now.getTime() - receivedAt.getTime()),
    intendedScript: variant.script,
  };
}

function buildSpam(rng: Rng, receivedAt: Date, regionId: string): DemoReport {
  const identifiers: DemoReport["identifiers"] = [];
  const url = fakeUrl(rng, null);
  const narrative = spamNarrative(rng, url);
  if (narrative.includes(url)) identifiers.push({ kind: "url", raw: url });
  return {
    receivedAt,
    occurredAt: null,
    source: "demo",
    channel: "unknown",
    brand: null,
    narrative,
    regionId,
    postcodeDistrict: null,
    identifiers,
    lossAmountMinor: null,
    lossCurrency: null,
    paymentMethod: null,
    gave: [],
    ageBand: null,
    status: "spam",
    intendedScript: "unknown",
  };
}

const RESUBMIT_PREFIXES = ["sorry not sure if this sent. ", "Reporting again: ", "2nd time reporting this - ", "resending as the page crashed. ", ""];
const RESUBMIT_SUFFIXES = [" (sent twice sorry)", " ...", " - please see my earlier report", "!!"];

/** The same victim submitting again: same facts, slightly different words. */
function duplicateOf(rng: Rng, original: DemoReport, receivedAt: Date): DemoReport {
  const prefix = rng.pick(RESUBMIT_PREFIXES);
  const suffix = prefix === "" || rng.chance(0.3) ? rng.pick(RESUBMIT_SUFFIXES) : "";
  return {
    ...original,
    receivedAt,
    occurredAt: original.occurredAt && new Date(original.occurredAt.getTime()),
    narrative: prefix + original.narrative + suffix,
    identifiers: original.identifiers.map((i) => ({ ...i })),
    gave: [...original.gave],
    status: "duplicate",
  };
}

/** Lag between the scam and the report: mostly the same day or the next few. */
function sampleOccurredAt(rng: Rng, receivedAt: Date, start: number): Date | null {
  if (rng.chance(0.12)) return null;
  const r = rng.next();
  const lag =
    r < 0.45 ? rng.next() * 6 * HOUR_MS
    : r < 0.75 ? DAY_MS + rng.next() * 3 * DAY_MS
    : r < 0.9 ? 4 * DAY_MS + rng.next() * 10 * DAY_MS
    : 15 * DAY_MS + rng.next() * 45 * DAY_MS;
  return new Date(Math.max(start, Math.floor(receivedAt.getTime() - lag)));
}

const STATUS_BY_AGE: readonly (readonly [number, WeightedTable<Status>])[] = [
  [2 * DAY_MS, weighted<Status>([["new", 85], ["triaged", 15]])],
  [14 * DAY_MS, weighted<Status>([["new", 45], ["triaged", 45], ["closed", 10]])],
  [60 * DAY_MS, weighted<Status>([["new", 10], ["triaged", 50], ["closed", 40]])],
  [Number.POSITIVE_INFINITY, weighted<Status>([["new", 2], ["triaged", 20], ["closed", 78]])],
];

/** Older reports have mostly been worked; the last few days are mostly new. */
function statusFor(rng: Rng, ageMs: number): Status {
  for (const [maxAge, table] of STATUS_BY_AGE) if (ageMs < maxAge) return rng.pickWeighted(table);
  return "closed";
}

