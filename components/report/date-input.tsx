// Day, month and year boxes in one fieldset (GOV.UK date input): easier on a phone than a
// date picker, and the same with or without JavaScript.
import { describedBy, ErrorMessage, errorId, Hint, hintId } from "./field-parts";

export interface DateInputProps {
  /** Field names: `${prefix}Day`, `${prefix}Month`, `${prefix}Year`; errors belong to `${prefix}Day`. */
  prefix: string;
  legend: string;
  hint: string;
  labels: { day: string; month: string; year: string };
  values: { day?: string; month?: string; year?: string };
  error?: string;
  errorPrefix: string;
}

export function DateInput(p: DateInputProps) {
  const field = `${p.prefix}Day`;
  const parts = [
    { key: "day", name: `${p.prefix}Day`, width: "2", label: p.labels.day, value: p.values.day, auto: "bday-day" },
    { key: "month", name: `${p.prefix}Month`, width: "2", label: p.labels.month, value: p.values.month, auto: "bday-month" },
    { key: "year", name: `${p.prefix}Year`, width: "4", label: p.labels.year, value: p.values.year, auto: "bday-year" },
  ] as const;
  return (
    <div className={`form-group${p.error ? " form-group--error" : ""}`}>
      <fieldset className="fieldset" role="group" aria-describedby={describedBy(hintId(field), p.error && errorId(field))}>
        <legend className="fieldset__legend fieldset__legend--s">{p.legend}</legend>
        <Hint id={hintId(field)}>{p.hint}</Hint>
        <ErrorMessage id={errorId(field)} text={p.error} prefix={p.errorPrefix} />
        <div className="date-input">
          {parts.map((part) => (
            <div className="date-input__item" key={part.key}>
              <label className="label date-input__label" htmlFor={part.name}>
                {part.label}
              </label>
              <input
                className={`input input--width-${part.width}${p.error ? " input--error" : ""}`}
                id={part.name}
                name={part.name}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                defaultValue={part.value}
                aria-invalid={p.error ? true : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
