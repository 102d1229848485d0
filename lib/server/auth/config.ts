// Session settings shared by next-auth and our own sign-in action.
import { env } from "../env";

/** A signed-in session lasts one working shift. */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;

export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set (npm start sets it; see README Configuration)");
  return secret;
}

/** next-auth's cookie: "__Secure-" prefixed and Secure when the app is served over HTTPS. */
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = (env().NEXTAUTH_URL ?? "").startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}
