// Answers from a fixed list (channel, how they paid, what was given away, age band,
// status) as other systems word them. Unknown words are errors, not guesses: the row is
// reported, fixed in the file and picked up by the next run (imports are re-runnable).
import type { Channel } from "../tagging/labels";
import { cleanLine, foldWords, quoteValue } from "./clean-text";
import { fail, ok, type Parsed } from "./parse-result";

// The stored spellings are the form's and the API's (lib/intake/vocabulary.ts): one list each.
import { AGE_BANDS, GAVE, PAYMENT_METHODS, type AgeBand, type Gave, type PaymentMethod } from "../intake/vocabulary";

export { AGE_BANDS, GAVE, PAYMENT_METHODS, type AgeBand, type Gave, type PaymentMethod };
export const STATUSES = ["new", "triaged", "closed", "spam", "duplicate"] as const;
export type Status = (typeof STATUSES)[number];

type Words<T extends string> = Readonly<Record<T, readonly string[]>>;

// Folded forms (see foldWords): "E-mail" is "e mail", "in-person" is "in person".
const CHANNEL_WORDS: Words<Channel> = {
  "phone-call": ["phone call", "phone", "call", "telephone", "telephone call", "cold call", "landline", "mobile", "vishing"],
  "automated-call": ["automated call", "automated", "robocall", "robo call", "recorded message", "press 1"],
  voicemail: ["voicemail", "voice mail", "answerphone", "answerphone message"],
  sms: ["sms", "text", "text message", "texts", "smishing", "mms"],
  email: ["email", "e mail", "phishing email", "mail"],
  "social-media": ["social media", "social", "facebook", "instagram", "twitter", "tiktok", "linkedin"],
  website: ["website", "web", "web site", "online", "internet", "online advert", "pop up"],
  "in-person": ["in person", "face to face", "doorstep", "visit", "home visit"],
  unknown: ["unknown", "not known", "other", "not stated"],
};

const PAYMENT_WORDS: Words<PaymentMethod> = {
  "gift-cards": ["gift cards", "gift card", "giftcards", "giftcard", "vouchers", "voucher", "itunes", "google play", "steam"],
  "bank-transfer": ["bank transfer", "transfer", "faster payment", "faster payments", "bacs", "chaps", "wire", "wire transfer", "online banking"],
  card: ["card", "debit card", "credit card", "card payment", "cards"],
  crypto: ["crypto", "cryptocurrency", "bitcoin", "btc", "crypto atm", "usdt"],
  other: ["other", "cash", "paypal", "western union", "moneygram", "money order", "cheque"],
};

const GAVE_WORDS: Words<Gave> = {
  "card-details": ["card details", "card", "card number", "bank card", "card details and cvv"],
  "one-time-code": ["one time code", "otp", "code", "passcode", "verification code", "one time passcode"],
  password: ["password", "passwords", "login", "login details", "passwords or login", "credentials"],
  "remote-access": ["remote access", "access to computer", "access to my computer", "access to your computer", "computer access", "anydesk", "teamviewer", "remote desktop"],
  "bank-details": ["bank details", "bank account", "account details", "sort code and account number", "online banking details"],
  "personal-details": ["personal details", "personal information", "date of birth", "address", "identity", "id documents"],
};

const NOTHING = new Set(["nothing", "none", "no", "n a", "not applicable"]);

function lookup<T extends string>(words: Words<T>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    map.set(foldWords(value), value);
    for (const w of list) map.set(w, value);
  }
  return map;
}

const channels = lookup(CHANNEL_WORDS);
const payments = lookup(PAYMENT_WORDS);
const gaves = lookup(GAVE_WORDS);

const listOf = (values: readonly string[]) => values.join(", ");

/** Null: the reporter did not say, and the tagger reads the channel from the text. */
export function parseChannel(input: string): Parsed<Channel | null> {
  const c = channels.get(foldWords(input));
  if (c === undefined) return fail(`${quoteValue(input)} is not a channel: use one of ${listOf(Object.keys(CHANNEL_WORDS))}`);
  return ok(c === "unknown" ? null : c);
}

export function parsePaymentMethod(input: string): Parsed<PaymentMethod | null> {
  const key = foldWords(input);
  if (NOTHING.has(key)) return ok(null);
  const p = payments.get(key);
  return p ? ok(p) : fail(`${quoteValue(input)} is not a payment method: use one of ${listOf(PAYMENT_METHODS)}`);
}

/** Several answers separated by ";", "|" or ","; "nothing" alone means none. */
export function parseGave(input: string): Parsed<Gave[]> {
  const parts = input.split(/[;|,]/).map(foldWords).filter(Boolean);
  if (parts.length === 1 && NOTHING.has(parts[0]!)) return ok([]);
  const out = new Set<Gave>();
  for (const part of parts) {
    const g = gaves.get(part);
    if (!g) return fail(`${quoteValue(part)} is not something we record as given away: use ${listOf(GAVE)} or "nothing"`);
    out.add(g);
  }
  return ok([...out]);
}

const BAND_START: readonly [AgeBand, number][] = [["75-plus", 75], ["65-74", 65], ["45-64", 45], ["25-44", 25], ["under-25", 0]];
const bandOf = (age: number): AgeBand => BAND_START.find(([, from]) => age >= from)![0];

/** A band, an age ("67"), or a range inside one band ("65-69", "18 to 24", "75+", "under 25"). */
export function parseAgeBand(input: string): Parsed<AgeBand> {
  const s = foldWords(input).replace(/ to /g, " ");
  const band = AGE_BANDS.find((b) => foldWords(b) === s);
  if (band) return ok(band);
  const bad = fail<AgeBand>(`${quoteValue(input)} is not an age band: use one of ${listOf(AGE_BANDS)}, or an age`);
  let m = /^(\d{1,3})$/.exec(s);
  if (m) return Number(m[1]) <= 120 ? ok(bandOf(Number(m[1]))) : bad;
  m = /^(\d{1,3}) (\d{1,3})$/.exec(s);
  if (m) {
    const [lo, hi] = [Number(m[1]), Number(m[2])];
    return lo <= hi && hi <= 120 && bandOf(lo) === bandOf(hi) ? ok(bandOf(lo)) : bad;
  }
  m = /^(?:(\d{1,3}) ?(?:\+|plus|and over|or over|and above)|over (\d{1,3}))$/.exec(s);
  if (m) return Number(m[1] ?? m[2]) >= 75 ? ok("75-plus") : bad;
  m = /^(?:under|<) ?(\d{1,3})$/.exec(s);
  if (m) return Number(m[1]) <= 25 ? ok("under-25") : bad;
  return bad;
}

export function parseStatus(input: string): Parsed<Status> {
  const s = foldWords(input);
  const status = STATUSES.find((x) => x === s);
  return status ? ok(status) : fail(`${quoteValue(input)} is not a status: use one of ${listOf(STATUSES)}`);
}

/** A postcode district ("SA31"), or a full postcode whose district is kept ("SA31 1AB"). */
export function parsePostcodeDistrict(input: string): Parsed<string> {
  const s = cleanLine(input).toUpperCase();
  const m = /^([A-Z]{1,2}\d[A-Z\d]?)(?:\s*\d[A-Z]{2})?$/.exec(s);
  return m ? ok(m[1]!) : fail(`${quoteValue(input)} is not a postcode district such as SA31`);
}
