// English | Cymraeg, on every public page. The current language is plain text marked as
// current; the other is a link to /language, which sets the cookie and comes back here.
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

const OPTIONS = [
  { locale: "en", lang: "en-GB", label: (m: ReturnType<typeof messagesFor>) => m.site.english },
  { locale: "cy", lang: "cy", label: (m: ReturnType<typeof messagesFor>) => m.site.welsh },
] as const;

export function LanguageSwitch({ locale, path }: { locale: Locale; path: string }) {
  const m = messagesFor(locale);
  return (
    <nav className="language-switch" aria-label={m.site.languageNav}>
      <ul>
        {OPTIONS.map((o) => (
          <li key={o.locale}>
            {o.locale === locale ? (
              <span aria-current="true" lang={o.lang}>
                {o.label(m)}
              </span>
            ) : (
              // A plain link, not next/link: prefetching it would switch the language.
              <a href={`/language?to=${o.locale}&next=${encodeURIComponent(path)}`} lang={o.lang} hrefLang={o.lang}>
                {o.label(m)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
