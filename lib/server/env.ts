// The one place environment variables are read and validated (README "Configuration").
import { z } from "zod";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** "count/window", window a number and a unit: "20/1h", "300/1m", "5/30s", "100/1d". */
const rateLimitSpec = z.string().regex(/^[1-9][0-9]*\/[1-9][0-9]*[smhd]$/, 'must look like "20/1h" (count/window, window in s, m, h or d)');

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection string")
      .optional(),
  ),
  /** Where the embedded database, the generated secret and other local state live. */
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  NEXTAUTH_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  NEXTAUTH_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ),
  /** Default region for reading phone numbers without a country code. */
  DEFAULT_PHONE_REGION: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Z]{2}$/).default("GB")),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["debug", "info", "warn", "error"]).default("info")),
  /** OpenID Connect sign-in (e.g. Microsoft Entra ID): all three set to enable it. */
  AUTH_OIDC_ISSUER: z.preprocess(emptyToUndefined, z.url().optional()),
  AUTH_OIDC_CLIENT_ID: z.preprocess(emptyToUndefined, z.string().optional()),
  AUTH_OIDC_CLIENT_SECRET: z.preprocess(emptyToUndefined, z.string().optional()),
  AUTH_OIDC_NAME: z.preprocess(emptyToUndefined, z.string().default("Single sign-on")),
  /** "off" keeps `npm start` from running the background job worker (run `npm run worker` instead). */
  SCAMPULSE_WORKER: z.preprocess(emptyToUndefined, z.enum(["on", "off"]).default("on")),
  /** Keys the public intake's HMACs (proof-of-work challenges, client hashes, confirmation cookies). */
  INTAKE_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the app is reached directly). */
  TRUST_PROXY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(10).default(0)),
  /** Public form reports per client and window ("20/1h"), with a solved proof-of-work. */
  RATE_LIMIT_FORM: z.preprocess(emptyToUndefined, rateLimitSpec.default("20/1h")),
  /** The stricter limit for form posts without a valid proof-of-work (no JavaScript, or a bot). */
  RATE_LIMIT_FORM_NO_POW: z.preprocess(emptyToUndefined, rateLimitSpec.default("5/1h")),
  /** Partner API requests per API key and window. */
  RATE_LIMIT_API: z.preprocess(emptyToUndefined, rateLimitSpec.default("300/1m")),
  /** Proof-of-work size: the browser tries up to this many hashes (about a second on a phone at 50,000). */
  POW_MAX_NUMBER: z.preprocess(emptyToUndefined, z.coerce.number().int().min(10).max(10_000_000).default(50_000)),
  /** Largest partner API request body, in bytes; larger ones get 413 before they are parsed. */
  API_MAX_BODY_BYTES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1024).max(10_485_760).default(131_072)),
  /** Set by the launcher (scripts/start.ts) when it serves the embedded database over loopback. */
  SCAMPULSE_EMBEDDED_URL: z.preprocess(emptyToUndefined, z.string().optional()),
});

export type Env = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Describes a connection string without its password, for error messages and logs. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
