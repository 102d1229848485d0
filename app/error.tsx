"use client";
// Shown when a page fails. Client-side, so it reads the language from <html lang>, which
// the root layout set from the reporter's choice.
import { useSyncExternalStore } from "react";
import { PublicPage } from "@/components/public/public-page";
import { messagesFor } from "@/lib/i18n/messages";

const noSubscription = () => () => {};

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const lang = useSyncExternalStore(noSubscription, () => document.documentElement.lang, () => "en-GB");
  const locale = lang === "cy" ? "cy" : "en";
  const m = messagesFor(locale).site.error;
  return (
    <PublicPage locale={locale} path="/">
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <button type="button" className="button" onClick={reset}>
        {m.retry}
      </button>
    </PublicPage>
  );
}
