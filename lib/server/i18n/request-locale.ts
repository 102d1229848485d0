// The language of the current request: the language switch's cookie, else English.
import { cookies } from "next/headers";
import { LOCALE_COOKIE, parseLocale, type Locale } from "../../i18n/locale";

export async function requestLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}
