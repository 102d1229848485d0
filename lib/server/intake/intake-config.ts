// The public intake's settings, read once from the validated environment (lib/server/env.ts):
// rate limits, proof-of-work size, body limit, proxy trust, and the HMAC keys derived from
// INTAKE_SECRET (else NEXTAUTH_SECRET, which scripts/start.ts always provides).
import { createHmac } from "node:crypto";
import { parseRateLimit, type RateLimitSpec } from "../../intake/rate-limit-spec";
import { env, type Env } from "../env";
import { resolveAuthSecret } from "../secret";

export interface IntakeKeys {
  /** Signs proof-of-work challenges (altcha-lib takes string secrets). */
  powChallenge: string;
  /** Signs the derived key of a challenge, so a solution is checked with one HMAC. */
  powSolution: string;
  /** Hashes client addresses into rate-limit bucket keys. */
  client: Buffer;
  /** Fingerprints request bodies for idempotency. */
  request: Buffer;
  /** Signs the confirmation cookie. */
  confirmation: Buffer;
}

export interface IntakeConfig {
  trustProxy: number;
  limits: { form: RateLimitSpec; formNoPow: RateLimitSpec; api: RateLimitSpec };
  powMaxNumber: number;
  apiMaxBodyBytes: number;
  production: boolean;
  keys: IntakeKeys;
}

/** One key per purpose, so a leak or a rotation of one use does not touch the others. */
export function deriveIntakeKeys(secret: string): IntakeKeys {
  const derive = (purpose: string) => createHmac("sha256", secret).update(`scampulse/intake/${purpose}`).digest();
  return {
    powChallenge: derive("pow-challenge").toString("hex"),
    powSolution: derive("pow-solution").toString("hex"),
    client: derive("client"),
    request: derive("request"),
    confirmation: derive("confirmation"),
  };
}

export function intakeConfigFrom(e: Env): IntakeConfig {
  const production = e.NODE_ENV === "production";
  const secret = e.INTAKE_SECRET ?? resolveAuthSecret(e, production).secret;
  return {
    trustProxy: e.TRUST_PROXY,
    limits: {
      form: parseRateLimit(e.RATE_LIMIT_FORM),
      formNoPow: parseRateLimit(e.RATE_LIMIT_FORM_NO_POW),
      api: parseRateLimit(e.RATE_LIMIT_API),
    },
    powMaxNumber: e.POW_MAX_NUMBER,
    apiMaxBodyBytes: e.API_MAX_BODY_BYTES,
    production,
    keys: deriveIntakeKeys(secret),
  };
}

let cached: IntakeConfig | undefined;
export function intakeConfig(): IntakeConfig {
  cached ??= intakeConfigFrom(env());
  return cached;
}
