"use client";
// "There is a problem" at the top of the form: one link per error, to the field it names.
// It takes focus when it appears (autoFocus also covers the no-JavaScript page), and a
// link moves focus to its field with the question still in view.
import { useEffect, useRef } from "react";

export interface SummaryItem {
  field: string;
  text: string;
}

export function ErrorSummary({ title, items, formError, focusKey }: { title: string; items: SummaryItem[]; formError?: string; focusKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  if (items.length === 0 && !formError) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" autoFocus>
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      {formError && <p className="error-summary__body">{formError}</p>}
      {items.length > 0 && (
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={item.field}>
              <a href={`#${item.field}`} onClick={(e) => focusField(e, item.field)}>
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function focusField(e: React.MouseEvent, field: string) {
  const target = document.getElementById(field);
  if (!target) return;
  e.preventDefault();
  // Bring the question (legend or label), not just the box, into view.
  const question = target.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${field}"]`) ?? target;
  question.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}
