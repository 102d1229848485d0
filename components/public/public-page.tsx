// The frame of every public page: service name, language switch, <main id="main"> (the
// skip link's target), footer. `path` is where the language switch brings people back to.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";

export function PublicPage({ locale, path, children }: { locale: Locale; path: string; children: React.ReactNode }) {
  const m = messagesFor(locale).site;
  return (
    <>
      <header className="site-header">
        <div className="inner">
          <Link href="/" className="service-name">
            {m.serviceName}
          </Link>
          <LanguageSwitch locale={locale} path={path} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="inner">
          <p>{m.footer}</p>
          <p>{m.emergency}</p>
        </div>
      </footer>
    </>
  );
}
