"use client";
// "What happened?": a text area with a character count once JavaScript runs. The count is
// shown as you type and read out by screen readers only when typing pauses.
import { useEffect, useState } from "react";
import { formatNumber, type Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { charCount } from "@/lib/intake/schema-parts";
import { NARRATIVE_MAX } from "@/lib/intake/vocabulary";
import { TextArea } from "./text-fields";
import { useHydrated } from "./use-hydrated";

export function NarrativeField({ locale, defaultValue, error }: { locale: Locale; defaultValue?: string; error?: string }) {
  const m = messagesFor(locale);
  const hydrated = useHydrated();
  const [typed, setTyped] = useState<number | null>(null);
  const [announced, setAnnounced] = useState("");
  const length = typed ?? charCount(defaultValue ?? "");
  const remaining = NARRATIVE_MAX - length;
  const message = remaining >= 0 ? m.form.narrative.remaining(formatNumber(remaining, locale)) : m.form.narrative.over(formatNumber(-remaining, locale));
  useEffect(() => {
    if (typed === null) return;
    const t = setTimeout(() => setAnnounced(message), 1000);
    return () => clearTimeout(t);
  }, [typed, message]);
  return (
    <TextArea
      name="narrative"
      asHeading
      label={m.form.narrative.label}
      hint={
        <>
          <p>{m.form.narrative.hint}</p>
          <p>{m.form.narrative.limits}</p>
        </>
      }
      error={error}
      errorPrefix={m.formErrors.prefix}
      defaultValue={defaultValue}
      rows={8}
      onInput={(v) => setTyped(charCount(v))}
      after={
        hydrated && (
          <>
            <div className={`hint character-count${remaining < 0 ? " character-count--over" : ""}`} aria-hidden="true">
              {message}
            </div>
            <div className="visually-hidden" aria-live="polite">
              {announced}
            </div>
          </>
        )
      }
    />
  );
}
