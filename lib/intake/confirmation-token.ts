// What the confirmation page needs, carried in a signed, short-lived cookie instead of
// the URL: the reference never appears in an address, a history entry or a log, and a
// page cannot be opened for a report by guessing. The payload holds no narrative and no
// contact details, only the reference and the facts the advice is chosen from.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { RedactionKind } from "../redaction/kinds";
import type { AdviceInput } from "./advice";

export const CONFIRMATION_COOKIE = "scampulse_report";
export const CONFIRMATION_TTL_SECONDS = 30 * 60;

export interface ConfirmationData {
  reference: string;
  removals: RedactionKind[];
  contactConsented: boolean;
  advice: AdviceInput;
}

type Wire = Omit<ConfirmationData, "advice"> & {
  advice: Omit<AdviceInput, "occurredAt" | "reportedAt"> & { occurredAt: string | null; reportedAt: string };
  exp: number;
};

const mac = (key: Buffer, body: string) => createHmac("sha256", key).update(body).digest();

export function signConfirmation(data: ConfirmationData, key: Buffer, now: Date, ttlSeconds = CONFIRMATION_TTL_SECONDS): string {
  const wire: Wire = {
    ...data,
    advice: { ...data.advice, occurredAt: data.advice.occurredAt?.toISOString() ?? null, reportedAt: data.advice.reportedAt.toISOString() },
    exp: now.getTime() + ttlSeconds * 1000,
  };
  const body = Buffer.from(JSON.stringify(wire)).toString("base64url");
  return `${body}.${mac(key, body).toString("base64url")}`;
}

/** The data, or null when the token was altered, signed with another key, or has expired. */
export function verifyConfirmation(token: string | undefined, key: Buffer, now: Date): ConfirmationData | null {
  if (!token || token.length > 8_000) return null;
  const [body, sig, extra] = token.split(".");
  if (!body || !sig || extra !== undefined) return null;
  const expected = mac(key, body);
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let wire: Wire;
  try {
    wire = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Wire;
  } catch {
    return null;
  }
  if (typeof wire.exp !== "number" || wire.exp < now.getTime()) return null;
  const rest: Omit<Wire, "exp"> = { reference: wire.reference, removals: wire.removals, contactConsented: wire.contactConsented, advice: wire.advice };
  return {
    ...rest,
    advice: {
      ...rest.advice,
      occurredAt: rest.advice.occurredAt ? new Date(rest.advice.occurredAt) : null,
      reportedAt: new Date(rest.advice.reportedAt),
    },
  };
}
