/**
 * Scammer identifiers for demo reports. Phone numbers come only from Ofcom's
 * ranges reserved for drama (no real line can ring), links and e-mail
 * addresses only from reserved names (RFC 2606/6761: .example, .test,
 * .invalid, example.com/net/org) or misspelt look-alikes that no brand owns
 * (amaz0n-billing.com). Real companies' domains never appear as scam links.
 */
import type { Rng } from "./prng";
import { weighted } from "./prng";

/** Eight-digit national prefixes; each range is prefix + three free digits. */
const PHONE_RANGES = weighted<readonly [string, readonly number[]]>([
  [["07700900", [5, 6]], 40], // mobile, 07700 900xxx
  [["02079460", [3, 4, 4]], 14], // London, 020 7946 0xxx
  [["01134960", [4, 3, 4]], 4], // Leeds
  [["01144960", [4, 3, 4]], 3], // Sheffield
  [["01154960", [4, 3, 4]], 3], // Nottingham
  [["01164960", [4, 3, 4]], 3], // Leicester
  [["01174960", [4, 3, 4]], 3], // Bristol
  [["01184960", [4, 3, 4]], 2], // Reading
  [["01214960", [4, 3, 4]], 4], // Birmingham
  [["01314960", [4, 3, 4]], 2], // Edinburgh
  [["01414960", [4, 3, 4]], 2], // Glasgow
  [["01514960", [4, 3, 4]], 3], // Liverpool
  [["01614960", [4, 3, 4]], 4], // Manchester
  [["01914980", [4, 3, 4]], 2], // Tyneside
  [["02920180", [3, 4, 4]], 3], // Cardiff
  [["01632960", [5, 6]], 3], // no area
  [["08081570", [4, 3, 4]], 7], // freephone
  [["03069990", [5, 6]], 3], // UK-wide
  [["09098790", [4, 3, 4]], 1], // premium rate
]);

function group(digits: string, sizes: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(" ");
}

/** A drama-range number written the way people type numbers into a form. */
export function fakePhone(rng: Rng): string {
  const [prefix, sizes] = rng.pickWeighted(PHONE_RANGES);
  const national = prefix + String(rng.int(1000)).padStart(3, "0");
  const style = rng.int(10);
  if (style < 5) return group(national, sizes);
  if (style < 7) return national;
  if (style < 9) return `+44 ${group(national, sizes).slice(1)}`;
  return `+44${national.slice(1)}`;
}

const LOOKALIKE_BRAND_TOKENS: Readonly<Record<string, readonly string[]>> = {
  Amazon: ["amaz0n", "arnazon", "amazn", "am4zon", "amaozn", "prime-amaz0n"],
  Apple: ["app1e", "appie-id", "icl0ud"],
  Microsoft: ["micros0ft", "mircosoft", "m1crosoft"],
  PayPal: ["paypa1", "paypai", "pay-pall"],
  BT: ["b-t-billing", "bt-c0nnect"],
  "Royal Mail": ["roya1mail", "royalmaii", "royal-mai1"],
  Evri: ["evrl", "evrii"],
  DPD: ["dpdd", "dbd-parcel"],
  DHL: ["dhll", "dh1-express"],
  Netflix: ["netf1ix", "nettflix"],
  Barclays: ["barc1ays", "barclayss"],
  HSBC: ["hsbcc", "hsbc-secur3"],
  Lloyds: ["1loyds", "lloydss-bank"],
  NatWest: ["natwestt", "nat-vvest"],
  Santander: ["santandr", "santand3r"],
  HMRC: ["hmrc-rebate-uk", "hmrc-taxrefund"],
  "TV Licensing": ["tv-licencing", "tvlicense-renew"],
  Sky: ["skyy", "sky-bi11ing"],
  Norton: ["n0rton", "nortton"],
  McAfee: ["mcaffee", "mcafe3"],
  eBay: ["e-bay-resolution", "ebbay"],
};
/** Brand-free names: only ever used under reserved names, since plain words on a real TLD may be someone's site. */
const GENERIC_TOKENS = ["secure-account", "parcel-redelivery", "customer-refund", "account-verify", "uk-billing", "help-centre", "service-update"];
const WORDS = ["billing", "support", "secure", "verify", "refund", "cancel", "renewal", "help", "redelivery", "login", "update", "service"];
const LOOKALIKE_TLDS = ["com", "com", "info", "online", "top", "xyz", "live", "help", "net"];
const PATHS = ["", "", "/", "/verify", "/uk/cancel", "/login", "/refund", "/track", "/update-details", "/secure/login", "/pay", "/claim?ref=", "/r/"];

