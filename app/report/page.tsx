// /report: the public report form (components/report/report-form.tsx).
import type { Metadata } from "next";
import { PublicPage } from "@/components/public/public-page";
import { ReportForm } from "@/components/report/report-form";
import { messagesFor } from "@/lib/i18n/messages";
import { initialFormState } from "@/lib/server/intake/form-submission";
import { requestLocale } from "@/lib/server/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await requestLocale()).form.title };
}

export default async function ReportPage() {
  const locale = await requestLocale();
  // A new idempotency key per page view: a double click or a resent form is one report.
  return (
    <PublicPage locale={locale} path="/report">
      <ReportForm locale={locale} initialState={initialFormState()} />
    </PublicPage>
  );
}
