/**
 * Independent checks for tests: what a safe demo identifier looks like,
 * written separately from the generator so a slip there is caught here.
 */

/** Ofcom's drama ranges as 8-digit national prefixes, each followed by three free digits. */
export const DRAMA_PREFIXES = [
  "07700900", "02079460", "01134960", "01144960", "01154960", "01164960", "01174960", "01184960", "01214960",
  "01314960", "01414960", "01514960", "01614960", "01914980", "02920180", "01632960", "08081570", "03069990", "09098790",
];

/** Real domains of impersonated organisations and of real mail providers: never allowed as a scam link. */
export const REAL_DOMAINS =
  /(^|[\s.@/"(])(amazon\.(com|co\.uk)|apple\.com|icloud\.com|microsoft\.com|paypal\.com|bt\.com|gov\.uk|royalmail\.com|evri\.com|dpd\.co\.uk|dhl\.com|netflix\.com|barclays\.co\.uk|hsbc\.co\.uk|lloydsbank\.com|natwest\.com|santander\.co\.uk|sky\.com|ebay\.co\.uk|gmail\.com|outlook\.com|hotmail\.com|yahoo\.com)([\s/"),.]|$)/i;

/** 13 to 19 digits in a row, allowing single spaces or dashes between them: anything card-like. */
export const CARD_LIKE = /\d(?:[ -]?\d){12,18}/;

/** "+44 7700 900123" -> "07700900123". */
export function nationalDigits(raw: string): string {
  const digits = raw.replace(/\D/g, "");
  return digits.startsWith("44") ? `0${digits.slice(2)}` : digits;
}

export function isDramaNumber(raw: string): boolean {
  const national = nationalDigits(raw);
  return national.length === 11 && DRAMA_PREFIXES.some((p) => national.startsWith(p));
}
