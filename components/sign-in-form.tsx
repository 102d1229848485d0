"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/sign-in/actions";
import { ErrorSummary } from "./error-summary";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { email: "", errors: {} });
  const e = state.errors;
  const summary = [
    ...(e.form ? [{ href: "#email", text: e.form }] : []),
    ...(e.email ? [{ href: "#email", text: e.email }] : []),
    ...(e.password ? [{ href: "#password", text: e.password }] : []),
  ];
  return (
    <form action={action} noValidate>
      <ErrorSummary items={summary} />
      <input type="hidden" name="next" value={next} />
      <Field name="email" label="Email address" type="email" autoComplete="username" error={e.email} defaultValue={state.email} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" error={e.password} />
      <button type="submit" className="button" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}

function Field(props: { name: string; label: string; type: string; autoComplete: string; error?: string; defaultValue?: string }) {
  const errorId = `${props.name}-error`;
  return (
    <div className={`field${props.error ? " field-error" : ""}`}>
      <label htmlFor={props.name}>{props.label}</label>
      {props.error && (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">Error:</span> {props.error}
        </p>
      )}
      <input
        id={props.name}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        spellCheck={props.type === "email" ? false : undefined}
        defaultValue={props.defaultValue}
        aria-describedby={props.error ? errorId : undefined}
        aria-invalid={!!props.error}
      />
    </div>
  );
}
