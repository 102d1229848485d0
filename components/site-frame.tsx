// The frame the root layout used to give every page (header, <main id="main">, footer),
// for pages outside the public ones (staff area, sign-in, "forbidden"). English only: it
// marks itself lang="en-GB" so a reporter's Welsh choice does not mislabel staff pages.
import Link from "next/link";

export function SiteFrame({ children }: { children: React.ReactNode }) {
  return (
    <div lang="en-GB">
      <header className="site-header">
        <div className="inner">
          <Link href="/">ScamPulse</Link>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="inner">
          <p>ScamPulse helps police fraud units warn the public about scams.</p>
        </div>
      </footer>
    </div>
  );
}
