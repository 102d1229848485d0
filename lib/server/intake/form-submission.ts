// The public form's post, from raw fields to either a confirmation or the state the form
// re-renders with (answers kept, errors named). Abuse controls live here: the honeypot,
// the proof-of-work (verified answer -> normal limit, anything else -> stricter limit) and
// the per-client rate limit, all applied only to a valid, new submission.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ConfirmationData } from "../../intake/confirmation-token";
import { toFieldErrors, type FieldErrors } from "../../intake/field-errors";
import { formValues, parseFormAnswers, type FormRecord } from "../../intake/form-answers";
import type { IntakeConfig } from "./intake-config";
import { verifyAndRedeem } from "./proof-of-work";
import { hitRateLimit } from "./rate-limit";
import { safeErrorSummary, submitReport } from "./submit-report";

/** Field names the form posts besides its answers. */
export const HONEYPOT_FIELD = "homepage";
export const POW_FIELD = "altcha";

export type FormErrorCode = "unexpected" | "rate-limited" | "conflict" | "unavailable";

export interface FormState {
  status: "idle" | "error";
  /** Changes on every answer from the server, so the form re-mounts with the kept values. */
  attempt: number;
  idempotencyKey: string;
  values: Record<string, string | string[]>;
  fieldErrors: FieldErrors;
  formError: { code: FormErrorCode; retryAfterSeconds?: number; reference?: string } | null;
}

export type FormOutcome = { kind: "done"; confirmation: ConfirmationData } | { kind: "state"; state: FormState };

export interface FormContext {
  /** Only called for a valid submission: answers with errors never touch the database. */
  getPrisma: () => Promise<PrismaClient>;
  config: IntakeConfig;
  now: Date;
  /** Derived by lib/intake/client-identity.ts; hashed before it is stored. */
  clientAddress: string;
  previousAttempt: number;
  log?: (line: string) => void;
}

export function initialFormState(idempotencyKey: string = randomUUID()): FormState {
  return { status: "idle", attempt: 0, idempotencyKey, values: {}, fieldErrors: {}, formError: null };
}

export async function handleFormSubmission(record: FormRecord, ctx: FormContext): Promise<FormOutcome> {
  const { [HONEYPOT_FIELD]: honeypot, [POW_FIELD]: pow, ...answers } = record;
  const values = formValues(answers);
  const parsed = parseFormAnswers(answers, ctx.now);
  const key = parsed.ok && parsed.idempotencyKey ? parsed.idempotencyKey : randomUUID();
  const state = (patch: Partial<FormState>): FormOutcome => ({
    kind: "state",
    state: { status: "error", attempt: ctx.previousAttempt + 1, idempotencyKey: key, values: { ...values, idempotencyKey: key }, fieldErrors: {}, formError: null, ...patch },
  });

  if (!parsed.ok) return state({ fieldErrors: toFieldErrors(parsed.error) });
  // People cannot see or reach the honeypot; a bot that fills it gets an honest failure,
  // never a pretend success (a person who somehow did would otherwise believe they reported).
  if (typeof honeypot === "string" && honeypot.trim() !== "") return state({ formError: { code: "unexpected" } });

  // The key itself is not part of the body it fingerprints.
  const hashInput: Partial<typeof parsed.answers> = { ...parsed.answers };
  delete hashInput.idempotencyKey;
  try {
    const prisma = await ctx.getPrisma();
    const result = await submitReport(prisma, {
      source: "public-form",
      body: parsed.body,
      now: ctx.now,
      requestKey: ctx.config.keys.request,
      idempotency: { scope: "form", key, hashInput },
      guard: async () => {
        const verdict = await verifyAndRedeem(prisma, ctx.config.keys, typeof pow === "string" ? pow : undefined, ctx.now);
        const verified = verdict === "verified";
        return hitRateLimit(prisma, {
          scope: verified ? "form" : "form-no-pow",
          client: ctx.clientAddress,
          spec: verified ? ctx.config.limits.form : ctx.config.limits.formNoPow,
          now: ctx.now,
          key: ctx.config.keys.client,
        });
      },
    });
    switch (result.kind) {
      case "created":
      case "replayed":
        return { kind: "done", confirmation: result.report.confirmation };
      case "conflict": {
        // Back, edit, send again: say so, and give the page a new key so the next press
        // sends the changed answers as a new report.
        const fresh = randomUUID();
        const out = state({ formError: { code: "conflict", reference: result.reference } });
        if (out.kind === "state") out.state = { ...out.state, idempotencyKey: fresh, values: { ...out.state.values, idempotencyKey: fresh } };
        return out;
      }
      case "refused":
        return state({ formError: { code: "rate-limited", retryAfterSeconds: result.retryAfterSeconds } });
      case "invalid":
        // The form's own checks are stricter; reaching here is a bug, not the reporter's fault.
        (ctx.log ?? console.error)(`report form: answers passed the form but not the report schema (${Object.keys(result.fieldErrors).join(", ")})`);
        return state({ formError: { code: "unexpected" } });
    }
  } catch (err) {
    (ctx.log ?? console.error)(`report form: could not store a report: ${safeErrorSummary(err)}`);
    return state({ formError: { code: "unavailable" } });
  }
}