/**
 * Look-alikes on real TLDs always join a misspelt brand to a word
 * (amaz0n-billing.com), never a bare token (amaz0n.com), which brands tend to
 * register defensively. Everything else goes under a reserved name.
 */
export function fakeDomain(rng: Rng, brand: string | null): string {
  const tokens = brand ? LOOKALIKE_BRAND_TOKENS[brand] : undefined;
  const word = rng.pick(WORDS);
  if (tokens && rng.chance(0.5)) {
    const token = rng.pick(tokens);
    return rng.chance(0.5) ? `${token}-${word}.${rng.pick(LOOKALIKE_TLDS)}` : `${token}-${word}-uk.${rng.pick(LOOKALIKE_TLDS)}`;
  }
  const token = tokens && rng.chance(0.7) ? rng.pick(tokens) : rng.pick(GENERIC_TOKENS);
  switch (rng.int(4)) {
    case 0:
      return `${token}-${word}.example`;
    case 1:
      return `${token}.example.com`;
    case 2:
      return `${word}-${token}.test`;
    default:
      return `${token}.${rng.pick(["example.net", "example.org", "invalid"])}`;
  }
}

/** A link as pasted from a text or e-mail, sometimes defanged by the reporter. */
export function fakeUrl(rng: Rng, brand: string | null): string {
  let host = fakeDomain(rng, brand);
  let path = rng.pick(PATHS);
  if (path.endsWith("=") || path.endsWith("/r/")) path += rng.pick(["a7k2", "x91q", "UK443", "p0d7", "8fj3k"]);
  const style = rng.int(10);
  if (style < 2) {
    const dot = host.lastIndexOf(".");
    host = `${host.slice(0, dot)}[.]${host.slice(dot + 1)}`;
  }
  const scheme = style < 2 ? "hxxps://" : style < 6 ? "https://" : style < 7 ? "http://" : "";
  return `${scheme}${host}${path}`;
}

const LOCAL_PARTS = ["no-reply", "noreply", "prime-billing", "security", "support", "accounts", "refunds", "customer.service", "alerts", "info"];

export function fakeEmail(rng: Rng, brand: string | null): string {
  return `${rng.pick(LOCAL_PARTS)}@${fakeDomain(rng, brand)}`;
}

const SENDER_IDS: Readonly<Record<string, readonly string[]>> = {
  Amazon: ["AMZ-ALERT", "PrimeUK", "AMZN-INFO"],
  "Royal Mail": ["RoyalMail", "RM-Parcel"],
  Evri: ["EVRI-INFO", "Evri"],
  DPD: ["DPD-UK", "DPDLocal"],
  HMRC: ["HMRC-GOV", "UKGOV"],
  PayPal: ["PayPal-Sec"],
};

/** Alphanumeric SMS sender (identifier kind "other"); spoofed names, not numbers. */
export function fakeSenderId(rng: Rng, brand: string | null): string {
  const ids = brand ? SENDER_IDS[brand] : undefined;
  return ids ? rng.pick(ids) : rng.pick(["INFO", "Alert", "SecureMsg", "UK-Notice"]);
}

/** A social-media profile or page name the victim saw (kind "other"). */
export function fakeProfile(rng: Rng, brand: string | null): string {
  if (!brand) return rng.pick(["Crypto Wealth Club", "Rewards Giveaway UK", "Lucky Winners Page", "Trading Success Group", "Mega Prize Draw"]);
  const b = brand;
  return rng.pick([`${b} Rewards UK`, `${b} Customer Care`, `${b} Official Help`, `@${b.toLowerCase().replace(/\s/g, "")}_0fficial_help`, `${b} Winners Club`]);
}
