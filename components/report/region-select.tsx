"use client";
// "Where do you live?": every police force area in a native <select>, grouped by nation,
// which works everywhere without JavaScript. With JavaScript, a search box above it narrows
// the list by area name (English or Welsh) and by the towns and counties each force covers.
import { useMemo, useState } from "react";
import { REGIONS, type Nation } from "@/lib/domain/regions";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { FORCE_KEYWORDS, foldForSearch } from "@/lib/intake/force-keywords";
import { describedBy, ErrorMessage, errorId, FormGroup, Hint, hintId } from "./field-parts";
import { useHydrated } from "./use-hydrated";

/** Wales first for Welsh readers, England first otherwise; the catch-alls last. */
const NATION_ORDER: Record<Locale, Nation[]> = {
  en: ["england", "wales", "scotland", "northern-ireland", "outside-uk"],
  cy: ["wales", "england", "scotland", "northern-ireland", "outside-uk"],
};

export function RegionSelect({ locale, defaultValue, error }: { locale: Locale; defaultValue?: string; error?: string }) {
  const m = messagesFor(locale);
  const hydrated = useHydrated();
  const [query, setQuery] = useState("");
  const groups = useMemo(
    () =>
      NATION_ORDER[locale].map((nation) => ({
        nation,
        regions: REGIONS.filter((r) => r.nation === nation)
          .map((r) => ({ id: r.id, label: locale === "cy" ? (r.nameCy ?? r.name) : r.name, search: foldForSearch([r.name, r.nameCy ?? "", ...(FORCE_KEYWORDS[r.id] ?? [])].join(" ")) }))
          .sort((a, b) => a.label.localeCompare(b.label, locale === "cy" ? "cy" : "en-GB")),
      })),
    [locale],
  );
  const q = foldForSearch(query);
  const matches = (search: string) => q === "" || search.includes(q);
  const count = groups.reduce((n, g) => n + g.regions.filter((r) => matches(r.search)).length, 0);
  const filterId = "region-filter";
  return (
    <FormGroup error={error}>
      <h2 className="label-wrapper">
        <label className="label label--m" htmlFor="region">
          {m.form.region.label}
        </label>
      </h2>
      <Hint id={hintId("region")}>{m.form.region.hint}</Hint>
      <ErrorMessage id={errorId("region")} text={error} prefix={m.formErrors.prefix} />
      {hydrated && (
        <div className="region-filter">
          <label className="label" htmlFor={filterId}>
            {m.form.region.filterLabel}
          </label>
          <div className="hint" id={`${filterId}-hint`}>
            {m.form.region.filterHint}
          </div>
          <input
            className="input input--width-20"
            id={filterId}
            type="search"
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby={`${filterId}-hint ${filterId}-count`}
            aria-controls="region"
          />
          <div id={`${filterId}-count`} className="hint" aria-live="polite">
            {query ? m.form.region.matches(count) : ""}
          </div>
        </div>
      )}
      <select
        className={`select${error ? " select--error" : ""}`}
        id="region"
        name="region"
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy(hintId("region"), error && errorId("region"))}
        aria-invalid={error ? true : undefined}
      >
        <option value="">{m.form.region.choose}</option>
        {groups.map((g) => {
          const visible = g.regions.filter((r) => matches(r.search));
          return (
            <optgroup key={g.nation} label={m.form.region.nations[g.nation]} hidden={visible.length === 0}>
              {g.regions.map((r) => (
                <option key={r.id} value={r.id} hidden={!matches(r.search)}>
                  {r.label}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </FormGroup>
  );
}
