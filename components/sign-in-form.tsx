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
      <div className={`field${e.email ? " field-error" : ""}`}>
        <label htmlFor="email">Email address</label>
        {e.email && (
          <p className="error-message" id="email-error">
            <span className="visually-hidden">Error:</span> {e.email}
          </p>
        )}
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          defaultValue={state.email}
          aria-describedby={e.email ? "email-error" : undefined}
          aria-invalid={!!e.email}
        />
      </div>
      <div className={`field${e.password ? " field-error" : ""}`}>
        <label htmlFor="password">Password</label>
        {e.password && (
          <p className="error-message" id="password-error">
            <span className="visually-hidden">Error:</span> {e.password}
          </p>
        )}
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-describedby={e.password ? "password-error" : undefined}
          aria-invalid={!!e.password}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}
