import Link from "next/link";
import { PublicPage } from "@/components/public/public-page";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/server/i18n/request-locale";

export default async function HomePage() {
  const locale = await requestLocale();
  const m = messagesFor(locale).site.home;
  return (
    <PublicPage locale={locale} path="/">
      <h1>{m.title}</h1>
      <p className="lead">{m.lead}</p>
      <div className="panel panel-urgent">
        <h2>{m.urgentTitle}</h2>
        <p>{m.urgentBody}</p>
      </div>
      <h2>{m.startTitle}</h2>
      <p>{m.startBody}</p>
      <Link href="/report" className="button button-start" role="button" draggable={false}>
        {m.startButton}
        <svg className="button-start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </Link>
      <h2>{m.signsTitle}</h2>
      <ul>
        {m.signs.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>{m.unsure}</p>
    </PublicPage>
  );
}
