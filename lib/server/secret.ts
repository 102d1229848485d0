// NEXTAUTH_SECRET: required in production; otherwise generated once into <DATA_DIR>/secret
// so a newcomer's sessions survive restarts without any configuration.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, type Env } from "./env";

export function resolveAuthSecret(e: Env, production: boolean): { secret: string; generated: boolean } {
  if (e.NEXTAUTH_SECRET) return { secret: e.NEXTAUTH_SECRET, generated: false };
  if (production) {
    throw new ConfigError("NEXTAUTH_SECRET must be set in production (at least 32 characters: openssl rand -base64 32).");
  }
  const file = path.resolve(e.DATA_DIR, "secret");
  if (existsSync(file)) return { secret: readFileSync(file, "utf8").trim(), generated: true };
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return { secret, generated: true };
}
