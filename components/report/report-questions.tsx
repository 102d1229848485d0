"use client";
// The questions of the report form, in order. Stateless: values come from the last answer
// of the server (or the defaults), errors from the shared schema's codes.
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { GAVE_CHOICES, NOTHING, PREFER_NOT_TO_SAY, WHEN_CHOICES } from "@/lib/intake/form-answers";
import { AGE_BANDS, FORM_CURRENCIES, PAYMENT_METHODS, REPORT_CHANNELS } from "@/lib/intake/vocabulary";
import { ChoiceList, enforceExclusive } from "./choice-list";
import { DateInput } from "./date-input";
import { describedBy, ErrorMessage, errorId, FormGroup, Optional } from "./field-parts";
import { NarrativeField } from "./narrative-field";
import { RegionSelect } from "./region-select";
import { TextArea, TextInput } from "./text-fields";

export interface QuestionProps {
  locale: Locale;
  m: Messages;
  value: (name: string) => string | undefined;
  values: (name: string) => string[];
  error: (field: string) => string | undefined;
}

const BRAND_SUGGESTIONS = ["Amazon", "Royal Mail", "Evri", "DPD", "HMRC", "PayPal", "Microsoft", "BT", "Apple", "Netflix", "Barclays", "Lloyds", "HSBC", "NatWest", "Santander", "Police"];

export function ReportQuestions({ locale, m, value, values, error }: QuestionProps) {
  const f = m.form;
  const prefix = m.formErrors.prefix;
  const optional = <Optional text={f.optional} />;
  const brand = value("brand");
  return (
    <>
      <NarrativeField locale={locale} defaultValue={value("narrative")} error={error("narrative")} />

      <ChoiceList
        type="radio"
        name="channel"
        legend={<>{f.channel.legend}{optional}</>}
        error={error("channel")}
        errorPrefix={prefix}
        defaultValue={value("channel")}
        choices={REPORT_CHANNELS.map((c) => ({ value: c, label: f.channel.options[c] }))}
      />

      <ChoiceList
        type="radio"
        name="when"
        legend={<>{f.when.legend}{optional}</>}
        error={error("when")}
        errorPrefix={prefix}
        defaultValue={value("when")}
        choices={WHEN_CHOICES.map((w) => ({
          value: w,
          label: f.when.options[w],
          conditional:
            w === "date" ? (
              <DateInput
                prefix="when"
                legend={f.when.dateLegend}
                hint={f.when.dateHint}
                labels={f.when}
                values={{ day: value("whenDay"), month: value("whenMonth"), year: value("whenYear") }}
                error={error("whenDay")}
                errorPrefix={prefix}
              />
            ) : undefined,
        }))}
      />

      <TextInput
        name="brand"
        asHeading
        label={<>{f.brand.label}{optional}</>}
        hint={f.brand.hint}
        error={error("brand")}
        errorPrefix={prefix}
        defaultValue={brand === undefined ? "Amazon" : brand}
        width="20"
        list="brand-suggestions"
        spellCheck={false}
      />
      <datalist id="brand-suggestions">
        {BRAND_SUGGESTIONS.map((b) => (
          <option key={b} value={b} />
        ))}
      </datalist>

      <TextArea
        name="identifiers"
        asHeading
        label={<>{f.identifiers.label}{optional}</>}
        hint={f.identifiers.hint}
        error={error("identifiers")}
        errorPrefix={prefix}
        defaultValue={value("identifiers")}
        rows={3}
      />

      <ChoiceList
        type="radio"
        name="lostMoney"
        legend={<>{f.lostMoney.legend}{optional}</>}
        error={error("lostMoney")}
        errorPrefix={prefix}
        defaultValue={value("lostMoney")}
        choices={[
          {
            value: "yes",
            label: f.lostMoney.yes,
            conditional: (
              <>
                <TextInput name="amount" label={f.amount.label} hint={f.amount.hint} error={error("amount")} errorPrefix={prefix} defaultValue={value("amount")} width="10" inputMode="decimal" spellCheck={false} />
                <FormGroup error={error("currency")}>
                  <label className="label" htmlFor="currency">
                    {f.currency.label}
                  </label>
                  <ErrorMessage id={errorId("currency")} text={error("currency")} prefix={prefix} />
                  <select className="select" id="currency" name="currency" defaultValue={value("currency") ?? "GBP"} aria-describedby={describedBy(error("currency") && errorId("currency"))}>
                    {FORM_CURRENCIES.map((c) => (
                      <option key={c} value={c}>
                        {f.currency.options[c]}
                      </option>
                    ))}
                  </select>
                </FormGroup>
                <ChoiceList
                  type="radio"
                  name="method"
                  small
                  legend={f.method.legend}
                  error={error("method")}
                  errorPrefix={prefix}
                  defaultValue={value("method")}
                  choices={PAYMENT_METHODS.map((p) => ({ value: p, label: f.method.options[p] }))}
                />
              </>
            ),
          },
          { value: "no", label: f.lostMoney.no },
        ]}
      />

      <ChoiceList
        type="checkbox"
        name="gave"
        legend={<>{f.gave.legend}{optional}</>}
        hint={f.gave.hint}
        error={error("gave")}
        errorPrefix={prefix}
        defaultValue={values("gave")}
        onExclusiveChange={enforceExclusive}
        choices={GAVE_CHOICES.map((g) =>
          g === NOTHING
            ? { value: g, label: f.gave.nothing, exclusive: true, dividerBefore: f.gave.or }
            : { value: g, label: f.gave.options[g] },
        )}
      />

      <RegionSelect locale={locale} defaultValue={value("region")} error={error("region")} />

      <TextInput
        name="postcodeDistrict"
        label={<>{f.postcode.label}{optional}</>}
        hint={f.postcode.hint}
        error={error("postcodeDistrict")}
        errorPrefix={prefix}
        defaultValue={value("postcodeDistrict")}
        width="5"
        spellCheck={false}
      />

      <ChoiceList
        type="radio"
        name="ageBand"
        legend={<>{f.ageBand.legend}{optional}</>}
        hint={f.ageBand.hint}
        error={error("ageBand")}
        errorPrefix={prefix}
        defaultValue={value("ageBand")}
        choices={[...AGE_BANDS, PREFER_NOT_TO_SAY].map((a) => ({ value: a, label: f.ageBand.options[a as keyof typeof f.ageBand.options] }))}
      />

      <ChoiceList
        type="radio"
        name="contactOk"
        legend={<>{f.contact.legend}{optional}</>}
        error={error("contactOk")}
        errorPrefix={prefix}
        defaultValue={value("contactOk")}
        choices={[
          {
            value: "yes",
            label: f.contact.yes,
            conditional: (
              <>
                <p className="hint">{f.contact.hint}</p>
                <TextInput name="contactName" label={<>{f.contact.name}{optional}</>} error={error("contactName")} errorPrefix={prefix} defaultValue={value("contactName")} width="20" autoComplete="name" spellCheck={false} />
                <TextInput name="contactEmail" type="email" label={f.contact.email} error={error("contactEmail")} errorPrefix={prefix} defaultValue={value("contactEmail")} width="20" autoComplete="email" spellCheck={false} />
                <TextInput name="contactPhone" type="tel" label={f.contact.phone} error={error("contactPhone")} errorPrefix={prefix} defaultValue={value("contactPhone")} width="20" autoComplete="tel" />
              </>
            ),
          },
          { value: "no", label: f.contact.no, hint: f.contact.noHint },
        ]}
      />
    </>
  );
}
