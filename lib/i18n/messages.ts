// Every public page's words in one language. Plain typed objects: the Welsh files are
// typed by the English ones, so a missing or misspelt key fails the type check.
import { advice as cyAdvice, confirmation as cyConfirmation } from "./cy/confirmation";
import { form as cyForm } from "./cy/form";
import { formErrors as cyFormErrors } from "./cy/form-errors";
import { site as cySite } from "./cy/site";
import { advice as enAdvice, confirmation as enConfirmation } from "./en/confirmation";
import { form as enForm } from "./en/form";
import { formErrors as enFormErrors } from "./en/form-errors";
import { site as enSite } from "./en/site";
import type { Locale } from "./locale";

const en = { site: enSite, form: enForm, formErrors: enFormErrors, confirmation: enConfirmation, advice: enAdvice };
export type Messages = typeof en;
const cy: Messages = { site: cySite, form: cyForm, formErrors: cyFormErrors, confirmation: cyConfirmation, advice: cyAdvice };

export function messagesFor(locale: Locale): Messages {
  return locale === "cy" ? cy : en;
}

/** The message for a field's error code, falling back to a generic one rather than showing a code. */
export function fieldErrorText(m: Messages, field: string, code: string): string {
  return m.formErrors.fields[`${field}.${code}`] ?? m.formErrors.fallback;
}
