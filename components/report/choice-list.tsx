// Radios and checkboxes in a fieldset, GOV.UK style, with large targets. An option can
// carry follow-up questions ("conditional"), shown by CSS when it is checked, so they also
// appear without JavaScript; an exclusive option ("Nothing") clears the others with it.
import { describedBy, ErrorMessage, errorId, FormGroup, Hint, hintId } from "./field-parts";

export interface Choice {
  value: string;
  label: React.ReactNode;
  hint?: string;
  conditional?: React.ReactNode;
  exclusive?: boolean;
  /** A divider shown before this option, e.g. "or" before "Nothing". */
  dividerBefore?: string;
}

export interface ChoiceListProps {
  type: "radio" | "checkbox";
  name: string;
  legend: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  errorPrefix: string;
  choices: Choice[];
  defaultValue?: string | string[];
  small?: boolean;
  /** Set on the client only: makes exclusive options clear the others. */
  onExclusiveChange?: (input: HTMLInputElement) => void;
}

/** The first option's id is the field name, so the error summary can link to it. */
export const choiceId = (name: string, index: number) => (index === 0 ? name : `${name}-${index + 1}`);

export function ChoiceList(p: ChoiceListProps) {
  const checked = new Set(Array.isArray(p.defaultValue) ? p.defaultValue : p.defaultValue ? [p.defaultValue] : []);
  const kind = p.type === "radio" ? "radios" : "checkboxes";
  return (
    <FormGroup error={p.error}>
      <fieldset className="fieldset" aria-describedby={describedBy(p.hint !== undefined && hintId(p.name), p.error && errorId(p.name))}>
        <legend className="fieldset__legend">
          <h2 className="fieldset__heading">{p.legend}</h2>
        </legend>
        {p.hint !== undefined && <Hint id={hintId(p.name)}>{p.hint}</Hint>}
        <ErrorMessage id={errorId(p.name)} text={p.error} prefix={p.errorPrefix} />
        <div className={`${kind}${p.small ? ` ${kind}--small` : ""}`}>
          {p.choices.map((c, i) => {
            const id = choiceId(p.name, i);
            return (
              <div key={c.value} className="choice-group">
                {c.dividerBefore && <div className="choice-divider">{c.dividerBefore}</div>}
                <div className="choice">
                  <input
                    className="choice__input"
                    id={id}
                    name={p.name}
                    type={p.type}
                    value={c.value}
                    defaultChecked={checked.has(c.value)}
                    data-exclusive={c.exclusive ? "true" : undefined}
                    onChange={p.onExclusiveChange ? (e) => p.onExclusiveChange!(e.currentTarget) : undefined}
                    aria-describedby={c.hint ? `${id}-item-hint` : undefined}
                  />
                  <label className="choice__label" htmlFor={id}>
                    {c.label}
                  </label>
                  {c.hint && (
                    <div id={`${id}-item-hint`} className="hint choice__hint">
                      {c.hint}
                    </div>
                  )}
                </div>
                {c.conditional && (
                  <div className="conditional" id={`${id}-conditional`}>
                    {c.conditional}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

/** Checking an exclusive box clears the others; checking another clears the exclusive one. */
export function enforceExclusive(input: HTMLInputElement) {
  if (!input.checked || !input.form) return;
  const group = input.form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${input.name}"]`);
  const exclusive = input.dataset.exclusive === "true";
  for (const other of group) {
    if (other !== input && (exclusive || other.dataset.exclusive === "true")) other.checked = false;
  }
}
