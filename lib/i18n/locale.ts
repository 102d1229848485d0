// The two languages of the public pages. The choice is a cookie set by the language
// switch (app/language/route.ts), read by the root layout for <html lang> and by each
// public page; see docs/decisions/004-public-intake.md.
export const LOCALES = ["en", "cy"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "scampulse_lang";

export function parseLocale(value: string | null | undefined): Locale {
  return value === "cy" ? "cy" : "en";
}

/** The value of the lang attribute: British English, or Welsh. */
export const htmlLang = (locale: Locale) => (locale === "cy" ? "cy" : "en-GB");

/** Where the language switch may send someone back to: a path on this site, never elsewhere. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return /^[\w\-./?=&%]*$/.test(value) ? value : "/";
}

/** 1234.5 -> "1,234.50": both languages group digits the same way. */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale === "cy" ? "cy-GB" : "en-GB", {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
