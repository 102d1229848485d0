// The root layout, shared by public and staff pages: only <html lang>, <body> and the skip
// link. Public pages add their header and footer with components/public/public-page.tsx;
// staff pages bring their own nested layout. Each must render <main id="main">.
import type { Metadata, Viewport } from "next";
import { htmlLang } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/server/i18n/request-locale";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ScamPulse", template: "%s - ScamPulse" },
  description: "Report an impersonation scam and get advice on what to do next.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={htmlLang(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {messagesFor(locale).site.skipLink}
        </a>
        {children}
      </body>
    </html>
  );
}
