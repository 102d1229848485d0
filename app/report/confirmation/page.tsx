// /report/confirmation: the reference, urgent steps first when they apply, what was
// removed from the report and why, what happens next, tailored advice and where to report
// officially. Read from the signed cookie the form's action set (never from the URL);
// without one, or after 30 minutes, the page says it has expired.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { PublicPage } from "@/components/public/public-page";
import { AdviceSteps } from "@/components/report/advice-steps";
import { messagesFor } from "@/lib/i18n/messages";
import { adviceFor } from "@/lib/intake/advice";
import { CONFIRMATION_COOKIE, verifyConfirmation } from "@/lib/intake/confirmation-token";
import { explainRemovals } from "@/lib/redaction/kinds";
import { requestLocale } from "@/lib/server/i18n/request-locale";
import { intakeConfig } from "@/lib/server/intake/intake-config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await requestLocale()).confirmation.title, robots: { index: false } };
}

export default async function ConfirmationPage() {
  const locale = await requestLocale();
  const m = messagesFor(locale);
  const c = m.confirmation;
  const data = verifyConfirmation((await cookies()).get(CONFIRMATION_COOKIE)?.value, intakeConfig().keys.confirmation, new Date());

  if (!data) {
    return (
      <PublicPage locale={locale} path="/report/confirmation">
        <h1>{c.expired.title}</h1>
        <p>{c.expired.body}</p>
        <p>
          <Link href="/report">{c.expired.link}</Link>
        </p>
      </PublicPage>
    );
  }

  const advice = adviceFor(data.advice);
  const removed = explainRemovals(
    data.removals.map((kind) => ({ kind, count: 1 })),
    locale,
  );
  return (
    <PublicPage locale={locale} path="/report/confirmation">
      <div className="panel panel--confirmation">
        <h1 className="panel__title">{c.title}</h1>
        <div className="panel__body">
          {c.referenceLabel}
          <br />
          <strong className="reference" data-testid="reference">
            {data.reference}
          </strong>
        </div>
      </div>
      <p>{c.keepReference}</p>

      {advice.urgent.length > 0 && (
        <section className="panel panel-urgent urgent-steps" aria-labelledby="urgent-title">
          <h2 id="urgent-title">{c.urgentTitle}</h2>
          <AdviceSteps steps={advice.urgent} m={m} />
        </section>
      )}

      {removed.length > 0 && (
        <section aria-labelledby="removed-title">
          <h2 id="removed-title">{c.removedTitle}</h2>
          {removed.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      )}

      <h2>{c.nextTitle}</h2>
      {c.next.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {data.contactConsented && <p>{c.nextContact}</p>}

      <section aria-labelledby="advice-title">
        <h2 id="advice-title">{c.adviceTitle}</h2>
        <AdviceSteps steps={advice.steps} m={m} />
      </section>

      <section aria-labelledby="official-title">
        <h2 id="official-title">{c.officialTitle}</h2>
        <p>{c.officialIntro}</p>
        <ul className="reporting-bodies">
          {advice.reportTo.map((b) => (
            <li key={b.id} data-body={b.id}>
              <strong>{b.name[locale]}</strong>: {b.how[locale]}
            </li>
          ))}
        </ul>
      </section>

      <p>
        <Link href="/report">{c.another}</Link>
      </p>
      <p>
        <Link href="/">{c.home}</Link>
      </p>
    </PublicPage>
  );
}
