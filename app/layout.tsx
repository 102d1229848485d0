import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ScamPulse", template: "%s - ScamPulse" },
  description: "Report an impersonation scam and get advice on what to do next.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="inner">
            <Link href="/">ScamPulse</Link>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="inner">
            <p>ScamPulse helps police fraud units warn the public about scams.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
