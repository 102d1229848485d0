"use client";
// The report form. A real <form> posting to a server action, so it works without
// JavaScript; with it, the same zod schema checks answers before posting, the error
// summary appears without a round trip, and a proof-of-work is solved in the background.
import { useActionState, useEffect, useRef, useState } from "react";
import { submitReportForm } from "@/app/report/actions";
import type { Locale } from "@/lib/i18n/locale";
import { fieldErrorText, messagesFor, type Messages } from "@/lib/i18n/messages";
import { toFieldErrors, type FieldErrors } from "@/lib/intake/field-errors";
import { parseFormAnswers, recordFromFormData } from "@/lib/intake/form-answers";
import type { FormState } from "@/lib/server/intake/form-submission";
import { ErrorSummary } from "./error-summary";
import { ReportQuestions } from "./report-questions";
import { useProofOfWork } from "./use-proof-of-work";

/** The order questions appear in, so the error summary lists problems top to bottom. */
const FIELD_ORDER = [
  "narrative", "channel", "when", "whenDay", "brand", "identifiers", "lostMoney", "amount", "currency", "method",
  "gave", "region", "postcodeDistrict", "ageBand", "contactOk", "contactName", "contactEmail", "contactPhone",
];
const POW_WAIT_MS = 10_000;

function formErrorText(m: Messages, e: FormState["formError"]): string | undefined {
  if (!e) return undefined;
  const f = m.formErrors.form;
  if (e.code === "rate-limited") return f.rateLimited(f.minutes(Math.ceil((e.retryAfterSeconds ?? 60) / 60)));
  if (e.code === "conflict") return f.conflict(e.reference ?? "");
  return e.code === "unavailable" ? f.unavailable : f.unexpected;
}

export function ReportForm({ locale, initialState }: { locale: Locale; initialState: FormState }) {
  const m = messagesFor(locale);
  const [state, formAction, pending] = useActionState(submitReportForm, initialState);
  const [client, setClient] = useState<{ errors: FieldErrors; attempt: number; round: number } | null>(null);
  const [waiting, setWaiting] = useState(false);
  const pow = useProofOfWork(state.attempt);
  const powInput = useRef<HTMLInputElement>(null);
  const passThrough = useRef(false);

  // Client-side errors belong to the answers on screen; a new server answer replaces them.
  const clientErrors = client && client.attempt === state.attempt ? client : null;
  const fieldErrors = clientErrors?.errors ?? state.fieldErrors;
  const formError = clientErrors ? undefined : formErrorText(m, state.formError);
  const error = (field: string) => {
    const code = fieldErrors[field]?.[0];
    return code ? fieldErrorText(m, field, code) : undefined;
  };
  const summary = FIELD_ORDER.filter((f) => fieldErrors[f]).map((f) => ({ field: f, text: error(f)! }));
  const hasErrors = summary.length > 0 || !!formError;

  useEffect(() => {
    document.title = `${hasErrors ? `${m.formErrors.titlePrefix} ` : ""}${m.form.title} - ScamPulse`;
  }, [hasErrors, m]);

  const values = state.values;
  const value = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const list = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v : v ? [v] : [];
  };

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const form = e.currentTarget;
    if (passThrough.current) {
      passThrough.current = false;
      return;
    }
    const parsed = parseFormAnswers(recordFromFormData(new FormData(form)), new Date());
    if (!parsed.ok) {
      e.preventDefault();
      setClient({ errors: toFieldErrors(parsed.error), attempt: state.attempt, round: (client?.round ?? 0) + 1 });
      return;
    }
    setClient(null);
    const answer = pow.current();
    if (answer && powInput.current) {
      powInput.current.value = answer;
      return;
    }
    // Not solved yet (a fast typist or a slow phone): wait a little, then send either way.
    e.preventDefault();
    setWaiting(true);
    void pow.waitFor(POW_WAIT_MS).then((late) => {
      if (late && powInput.current) powInput.current.value = late;
      setWaiting(false);
      passThrough.current = true;
      form.requestSubmit();
    });
  }

  const busy = pending || waiting;
  return (
    <>
      <ErrorSummary title={m.formErrors.summaryTitle} items={summary} formError={formError} focusKey={`${state.attempt}:${clientErrors?.round ?? 0}`} />
      <h1>{m.form.title}</h1>
      {m.form.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <div className="panel panel-urgent">
        <p>{m.form.urgent}</p>
      </div>
      <form key={state.attempt} action={formAction} onSubmit={onSubmit} noValidate className="report-form">
        <input type="hidden" name="idempotencyKey" defaultValue={state.idempotencyKey} />
        <input type="hidden" name="altcha" ref={powInput} defaultValue="" />
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="homepage">{m.form.honeypot}</label>
          <input type="text" id="homepage" name="homepage" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <ReportQuestions locale={locale} m={m} value={value} values={list} error={error} />
        <p>{m.form.agreement}</p>
        <button type="submit" className="button" disabled={busy} aria-disabled={busy || undefined}>
          {m.form.submit}
        </button>
        <p className="hint" role="status">
          {busy ? m.form.sending : ""}
        </p>
      </form>
    </>
  );
}
