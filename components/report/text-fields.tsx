// Text inputs and text areas, uncontrolled: the value comes back from the server as the
// default after an error, so nothing typed is ever lost.
import { describedBy, ErrorMessage, errorId, FormGroup, Hint, hintId } from "./field-parts";

interface Common {
  name: string;
  label: React.ReactNode;
  /** Questions are headings, so screen-reader users can jump between them. */
  asHeading?: boolean;
  hint?: React.ReactNode;
  error?: string;
  errorPrefix: string;
  defaultValue?: string;
}

function Label({ name, label, asHeading }: Pick<Common, "name" | "label" | "asHeading">) {
  const el = (
    <label className={asHeading ? "label label--m" : "label"} htmlFor={name}>
      {label}
    </label>
  );
  return asHeading ? <h2 className="label-wrapper">{el}</h2> : el;
}

export function TextInput(
  props: Common & {
    type?: "text" | "email" | "tel";
    width?: "2" | "3" | "4" | "5" | "10" | "20" | "full";
    autoComplete?: string;
    inputMode?: "text" | "decimal" | "numeric" | "email" | "tel";
    spellCheck?: boolean;
    list?: string;
    prefix?: string;
  },
) {
  const { name, hint, error, errorPrefix } = props;
  const input = (
    <input
      className={`input input--width-${props.width ?? "full"}${error ? " input--error" : ""}`}
      id={name}
      name={name}
      type={props.type ?? "text"}
      defaultValue={props.defaultValue}
      autoComplete={props.autoComplete ?? "off"}
      inputMode={props.inputMode}
      spellCheck={props.spellCheck}
      list={props.list}
      aria-describedby={describedBy(hint !== undefined && hintId(name), error && errorId(name))}
      aria-invalid={error ? true : undefined}
    />
  );
  return (
    <FormGroup error={error}>
      <Label name={name} label={props.label} asHeading={props.asHeading} />
      {hint !== undefined && <Hint id={hintId(name)}>{hint}</Hint>}
      <ErrorMessage id={errorId(name)} text={error} prefix={errorPrefix} />
      {props.prefix ? (
        <div className="input-prefix-wrapper">
          <span className="input-prefix" aria-hidden="true">
            {props.prefix}
          </span>
          {input}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}

export function TextArea(props: Common & { rows?: number; after?: React.ReactNode; onInput?: (value: string) => void; describedByExtra?: string }) {
  const { name, hint, error, errorPrefix } = props;
  return (
    <FormGroup error={error}>
      <Label name={name} label={props.label} asHeading={props.asHeading} />
      {hint !== undefined && <Hint id={hintId(name)}>{hint}</Hint>}
      <ErrorMessage id={errorId(name)} text={error} prefix={errorPrefix} />
      <textarea
        className={`textarea${error ? " textarea--error" : ""}`}
        id={name}
        name={name}
        rows={props.rows ?? 5}
        defaultValue={props.defaultValue}
        spellCheck
        onInput={props.onInput ? (e) => props.onInput!(e.currentTarget.value) : undefined}
        aria-describedby={describedBy(hint !== undefined && hintId(name), props.describedByExtra, error && errorId(name))}
        aria-invalid={error ? true : undefined}
      />
      {props.after}
    </FormGroup>
  );
}
