import Link from "next/link";
import { PublicPage } from "@/components/public/public-page";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/server/i18n/request-locale";

export default async function NotFound() {
  const locale = await requestLocale();
  const m = messagesFor(locale).site.notFound;
  return (
    <PublicPage locale={locale} path="/">
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <p>
        <Link href="/">{m.home}</Link>
      </p>
    </PublicPage>
  );
}
