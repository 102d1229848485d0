// Scammer identifiers as a reporter gives them ("0800 123 4567", "amaz0n-help[.]com",
// "support@amazon-refunds.co"): classified and normalised so reports can be linked by
// them. URLs are kept defanged so no stored value is ever a live link.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { parse as parseDomain } from "tldts";

export type IdentifierKind = "phone" | "email" | "url" | "domain" | "other";

export interface Identifier {
  kind: IdentifierKind;
  raw: string;
  normalized: string;
}

const EMAIL = /^[^\s@<>()]{1,64}@([a-z0-9-]{1,63}\.)+[a-z]{2,24}$/i;
const SCHEME = /^(?:h[tx]{2}ps?|ftp):\/\//i;

/** Turns "hxxps://evil[.]com" back into "https://evil.com" for parsing only. */
export function refang(s: string): string {
  return s
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]/gi, ".")
    .replace(/^h[tx]{2}p(s?):\/\//i, "http$1://")
    .replace(/\[:\]/g, ":");
}

/** Makes a URL or domain unclickable: "https://evil.com/x" -> "hxxps://evil[.]com/x". */
export function defang(s: string): string {
  const refanged = refang(s);
  const m = /^(https?:\/\/)?([^/?#]+)(.*)$/i.exec(refanged);
  if (!m) return refanged;
  const scheme = m[1] ? m[1].replace(/^http/i, "hxxp") : "";
  return scheme + m[2]!.replace(/\./g, "[.]") + m[3];
}

export function normalizeIdentifier(input: string, defaultRegion: CountryCode = "GB"): Identifier {
  const raw = input.trim().slice(0, 500);
  const plain = refang(raw);
  if (EMAIL.test(plain)) return { kind: "email", raw, normalized: plain.toLowerCase() };

  const digits = plain.replace(/[^\d]/g, "");
  if (/^[+(\d][\d\s().-]{5,24}$/.test(plain) && digits.length >= 6) {
    // isPossible, not isValid: Ofcom's drama ranges and brand-new ranges are not "valid",
    // yet scammers use them and reports must still link on the same E.164 form.
    const phone = parsePhoneNumberFromString(plain, defaultRegion);
    if (phone?.isPossible()) return { kind: "phone", raw, normalized: phone.number };
    return { kind: "phone", raw, normalized: digits };
  }

  const isUrl = SCHEME.test(raw) || /[/?#]/.test(plain);
  const parsed = parseDomain(plain.replace(/^[a-z]+:\/\//i, "http://"));
  if (parsed.domain && parsed.isIcann) {
    const kind: IdentifierKind = isUrl ? "url" : "domain";
    return { kind, raw: defang(raw), normalized: parsed.domain.toLowerCase() };
  }
  return { kind: "other", raw, normalized: raw.toLowerCase() };
}
