// The small parts every form question is made of, GOV.UK style: a group that turns red
// with an error, the hint, the error message (with a hidden "Error:" for screen readers),
// and the aria-describedby that ties them to the input.
export const hintId = (field: string) => `${field}-hint`;
export const errorId = (field: string) => `${field}-error`;

/** Space-separated ids of whichever of hint and error exist. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}

export function FormGroup({ error, children, className }: { error?: string; children: React.ReactNode; className?: string }) {
  return <div className={["form-group", error ? "form-group--error" : "", className ?? ""].filter(Boolean).join(" ")}>{children}</div>;
}

export function Hint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <div id={id} className="hint">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, text, prefix }: { id: string; text?: string; prefix: string }) {
  if (!text) return null;
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{prefix} </span>
      {text}
    </p>
  );
}

/** "(optional)" after a question, as GOV.UK marks the questions that can be skipped. */
export function Optional({ text }: { text: string }) {
  return <span className="optional"> {text}</span>;
}
