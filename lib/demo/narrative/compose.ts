/**
 * Builds a victim's narrative from fragments: opening (by channel) x what
 * they said (by variant) x what happened next x what I did (by what was
 * handed over) x outcome (by loss) x closing, then roughens it. With a few
 * dozen choices at each step and the filled-in details, texts rarely repeat.
 */
import { isVoiceChannel, type Channel, type Gave, type PaymentMethod } from "../labels";
import type { Rng } from "../prng";
import type { Variant } from "../variant";
import { ACTIONS, AFTER_LOSS, CLOSINGS, FILLS, LOSS_OUTCOMES, NO_LOSS, NO_LOSS_GAVE, NOTHING_GIVEN_LATER, NOTHING_GIVEN_TEXT, NOTHING_GIVEN_VOICE, OPENINGS, productsFor } from "./common-parts";
import { roughen } from "./noise";
import { timePhrase } from "./time-phrase";

export type NarrativeInput = {
  variant: Variant;
  channel: Channel;
  brand: string | null;
  gave: readonly Gave[];
  lossMinor: number | null;
  lossCurrency: string | null;
  paymentMethod: PaymentMethod | null;
  occurredAt: Date | null;
  receivedAt: Date;
  /**
   * The report's identifier of that kind, minted on first use when the story
   * needs one (a quoted text with a link); null when there is none to give
   * (a withheld caller number).
   */
  contact: (key: ContactKey) => string | null;
};

export type ContactKey = "phone" | "url" | "email" | "sender";

const FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  phone: ["a withheld number", "a mobile number", "an 0800 number", "an unknown number"],
  url: ["a link", "a dodgy link", "a website link"],
  email: ["an address i didnt recognise", "a weird email address"],
  sender: ["a number i didnt know", "an unknown sender"],
  brand: ["a company", "some company", "the company"],
};

const JOINERS = [". ", ". ", ". ", " ", ", ", " - ", ". then ", "\n"];

/** Avoids "you?. then" and "saying. \"...": punctuation already there, or a lead-in to a quote. */
function joiner(rng: Rng, before: string): string {
  // After a phone number, never a bare space: "0161 496 0123 1250 pounds" would read as one long number.
  if (/\d$/.test(before)) return rng.pick([". ", ", ", " - ", "\n"]);
  if (/(saying|said|this text|following SMS)$/.test(before)) return rng.pick([": ", " ", "\n"]);
  if (/[.?!]$/.test(before)) return rng.pick([" ", " ", "\n", " then "]);
  return rng.pick(JOINERS);
}

/** 12345 -> "12,345"; toLocaleString is far slower and locale-dependent. */
function withThousands(n: number): string {
  const digits = String(n);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits.charAt(i);
  }
  return out;
}

/** Formats an amount the way people type it: £1,250 / £1250 / 1250 pounds / £79.97. */
export function formatMoney(rng: Rng, minor: number, currency: string): string {
  const pounds = Math.floor(minor / 100);
  const pence = minor % 100;
  const symbol = currency === "USD" ? "$" : currency === "EUR" ? "€" : "£";
  if (pence !== 0) return `${symbol}${pounds}.${String(pence).padStart(2, "0")}`;
  const style = rng.int(6);
  if (style === 0 && currency === "GBP") return `${pounds} pounds`;
  if (style <= 2 && pounds >= 1000) return `${symbol}${withThousands(pounds)}`;
  return `${symbol}${pounds}`;
}

export function composeNarrative(rng: Rng, input: NarrativeInput): string {
  const { variant, channel } = input;
  const chosen = new Map<string, string>();
  const value = (key: string): string => {
    const known = chosen.get(key);
    if (known !== undefined) return known;
    let v: string;
    switch (key) {
      case "brand":
        v = input.brand ?? rng.pick(FALLBACKS.brand as readonly string[]);
        break;
      case "product":
        v = rng.pick(productsFor(input.brand));
        break;
      case "amount":
        v = variant.amounts ? rng.pick(variant.amounts) : rng.pick(["£79.99", "£99", "£799"]);
        break;
      case "item":
        v = variant.items ? rng.pick(variant.items) : "an order";
        break;
      case "phone":
      case "url":
      case "email":
      case "sender":
        v = input.contact(key) ?? rng.pick(FALLBACKS[key] as readonly string[]);
        break;
      case "loss":
        v = input.lossMinor ? formatMoney(rng, input.lossMinor, input.lossCurrency ?? "GBP") : "money";
        break;
      case "when":
        v = timePhrase(rng, input.occurredAt, input.receivedAt);
        break;
      default:
        v = FILLS[key] ? rng.pick(FILLS[key]) : "";
    }
    chosen.set(key, v);
    return v;
  };
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_m, key: string) => value(key));

  const voice = isVoiceChannel(channel) || (channel === "unknown" && rng.chance(0.5));
  const parts: string[] = [];
  const opening = fill(rng.pick(OPENINGS[channel]));
  const said = fill(rng.pick(voice ? variant.said : variant.saidText));
  if (opening) parts.push(opening);
  parts.push(said);
  const then = !voice && variant.thenText ? variant.thenText : variant.then;
  const wentOn = !!then && (variant.script === "refund-overpayment" || rng.chance(0.55));
  if (then && wentOn) parts.push(fill(rng.pick(then)));

  const lost = input.lossMinor !== null && input.lossMinor > 0;
  if (input.gave.length === 0) {
    // Someone who paid did not just hang up; let the outcome speak.
    if (!lost && rng.chance(0.7)) parts.push(fill(rng.pick(wentOn ? NOTHING_GIVEN_LATER : voice ? NOTHING_GIVEN_VOICE : NOTHING_GIVEN_TEXT)));
  } else {
    // Mention up to two of the things handed over: more reads like a form, not a story.
    const shown = input.gave.length > 2 ? [rng.pick(input.gave), rng.pick(input.gave)] : input.gave;
    for (const g of new Set(shown)) parts.push(fill(rng.pick(ACTIONS[g])));
  }

  let outcome: string;
  if (lost) outcome = [fill(rng.pick(LOSS_OUTCOMES[input.paymentMethod ?? "other"])), fill(rng.pick(AFTER_LOSS))].filter(Boolean).join(". ");
  else outcome = fill(rng.pick(input.gave.length > 0 ? NO_LOSS_GAVE : NO_LOSS));
  // Some people lead with the damage, most end with it.
  if (outcome && lost && rng.chance(0.15)) parts.unshift(outcome);
  else if (outcome) parts.push(outcome);
  if (rng.chance(0.4)) parts.push(fill(rng.pick(CLOSINGS)));

  let text = parts[0] ?? "";
  for (let i = 1; i < parts.length; i++) text += joiner(rng, text) + parts[i];
  return breakLongDigitRuns(roughen(rng, text));
}

const LONG_DIGIT_RUN = /\d(?:[ -]?\d){12,18}/;

/**
 * Safety net: a phone number (at most 12 digits) next to another number could
 * read as a 13-19 digit card number, which demo data must never contain.
 * Splits any such run at its last separator.
 */
export function breakLongDigitRuns(text: string): string {
  let out = text;
  for (let m = LONG_DIGIT_RUN.exec(out); m; m = LONG_DIGIT_RUN.exec(out)) {
    const cut = Math.max(m[0].lastIndexOf(" "), m[0].lastIndexOf("-"));
    const at = m.index + (cut > 0 ? cut : m[0].length - 4);
    out = `${out.slice(0, at)}, ${out.slice(cut > 0 ? at + 1 : at)}`;
  }
  return out;
}
