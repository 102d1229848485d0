"use server";
// The report form's server action: thin. It reads the request's client address and
// language, hands the fields to lib/server/intake/form-submission.ts, and on success
// sets the signed confirmation cookie and redirects (303) to the confirmation page.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/intake/client-identity";
import { CONFIRMATION_COOKIE, CONFIRMATION_TTL_SECONDS, signConfirmation } from "@/lib/intake/confirmation-token";
import { recordFromFormData } from "@/lib/intake/form-answers";
import { getPrisma } from "@/lib/server/db";
import { handleFormSubmission, type FormState } from "@/lib/server/intake/form-submission";
import { intakeConfig } from "@/lib/server/intake/intake-config";

export async function submitReportForm(previous: FormState, formData: FormData): Promise<FormState> {
  const h = await headers();
  const config = intakeConfig();
  const now = new Date();
  const outcome = await handleFormSubmission(recordFromFormData(formData), {
    getPrisma,
    config,
    now,
    clientAddress: clientAddress(h.get("x-forwarded-for"), config.trustProxy),
    previousAttempt: previous?.attempt ?? 0,
  });
  if (outcome.kind === "state") return outcome.state;
  (await cookies()).set(CONFIRMATION_COOKIE, signConfirmation(outcome.confirmation, config.keys.confirmation, now), {
    httpOnly: true,
    sameSite: "lax",
    secure: h.get("x-forwarded-proto") === "https",
    path: "/report",
    maxAge: CONFIRMATION_TTL_SECONDS,
  });
  redirect("/report/confirmation");
}
