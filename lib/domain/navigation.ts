import { can } from "./permissions";
import type { Role } from "./roles";

/** Where a user lands after signing in. */
export function landingPath(role: Role): string {
  return can(role, "dashboard.view") ? "/dashboard" : "/account";
}

/** A return path after sign-in, only if it stays on this site (no "//evil" or "https:"). */
export function safeReturnPath(value: string): string | null {
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\r\n]/.test(value) || value.length > 500) return null;
  return value;
}
