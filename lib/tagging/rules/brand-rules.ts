import { rx } from "../rule-dsl";

/**
 * Organisations scammers impersonate, with the registrable domains that really
 * belong to them (a link to one of those is not a phishing link). `capital`
 * marks brands that are also common words ("Sky", "Three", "Chase", "EE"): they
 * only count when the reporter capitalised them.
 */
type BrandRow = readonly [name: string, pattern: string, domains: readonly string[], capital?: boolean];

const NOT_GIFT = String.raw`(?!_?(?:gift|vouchers?|e-?gift|store credit))`;

const ROWS: BrandRow[] = [
  ["Amazon", String.raw`(?:amazon|amazn|amzn|amazom|amozon|amaz0n|amazone)${NOT_GIFT}\b`, ["amazon.co.uk", "amazon.com", "amazon.uk", "amazon.de", "amazon.fr", "amazon.es", "amazon.it", "amazon.ca", "amazon.com.au", "amazon.in", "amazon.ie", "amzn.to", "amzn.eu", "amazon.jobs"]],
  ["Apple", String.raw`apple(?! (?:gift|vouchers?|iphone|ipad|macbook|airpods|watch|store card|cards?)\b)|icloud|apple id|i_?tunes(?! (?:cards?|vouchers?|gift))`, ["apple.com", "icloud.com", "me.com"]],
  ["Microsoft", String.raw`microsoft|windows (?:licen[cs]e|support|defender|security|technical|tech)|office_?365|microsoft 365`, ["microsoft.com", "office.com", "live.com", "microsoftonline.com", "outlook.com", "windows.com"]],
  ["PayPal", "paypal", ["paypal.com", "paypal.me", "paypal.co.uk"]],
  ["eBay", String.raw`ebay${NOT_GIFT}\b`, ["ebay.co.uk", "ebay.com"]],
  ["Netflix", "netflix", ["netflix.com"]],
  ["Disney+", String.raw`disney(?:\+| plus)`, ["disneyplus.com"]],
  ["Spotify", "spotify", ["spotify.com"]],
  ["Norton", String.raw`norton\b`, ["norton.com"]],
  ["McAfee", "mcafee", ["mcafee.com"]],
  ["Geek Squad", "geek_?squad", ["geeksquad.com", "bestbuy.com"]],
  ["Best Buy", String.raw`best_?buy${NOT_GIFT}`, ["bestbuy.com"]],
  ["Google", String.raw`google (?:account|security|support|team|pay|payments)|gmail (?:team|support|security)`, ["google.com", "google.co.uk"]],
  ["Meta", String.raw`(?:meta|facebook|instagram|whats_?app)(?: business)? (?:support|security|team|help|admin|copyright|verification)`, ["facebook.com", "meta.com", "instagram.com", "whatsapp.com"]],
  ["HMRC", String.raw`hmrc|h\.m\.r\.c|inland revenue`, []],
  ["DVLA", "dvla", []],
  ["DWP", "dwp", []],
  ["TV Licensing", String.raw`tv licen[cs]\w*`, ["tvlicensing.co.uk"]],
  ["Ofgem", "ofgem", []],
  ["IRS", String.raw`\birs\b`, ["irs.gov"]],
  ["Social Security Administration", String.raw`social security administration|\bssa\b`, ["ssa.gov"]],
  ["Police", String.raw`police (?:officer|detective|constable)|metropolitan police|met police|scotland yard|\bdc [a-z]+ from`, []],
  ["National Crime Agency", String.raw`national crime agency|\bnca\b`, []],
  ["Action Fraud", "action fraud", []],
  ["Royal Mail", "royal_?mail", ["royalmail.com", "royalmail.co.uk"]],
  ["Evri", String.raw`evri\b|hermes`, ["evri.com", "myhermes.co.uk"]],
  ["DPD", String.raw`\bdpd\b`, ["dpd.co.uk", "dpd.com", "dpdlocal.co.uk"]],
  ["DHL", String.raw`\bdhl\b`, ["dhl.com", "dhl.co.uk"]],
  ["UPS", String.raw`(?<![-a-z])ups\b`, ["ups.com"], true],
  ["FedEx", "fed_?ex", ["fedex.com"]],
  ["USPS", String.raw`\busps\b`, ["usps.com"]],
  ["Parcelforce", "parcel_?force", ["parcelforce.com"]],
  ["Yodel", "yodel", ["yodel.co.uk"]],
  ["InPost", "inpost", ["inpost.co.uk"]],
  ["Post Office", "post office", ["postoffice.co.uk"]],
  ["Barclays", "barclays", ["barclays.co.uk", "barclays.com"]],
  ["HSBC", "hsbc", ["hsbc.co.uk", "hsbc.com"]],
  ["Lloyds", String.raw`lloyds?\b(?! of london)`, ["lloydsbank.com", "lloyds.com", "lloydsbank.co.uk"]],
  ["NatWest", "nat_?west", ["natwest.com"]],
  ["Santander", "santander", ["santander.co.uk", "santander.com"]],
  ["Halifax", "halifax", ["halifax.co.uk"]],
  ["Nationwide", "nationwide", ["nationwide.co.uk"]],
  ["Monzo", "monzo", ["monzo.com"]],
  ["Starling", String.raw`starling(?: bank)?`, ["starlingbank.com"]],
  ["TSB", String.raw`\btsb\b`, ["tsb.co.uk"]],
  ["RBS", String.raw`\brbs\b|royal bank of scotland`, ["rbs.co.uk"]],
  ["Tesco Bank", "tesco bank", ["tescobank.com"]],
  ["Metro Bank", "metro bank", ["metrobankonline.co.uk"]],
  ["Chase", String.raw`chase\b`, ["chase.com", "chase.co.uk"], true],
  ["Wells Fargo", "wells fargo", ["wellsfargo.com"]],
  ["Bank of America", String.raw`bank of america|\bbofa\b`, ["bankofamerica.com"]],
  ["Visa", String.raw`\bvisa\b(?! (?:gift|cards?|debit))`, ["visa.com", "visa.co.uk"], true],
  ["BT", String.raw`\bbt\b`, ["bt.com"]],
  ["Virgin Media", "virgin media", ["virginmedia.com"]],
  ["Sky", String.raw`\bsky\b`, ["sky.com"], true],
  ["O2", String.raw`\bo2\b`, ["o2.co.uk"]],
  ["EE", String.raw`\bee\b`, ["ee.co.uk"], true],
  ["Vodafone", "vodafone", ["vodafone.co.uk"]],
  ["Coinbase", "coin_?base", ["coinbase.com"]],
  ["Binance", "binance", ["binance.com"]],
  ["British Gas", "british gas", ["britishgas.co.uk"]],
];

export type Brand = { name: string; re: RegExp; src: string; domains: readonly string[]; capital: boolean };

export const brands: Brand[] = ROWS.map(([name, pattern, domains, capital]) => ({ name, re: rx(pattern), src: pattern, domains, capital: capital ?? false }));

/** Domains that are not phishing links when mentioned: brands' own, and well-known services. */
export const GENUINE_DOMAINS: ReadonlySet<string> = new Set([
  ...ROWS.flatMap(([, , domains]) => domains),
  "anydesk.com", "teamviewer.com", "supremocontrol.com", "ultraviewer.net", "rustdesk.com",
  "gmail.com", "hotmail.com", "hotmail.co.uk", "yahoo.com", "yahoo.co.uk", "aol.com", "icloud.com",
  "youtube.com", "linkedin.com", "crypto.com", "google.com",
]);

/** Public suffixes of government and police sites ("hmrc.gov.uk", "actionfraud.police.uk"). */
export const GENUINE_SUFFIXES: ReadonlySet<string> = new Set(["gov.uk", "police.uk", "nhs.uk", "gov", "gov.au", "gc.ca", "gov.ie"]);
