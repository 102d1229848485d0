// Money lost, in major units as people write it ("£1,250.50", "1250.5", "GBP 40", "€30"),
// turned into minor units (pence, cents) without floating point: 0.1 + 0.2 must not cost
// anyone a penny. A currency column wins when the amount has no symbol; GBP otherwise.
import { cleanLine, quoteValue } from "./clean-text";
import { fail, ok, type Parsed } from "./parse-result";

export interface Money {
  amountMinor: number;
  currency: string;
}

const SYMBOLS: Readonly<Record<string, string>> = { "£": "GBP", "€": "EUR", $: "USD" };
const NOTHING = new Set(["none", "nil", "no", "nothing", "n/a", "-"]);
// The column is a PostgreSQL integer of minor units.
const MAX_MINOR = 2_147_483_647;

const AMOUNT = /^(?:(?<sym>[£€$])|(?<pre>[A-Za-z]{3})\s*)?(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d{1,2}))?(?:\s*(?<post>[A-Za-z]{3}))?$/;

let known: ReadonlySet<string> | undefined;
export function isCurrencyCode(code: string): boolean {
  known ??= new Set(Intl.supportedValuesOf("currency"));
  return known.has(code);
}

export function parseCurrency(input: string): Parsed<string> {
  const code = cleanLine(input).toUpperCase();
  const fromSymbol = SYMBOLS[code];
  if (fromSymbol) return ok(fromSymbol);
  return isCurrencyCode(code) ? ok(code) : fail(`${quoteValue(input)} is not a currency code such as GBP or EUR`);
}

/** `currency` is the value of the currency column, if the file has one. */
export function parseMoney(input: string, currency: string | undefined): Parsed<Money | null> {
  const s = cleanLine(input).replace(/\s+(?=\d)/g, "");
  if (NOTHING.has(s.toLowerCase())) return ok({ amountMinor: 0, currency: currency ?? "GBP" });
  if (s.startsWith("-")) return fail(`${quoteValue(input)} is negative: give the amount lost as a positive number`);
  const m = AMOUNT.exec(s);
  if (!m?.groups) return fail(`${quoteValue(input)} is not an amount: write it like 1250.50 or £1,250.50`);
  const { sym, pre, num, frac, post } = m.groups;
  if (pre && post) return fail(`${quoteValue(input)} names two currencies`);
  // "$" is also the Australian, Canadian... dollar: the currency column says which.
  const written = sym === "$" && currency ? currency : sym ? SYMBOLS[sym]! : (pre ?? post)?.toUpperCase();
  if (written && !isCurrencyCode(written)) return fail(`${quoteValue(input)} has an unknown currency "${written}"`);
  if (written && currency && written !== currency) {
    return fail(`${quoteValue(input)} is in ${written} but the currency column says ${currency}`);
  }
  const minor = Number(num!.replace(/,/g, "")) * 100 + Number((frac ?? "0").padEnd(2, "0"));
  if (!Number.isSafeInteger(minor) || minor > MAX_MINOR) return fail(`${quoteValue(input)} is too large to be a loss we can store`);
  return ok({ amountMinor: minor, currency: written ?? currency ?? "GBP" });
}
